// Issue 14, item 9: the licence notices the minified bundle cannot carry are in dist/LICENSES.txt.
// One test reads what npm run build wrote; the other builds again into a temp folder, records the
// module ids the bundle holds, and checks that every package among them is named.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { packageFolders } from '../../scripts/lib/licenses.ts';

const REPO = resolve(import.meta.dirname, '../..');
const PREACT_LICENSE = readFileSync(join(REPO, 'node_modules/preact/LICENSE'), 'utf8').trim();
const PREACT_VERSION = (JSON.parse(readFileSync(join(REPO, 'node_modules/preact/package.json'), 'utf8')) as { version: string }).version;

describe('dist/LICENSES.txt', () => {
  it('names Preact, its version and MIT, with the full text of its licence', () => {
    const text = readFileSync(join(REPO, 'dist/LICENSES.txt'), 'utf8');
    expect(text).toContain(`preact ${PREACT_VERSION} (MIT)`);
    expect(text).toContain(PREACT_LICENSE);
  });

  it('names every package in node_modules whose modules the build put into the bundle', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'faq-licenses-build-'));
    const moduleIds: string[] = [];
    const record: Plugin = {
      name: 'record-module-ids',
      generateBundle(_options, bundle) {
        for (const out of Object.values(bundle)) if (out.type === 'chunk') moduleIds.push(...out.moduleIds);
      },
    };
    // Minifying changes no module list, and takes most of the build's time.
    let text: string;
    try {
      await build({ root: REPO, configFile: join(REPO, 'vite.config.ts'), logLevel: 'error', plugins: [record], build: { outDir, minify: false } });
      text = readFileSync(join(outDir, 'LICENSES.txt'), 'utf8');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    const packages = [...packageFolders(moduleIds).keys()];
    expect(packages).toContain('preact');
    for (const name of packages) expect(text, name).toMatch(new RegExp(`^  ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\S+ \\(`, 'm'));
  });
});
