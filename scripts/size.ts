// npm run size: raw, gzip (level 9) and brotli sizes of the built widget; fails over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The promise to clinics: 25 KB gzip at most (see ARCHITECTURE.md for where the bytes go). */
export const BUDGET_GZIP = 25 * 1024;
const TARGET_GZIP = 20 * 1024;
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
console.log(`${FILE}: ${kb(file.length)} raw, ${kb(gz)} gzip, ${kb(brotliCompressSync(file).length)} brotli`);
console.log(`budget ${kb(BUDGET_GZIP)} gzip (target ${kb(TARGET_GZIP)}): ${gz <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`);
if (gz > BUDGET_GZIP) process.exit(1);
