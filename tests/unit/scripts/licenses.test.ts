// dist/LICENSES.txt is derived from the build's module ids (scripts/lib/licenses.ts): these are
// the pure parts, on made-up module lists and made-up packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages, licensesText, packageFolders, readPackage, type BundledPackage } from '../../../scripts/lib/licenses.ts';

const MIT = 'The MIT License\n\nCopyright (c) someone\n\nPermission is hereby granted...';
const fake = (name: string, text = MIT): BundledPackage => ({ name, version: '1.2.3', license: 'MIT', text });

describe('the packages a bundle holds', () => {
  it('names each package in node_modules once, by the folder it was installed as, and skips our own and virtual modules', () => {
    const ids = [
      '/repo/widget/entry.ts',
      '\0virtual:knowledge',
      '\0rolldown/runtime.js',
      '/repo/node_modules/preact/dist/preact.module.js',
      '/repo/node_modules/preact/hooks/dist/hooks.module.js',
      '/repo/node_modules/@scope/tool/lib/index.js?commonjs-proxy',
      '/repo/node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad/index.js',
      'C:\\repo\\node_modules\\win-pkg\\index.js',
    ];
    expect([...packageFolders(ids)]).toEqual([
      ['@scope/tool', '/repo/node_modules/@scope/tool'],
      ['left-pad', '/repo/node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad'],
      ['preact', '/repo/node_modules/preact'],
      ['win-pkg', 'C:/repo/node_modules/win-pkg'],
    ]);
  });

  it('finds no third-party package in a bundle of our own modules only', () => {
    expect(packageFolders(['/repo/widget/entry.ts', '\0virtual:knowledge']).size).toBe(0);
  });

  it('stops the build when a bundled package has no licence text, and names the package', () => {
    expect(() => bundledPackages(['/r/node_modules/quiet/index.js'], () => fake('quiet', ''))).toThrow(/quiet \(MIT\) is bundled .* no LICENSE file/);
  });

  it('reads Preact as "preact" with its MIT licence, not as the "preact-hooks" of its hooks folder', () => {
    const [preact] = bundledPackages([resolve('node_modules/preact/hooks/dist/hooks.module.js')]);
    expect(preact).toMatchObject({ name: 'preact', license: 'MIT' });
    expect(preact.text).toMatch(/^The MIT License \(MIT\)\n\nCopyright \(c\) 2015-present Jason Miller/);
    expect(preact.text).toContain('The above copyright notice and this permission notice shall be included');
  });

  it('reads every licence file a package ships (LICENCE.md, NOTICE) and an old-style license object', () => {
    const root = mkdtempSync(join(tmpdir(), 'faq-licenses-'));
    const dir = join(root, 'node_modules', 'odd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'odd', version: '0.0.1', license: { type: 'Apache-2.0' } }));
    writeFileSync(join(dir, 'LICENCE.md'), 'Apache licence text\n');
    writeFileSync(join(dir, 'NOTICE'), 'Odd notice\n');
    writeFileSync(join(dir, 'index.js'), '');
    try {
      expect(readPackage(dir)).toEqual({ name: 'odd', version: '0.0.1', license: 'Apache-2.0', homepage: undefined, text: 'Apache licence text\n\nOdd notice' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the text of LICENSES.txt', () => {
  it('lists every package with its version and licence, then each full licence text', () => {
    const text = licensesText(['faq-widget.js'], [fake('alpha', 'ALPHA TEXT'), { ...fake('beta', 'BETA TEXT'), license: 'ISC', homepage: 'https://beta.example' }]);
    expect(text).toContain('Third-party software in dist/faq-widget.js');
    expect(text).toContain('  alpha 1.2.3 (MIT)\n  beta 1.2.3 (ISC)\n');
    expect(text).toContain('alpha 1.2.3, MIT\n' + '-'.repeat(78) + '\n\nALPHA TEXT');
    expect(text).toContain('beta 1.2.3, ISC, https://beta.example\n' + '-'.repeat(78) + '\n\nBETA TEXT\n');
  });

  it('says so when the bundle holds no third-party code', () => {
    expect(licensesText(['faq-widget.js'], [])).toContain('dist/faq-widget.js contains no third-party code.');
  });
});
