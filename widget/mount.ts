// Puts the widget on the page: a host element holding an open shadow root with the styles
// and the clinic's theme, watched so that a page builder or single-page app that wipes the
// body gets it back, state intact. The host is fixed and contained (see :host in styles.css),
// so inserting it lays out only itself, not the clinic's page.
import type { Config } from './config.ts';
import { theme } from './theme.ts';

export interface Mounted {
  /** The widget's box inside the shadow root, themed and placed in the clinic's corner. */
  root: HTMLElement;
  /** Takes the widget off the page and stops watching it. */
  remove(): void;
}

export function mount(
  doc: Document,
  config: Pick<Config, 'color' | 'zIndex' | 'nonce' | 'position'>,
  css: string,
): Mounted {
  const host = doc.createElement('div');
  host.id = 'faq-widget';
  const t = theme(config.color);
  for (const [k, v] of [
    ['color', t.color],
    ['on-color', t.on],
    ['ink', t.ink],
    ['z', config.zIndex],
  ])
    host.style.setProperty('--faq-' + k, String(v));
  const shadow = host.attachShadow({ mode: 'open' });
  // Constructable stylesheets pass a strict CSP (style-src 'self'); old browsers get <style nonce>.
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.nonce = config.nonce;
    style.textContent = css;
    shadow.append(style);
  }
  const root = doc.createElement('div');
  root.className = 'faq ' + config.position;
  shadow.append(root);
  doc.body.append(host);
  // Only the two lists the host can vanish from: the body's children, and the page's (a new
  // body). Watching the whole subtree would wake us on every change a busy page makes.
  const observer = new MutationObserver(() => {
    if (!host.isConnected) doc.body?.append(host);
    watch();
  });
  const watch = () => {
    observer.observe(doc.documentElement, { childList: true });
    if (doc.body) observer.observe(doc.body, { childList: true });
  };
  watch();
  return {
    root,
    remove() {
      observer.disconnect();
      host.remove();
    },
  };
}
