// npm run size: raw, gzip (level 9) and brotli sizes of the built widget; fails over budget.
// npm run size -- --write also rewrites ARCHITECTURE.md's byte table (<!-- bytes:start/end -->).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';
import { writeFileSync } from 'node:fs';
import { ARCHITECTURE, byteFigures, replaceBetween } from './lib/figures.ts';

/** The hard limit for everything a visitor may download (README.md, ARCHITECTURE.md). */
export const BUDGET_GZIP = 40 * 1024;
/** Above this, every KB must buy something a visitor or owner can see, listed in ARCHITECTURE.md's byte table. */
export const ACCOUNTED_ABOVE = 30 * 1024;
const FILE = 'dist/faq-widget.js';

export async function sizeCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, { write: { type: 'boolean' } });
  if ('error' in args) return usage(io, 'size', args.error, 'npm run size [-- --write]');
  let file: Buffer;
  try {
    file = readFileSync(new URL(`../${FILE}`, import.meta.url));
  } catch {
    io.err(`${FILE} is missing: run npm run build first`);
    return 1;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const gz = gzipSync(file, { level: 9 }).length;
  io.out(`${FILE}: ${kb(file.length)} raw, ${kb(gz)} gzip (${gz.toLocaleString('en')} bytes), ${kb(brotliCompressSync(file).length)} brotli`);
  io.out(`budget ${kb(BUDGET_GZIP)} gzip: ${gz <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`);
  if (gz > ACCOUNTED_ABOVE) io.out(`above ${kb(ACCOUNTED_ABOVE)}: each KB over it must be listed in ARCHITECTURE.md ("Where the bytes go")`);
  if (args.values.write) {
    writeFileSync(ARCHITECTURE, replaceBetween(readFileSync(ARCHITECTURE, 'utf8'), 'bytes', byteFigures(file, BUDGET_GZIP)));
    io.out('ARCHITECTURE.md: byte table written');
  }
  return gz > BUDGET_GZIP ? 1 : 0;
}

runIfMain(import.meta, sizeCommand);
