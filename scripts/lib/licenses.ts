// dist/LICENSES.txt: the licence of every third-party package whose code the build put into the
// bundle (issue 14, item 9). The bundle itself carries no banner: it sits at its gzip byte limit.
// The list comes from the build's own module ids, so a new runtime dependency is listed without
// anyone remembering to. A bundled package with no licence file stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const LICENSES_FILE = 'LICENSES.txt';

export interface BundledPackage {
  name: string;
  version: string;
  /** The package.json `license` field, e.g. "MIT". */
  license: string;
  homepage?: string;
  /** The text of its LICENSE (or LICENCE, COPYING, NOTICE) files. */
  text: string;
}

/**
 * The installed folder of each package that a module id lies in, by package name: the part of
 * the path up to the last `node_modules/<name>` (or `node_modules/@scope/<name>`). Ids outside
 * node_modules (our own sources, virtual modules) are skipped. A module in a package's subfolder
 * that has its own package.json (preact/hooks/package.json says "preact-hooks") still belongs
 * to the package it was installed as.
 */
export function packageFolders(moduleIds: Iterable<string>): Map<string, string> {
  const folders = new Map<string, string>();
  for (const raw of moduleIds) {
    const id = raw.replace(/^\0/, '').replace(/[?#].*$/, '').replace(/\\/g, '/');
    const at = id.lastIndexOf('/node_modules/');
    if (at < 0) continue;
    const parts = id.slice(at + '/node_modules/'.length).split('/');
    const name = parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    if (!name || name.startsWith('.') || (name.startsWith('@') && !name.includes('/'))) continue;
    if (!folders.has(name)) folders.set(name, id.slice(0, at) + '/node_modules/' + name);
  }
  return new Map([...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;

/** Reads a package's name, version, licence and licence text from its installed folder. */
export function readPackage(folder: string): BundledPackage {
  const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string | { type?: string };
    homepage?: string;
  };
  const files = readdirSync(folder).filter((f) => LICENCE_FILE.test(f)).sort();
  const text = files.map((f) => readFileSync(join(folder, f), 'utf8').trim()).join('\n\n');
  const license = typeof json.license === 'string' ? json.license : (json.license?.type ?? 'UNKNOWN');
  return { name: json.name, version: json.version, license, homepage: json.homepage, text };
}

/** The packages in the bundle, each with its licence text; throws when one has no licence file. */
export function bundledPackages(moduleIds: Iterable<string>, read: (folder: string) => BundledPackage = readPackage): BundledPackage[] {
  return [...packageFolders(moduleIds)].map(([name, folder]) => {
    const pkg = read(folder);
    if (!pkg.text.trim()) {
      throw new Error(
        `${name} (${pkg.license}) is bundled into the widget but ships no LICENSE file in ${folder}: ` +
          `its notice cannot go into dist/${LICENSES_FILE}. Find its licence text before shipping it.`,
      );
    }
    return pkg;
  });
}

const RULE = '-'.repeat(78);

/** The text of LICENSES.txt for the given output files. */
export function licensesText(files: string[], packages: BundledPackage[]): string {
  const shipped = files.map((f) => `dist/${f}`).join(', ');
  const lines = [
    `Third-party software in ${shipped}`,
    '',
    'faq-widget itself is released under the MIT licence: see the LICENSE file.',
    packages.length
      ? `${shipped} also contains code from the packages below, each under its own licence:`
      : `${shipped} contains no third-party code.`,
    '',
    ...packages.map((p) => `  ${p.name} ${p.version} (${p.license})`),
  ];
  for (const p of packages) {
    lines.push('', RULE, `${p.name} ${p.version}, ${p.license}${p.homepage ? `, ${p.homepage}` : ''}`, RULE, '', p.text);
  }
  return lines.join('\n') + '\n';
}

/** The Vite plugin: writes LICENSES.txt beside the bundle, from the modules the bundle holds. */
export function licenses(): Plugin {
  return {
    name: 'faq-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const packages = bundledPackages(chunks.flatMap((c) => c.moduleIds));
      this.emitFile({ type: 'asset', fileName: LICENSES_FILE, source: licensesText(chunks.map((c) => c.fileName), packages) });
    },
  };
}
