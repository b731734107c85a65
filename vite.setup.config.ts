// The setup page (setup/), built after the widget into one self-contained dist/setup.html that
// works opened from disk or from any static host. It embeds dist/faq-widget.js for the preview
// and its SRI hash for the snippet, and the built-in answers for the answers editor; nothing
// here changes the widget bundle.
import { defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileKnowledge, format } from './knowledge/compile.ts';

const WIDGET = resolve(import.meta.dirname, 'dist/faq-widget.js');
const VIRTUAL = 'virtual:built-widget';

/** The built widget's text and its integrity hash, computed as vite.config.ts prints it. */
function builtWidget(): Plugin {
  return {
    name: 'faq-built-widget',
    resolveId: (id) => (id === VIRTUAL ? '\0' + VIRTUAL : null),
    load(id) {
      if (id !== '\0' + VIRTUAL) return null;
      let bytes: Buffer;
      try {
        bytes = readFileSync(WIDGET);
      } catch {
        throw new Error('dist/faq-widget.js is missing: the setup page embeds it, so run `vite build` first (npm run build does both).');
      }
      const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      return `export const code = ${JSON.stringify(bytes.toString('utf8'))};\nexport const integrity = ${JSON.stringify(integrity)};`;
    },
  };
}

const KNOWLEDGE = 'virtual:built-in-knowledge';

/**
 * The built-in answers as compiled (real ids, every question), for the answers editor: the
 * owner replaces and switches off built-in answers by these ids, as the widget will.
 */
function builtInKnowledge(): Plugin {
  return {
    name: 'faq-built-in-knowledge',
    resolveId: (id) => (id === KNOWLEDGE ? '\0' + KNOWLEDGE : null),
    load(id) {
      if (id !== '\0' + KNOWLEDGE) return null;
      const { knowledge, diagnostics } = compileKnowledge();
      if (diagnostics.length) throw new Error('knowledge base has problems:\n' + diagnostics.map(format).join('\n'));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(knowledge))});`;
    },
  };
}

/** Text that cannot end the inline <script> or <style> it is put in. */
const safeInline = (text: string) => text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** Puts the page's scripts and styles inside the HTML, so the one file works from file://. */
function inlineAll(): Plugin {
  return {
    name: 'faq-setup-inline',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const html of Object.values(bundle)) {
        if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
        let text = String(html.source);
        for (const [name, item] of Object.entries(bundle)) {
          const ref = new RegExp(`<script[^>]*src="[./]*${name.replace(/[.]/g, '\\.')}"[^>]*></script>|<link[^>]*href="[./]*${name.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (!ref.test(text)) continue;
          if (item.type === 'chunk') text = text.replace(ref, () => `<script type="module">${safeInline(item.code)}</script>`);
          else if (name.endsWith('.css')) text = text.replace(ref, () => `<style>${safeInline(String(item.source))}</style>`);
          else continue;
          delete bundle[name];
        }
        html.source = text;
      }
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'setup'),
  base: './',
  plugins: [builtWidget(), builtInKnowledge(), inlineAll()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    // The widget is already there: keep it.
    emptyOutDir: false,
    target: 'es2022',
    reportCompressedSize: false,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    rolldownOptions: { input: resolve(import.meta.dirname, 'setup/setup.html') },
  },
});
