// What the commands in scripts/ share. Each command is a function of its arguments and an Io
// (where its lines go, what it reads), so the tests call it in-process instead of starting a
// process per case; runIfMain() makes the same file a program for npm run.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

/** A command's surroundings: the process's streams and environment, or a test's stand-ins. */
export interface Io {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Standard input, line by line. */
  lines(): AsyncIterable<string>;
  env: Readonly<Record<string, string | undefined>>;
}

/** Arguments in, lines out, an exit code back: 0 done, 1 failed, 2 bad usage. */
export type Command = (argv: string[], io?: Io) => Promise<number>;

export const processIo: Io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  env: process.env,
};

/** Runs a command in-process, `input` as its standard input, and keeps what it writes: for tests. */
export async function capture(command: Command, argv: string[], { input = '', env = {} }: { input?: string; env?: Io['env'] } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (line) => void (stdout += line + '\n'),
    err: (line) => void (stderr += line + '\n'),
    async *lines() {
      const lines = input.split(/\r?\n/);
      if (lines.at(-1) === '') lines.pop();
      yield* lines;
    },
    env,
  };
  const status = await command(argv, io);
  return { status, stdout, stderr };
}

/** A command's flags: switches, and options with a value (`value` names it for the usage error: "a path"). */
export type Flags = Record<string, { type: 'boolean' } | { type: 'string'; value: string }>;
export type Values<F extends Flags> = { [K in keyof F]?: F[K] extends { type: 'string' } ? string : boolean };
export type Args<F extends Flags> = { values: Values<F>; positionals: string[] } | { error: string };

/**
 * `node:util` parseArgs, strict, with a refused argument said in a few words for the usage line
 * ("unknown argument --bogus", "--file needs a path") instead of thrown.
 */
export function parse<F extends Flags>(argv: string[], flags: F, allowPositionals = false): Args<F> {
  const options = Object.fromEntries(Object.entries(flags).map(([name, { type }]) => [name, { type }]));
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: values as Values<F>, positionals };
  } catch (error) {
    return { error: refused(argv, flags, allowPositionals) ?? (error as Error).message };
  }
}

/** The first argument strict parsing refuses, found by a lenient parse. */
function refused(argv: string[], flags: Flags, allowPositionals: boolean): string | undefined {
  const { tokens } = parseArgs({ args: argv, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional' && !allowPositionals) return `unknown argument ${t.value}`;
    if (t.kind !== 'option') continue;
    const flag = flags[t.name];
    if (!flag) return `unknown argument ${t.rawName}`;
    // Strict parsing also refuses "--file --misses": the value looks like another flag.
    if (flag.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))) return `${t.rawName} needs ${flag.value}`;
    if (flag.type === 'boolean' && t.value !== undefined) return `${t.rawName} takes no value`;
  }
  return undefined;
}

/** Prints `name: why. Usage: usage` to standard error; returns 2, the exit code for bad usage. */
export function usage(io: Io, name: string, why: string, text: string): number {
  io.err(`${name}: ${why}. Usage: ${text}`);
  return 2;
}

/** Runs `command` on this process's arguments when `meta` is the module node (or tsx) was started with. */
export function runIfMain(meta: ImportMeta, command: Command): void {
  if (!startedWith(meta.filename)) return;
  // exitCode, not exit(): output still being written reaches the terminal, and a server keeps running.
  void command(process.argv.slice(2), processIo).then((code) => (process.exitCode = code));
}

/** Whether node was started with `file`, named as it is, through a symbolic link, or without its extension (`tsx scripts/size`). */
function startedWith(file: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  const path = resolve(started);
  return path === file || path === file.replace(/\.ts$/, '') || (existsSync(path) && realpathSync(path) === file);
}
