// npm run knowledge            validate and lint knowledge/entries/*.md and knowledge/red-flags.yaml
//                               (exit 1 with path:line: message)
// npm run --silent knowledge -- --json   print the compiled base
// npm run knowledge -- --write  rewrite the README's table of red-flag rules from the rules file
// A folder given as the argument is checked instead of knowledge/entries/.
// npm run knowledge -- --build <folder> --out clinic.json
//                               compile a clinic's own answers (entry files, disabled.txt) into
//                               the clinic file that data-knowledge adds to the built-in answers
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { compileKnowledge, format } from '../knowledge/compile.ts';
import { confusions } from '../knowledge/confusions.ts';
import { phrasingTerms, plainText } from '../widget/engine/index.ts';
import { compileRedFlags } from '../knowledge/red-flags/compile.ts';
import { withRedFlagsSection } from '../knowledge/red-flags/readme.ts';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';
import { compileOwnerFolder } from './lib/owner-folder.ts';

const USAGE = 'npm run knowledge [-- <entries folder>] [-- --json | --write | --build <folder> [--out clinic.json]]';
const FLAGS = {
  json: { type: 'boolean' },
  write: { type: 'boolean' },
  build: { type: 'string', value: 'a folder of your answers' },
  out: { type: 'string', value: 'a file name' },
} as const;

function report(io: Io, problems: { path: string; line: number; message: string }[], what: string): void {
  for (const d of problems) io.err(format(d));
  io.err(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${what}`);
}

/** `--build`: the owner's folder into a clinic file, written to `out` or printed. */
function buildClinic(io: Io, dir: string, out: string | undefined): number {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`knowledge: ${dir}: no such folder`);
    return 1;
  }
  const { clinic, diagnostics } = compileOwnerFolder(dir);
  if (diagnostics.length) {
    report(io, diagnostics, 'your answers; nothing was written');
    return 1;
  }
  const json = JSON.stringify(clinic, null, 2);
  if (!out) io.out(json);
  else {
    writeFileSync(out, json + '\n');
    io.err(`${out}: ${clinic.entries.length} of your answers, ${clinic.disabled.length} built-in answers switched off`);
  }
  return 0;
}

export async function knowledgeCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, FLAGS, true);
  if ('error' in args) return usage(io, 'knowledge', args.error, USAGE);
  const { json, write, build, out } = args.values;
  const [dir, extra] = args.positionals;
  if (extra !== undefined) return usage(io, 'knowledge', `unknown argument ${extra}`, USAGE);
  if (json && write) return usage(io, 'knowledge', '--json and --write do different things: give one', USAGE);
  if (out !== undefined && build === undefined) return usage(io, 'knowledge', '--out goes with --build', USAGE);
  if (build !== undefined) {
    if (json || write) return usage(io, 'knowledge', '--build makes a clinic file: give it without --json or --write', USAGE);
    if (dir !== undefined) return usage(io, 'knowledge', `unknown argument ${dir}`, USAGE);
    return buildClinic(io, build, out);
  }
  if (dir && !existsSync(dir)) {
    io.err(`knowledge: ${dir}: no such folder`);
    return 1;
  }

  const { knowledge, sources, diagnostics } = compileKnowledge(dir);
  const problems = diagnostics.length ? diagnostics : confusions(knowledge, sources);
  if (problems.length) {
    report(io, problems, 'the knowledge base');
    return 1;
  }
  if (json) {
    const entries = knowledge.entries.map((e) => ({ ...e, answer: plainText(e.md), terms: phrasingTerms(e) }));
    io.out(JSON.stringify({ entries, realWords: knowledge.realWords }));
  } else if (write) {
    const readme = new URL('../README.md', import.meta.url);
    writeFileSync(readme, withRedFlagsSection(readFileSync(readme, 'utf8'), compileRedFlags().docs));
    io.out('README.md: red-flag table written from knowledge/red-flags.yaml');
  } else {
    const topics = new Set(knowledge.entries.map((e) => e.topic)).size;
    io.out(`knowledge base ok: ${knowledge.entries.length} entries, ${topics} topics, ${knowledge.redFlags.rules.length} red-flag rules`);
  }
  return 0;
}

runIfMain(import.meta, knowledgeCommand);
