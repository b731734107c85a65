/// <reference types="vitest/config" />
// One config for the widget build and every test project.
import { defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileKnowledge, format } from './knowledge/compile.ts';
import { packJson } from './knowledge/bundle.ts';
import { MANGLED, RESERVED } from './scripts/lib/mangle.ts';
import { licenses } from './scripts/lib/licenses.ts';

const VIRTUAL = 'virtual:knowledge';

/** Compiles knowledge/entries/*.md into the bundle; a broken entry fails the build with path:line. */
function knowledge(): Plugin {
  return {
    name: 'faq-knowledge',
    resolveId: (id) => (id === VIRTUAL ? '\0' + VIRTUAL : null),
    load(id) {
      if (id !== '\0' + VIRTUAL) return null;
      const { knowledge, diagnostics, sources } = compileKnowledge();
      for (const { path } of sources.values()) this.addWatchFile(resolve(path));
      if (diagnostics.length) throw new Error('knowledge base has problems:\n' + diagnostics.map(format).join('\n'));
      // JSON.parse of a string starts faster than an object literal of the same data; a template
      // literal needs no escaped quotes, which gzip packs worse. Lists arrive packed (see unpack.ts).
      const json = packJson(knowledge).replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
      const unpack = JSON.stringify(resolve('widget/engine/unpack.ts'));
      // Parsed on first use, not while the script is evaluated: the host page's load goes first.
      return `import { unpackLists } from ${unpack};\nlet parsed;\nexport default () => (parsed ??= JSON.parse(\`${json}\`, unpackLists));`;
    },
  };
}

/** Prints the Subresource Integrity hash, for clinics that pin the file with integrity="...". */
function integrity(): Plugin {
  return {
    name: 'faq-integrity',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!name.endsWith('.js')) continue;
        const hash = createHash('sha384').update(readFileSync(resolve(options.dir ?? 'dist', name))).digest('base64');
        console.log(`${name} integrity: sha384-${hash}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [knowledge(), integrity(), licenses()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    // terser squeezes ~1% more than the default minifier: every byte is downloaded by each visitor.
    // Five passes and no Safari 10 workarounds (Vite turns them on; the es2022 build cannot run there
    // anyway, and they only rename variables): 56 bytes less gzipped.
    minify: 'terser',
    terserOptions: { safari10: false, compress: { passes: 5, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_comps: true, unsafe_math: true, unsafe_methods: true }, format: { comments: false },
      // Readable names in the source, short ones in the bundle (scripts/lib/mangle.ts). Only the
      // listed names are touched; `builtins` lets a listed name that browsers also use be shortened.
      mangle: { properties: { regex: MANGLED, reserved: RESERVED, builtins: true } },
    },
    lib: {
      entry: 'widget/entry.ts',
      name: 'FaqWidgetBundle',
      formats: ['iife'],
      fileName: () => 'faq-widget.js',
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests score whole eval sets: seconds of work, more on a busy shared machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'receiver', include: ['tests/receiver/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], environment: 'happy-dom', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
