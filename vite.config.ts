/// <reference types="vitest/config" />
// One config for the widget build and every test project.
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { compileKnowledge, format } from './knowledge/compile.ts';
import { slim } from './knowledge/bundle.ts';

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
      return `export default ${JSON.stringify(slim(knowledge))};`;
    },
  };
}

export default defineConfig({
  plugins: [knowledge()],
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/inbox/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
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
