// npm run size: raw, gzip (level 9) and brotli sizes of the built widget; fails over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The hard limit for everything a visitor may download (DEVELOPERS.md). */
export const BUDGET_GZIP = 40 * 1024;
/** Above this, every KB must buy something a visitor or owner can see, listed in ARCHITECTURE.md's byte table. */
export const ACCOUNTED_ABOVE = 30 * 1024;
const FILE = 'dist/faq-widget.js';

let file: Buffer;
try {
  file = readFileSync(FILE);
} catch {
  console.error(`${FILE} is missing: run npm run build first`);
  process.exit(1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = gzipSync(file, { level: 9 }).length;
console.log(`${FILE}: ${kb(file.length)} raw, ${kb(gz)} gzip (${gz.toLocaleString('en')} bytes), ${kb(brotliCompressSync(file).length)} brotli`);
console.log(`budget ${kb(BUDGET_GZIP)} gzip: ${gz <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`);
if (gz > ACCOUNTED_ABOVE) console.log(`above ${kb(ACCOUNTED_ABOVE)}: each KB over it must be listed in ARCHITECTURE.md ("Where the bytes go")`);
if (gz > BUDGET_GZIP) process.exit(1);
