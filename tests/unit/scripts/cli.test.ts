// The commands in scripts/ share one way of reading arguments and one answer to a bad one:
// the usage on standard error and exit 2, before any work is done.
import { describe, expect, it } from 'vitest';
import { capture, parse, type Command } from '../../../scripts/lib/cli.ts';
import { askCommand } from '../../../scripts/ask.ts';
import { auditCommand } from '../../../scripts/audit.ts';
import { evalCommand } from '../../../scripts/eval.ts';
import { receiverCommand } from '../../../scripts/receiver.ts';
import { knowledgeCommand } from '../../../scripts/knowledge.ts';
import { sizeCommand } from '../../../scripts/size.ts';

const FLAGS = { misses: { type: 'boolean' }, file: { type: 'string', value: 'a path' } } as const;

describe('reading arguments', () => {
  it('returns the flags it was given and the other arguments in order', () => {
    expect(parse(['--misses', 'a', '--file', 'x.jsonl', 'b'], FLAGS, true)).toEqual({ values: { misses: true, file: 'x.jsonl' }, positionals: ['a', 'b'] });
    expect(parse(['--file=x.jsonl'], FLAGS)).toEqual({ values: { file: 'x.jsonl' }, positionals: [] });
  });

  it.each([
    [['--bogus'], 'unknown argument --bogus'],
    [['-m'], 'unknown argument -m'],
    [['stray'], 'unknown argument stray'],
    [['--file'], '--file needs a path'],
    [['--file', '--misses'], '--file needs a path'],
    [['--misses=yes'], '--misses takes no value'],
  ])('says in a few words what is wrong with %j', (argv, error) => {
    expect(parse(argv, FLAGS)).toEqual({ error });
  });

  it('reads what follows "--" as ordinary arguments', () => {
    expect(parse(['--', '--misses'], FLAGS, true)).toEqual({ values: {}, positionals: ['--misses'] });
  });
});

describe('every command given an argument it does not know', () => {
  const COMMANDS: [string, Command][] = [
    ['ask', askCommand],
    ['audit', auditCommand],
    ['eval', evalCommand],
    ['receiver', receiverCommand],
    ['knowledge', knowledgeCommand],
    ['size', sizeCommand],
  ];

  it.each(COMMANDS)('%s prints its usage to standard error, nothing else, and exits 2', async (name, command) => {
    const r = await capture(command, ['--bogus']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: expect.stringMatching(new RegExp(`^${name}: unknown argument --bogus\\. Usage: .+\\n$`)) });
  });
});

describe('npm run ask, used wrongly', () => {
  it.each([
    [[], /^usage: npm run --silent ask -- "your question"/],
    [['--explain'], /^ask: --explain needs a question\./],
    [['--jsonl', 'is it safe?'], /^ask: --jsonl reads the questions from standard input/],
  ])('stops with the usage and exit 2 for %j', async (argv, message) => {
    const r = await capture(askCommand, argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('explains how the red-flag rules read a message after the reply', async () => {
    const r = await capture(askCommand, ['--explain', 'my groin has gone numb']);
    expect(r.status).toBe(0);
    const [reply, ...explained] = r.stdout.trim().split('\n');
    expect(JSON.parse(reply)).toMatchObject({ kind: 'urgent', level: 'emergency', rule: 'saddle-numbness' });
    expect(explained).toContain('  saddle-numbness saddle-area+numbness -> fires');
  });
});

describe('npm run knowledge, used wrongly', () => {
  it('refuses --json together with --write, and touches nothing', async () => {
    const r = await capture(knowledgeCommand, ['--json', '--write']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^knowledge: --json and --write do different things/);
  });

  it('names a folder that does not exist and exits 1', async () => {
    const r = await capture(knowledgeCommand, ['/nonexistent/entries']);
    expect(r).toEqual({ status: 1, stdout: '', stderr: 'knowledge: /nonexistent/entries: no such folder\n' });
  });
});
