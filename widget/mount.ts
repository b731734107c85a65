// Puts the widget on the page: a host element holding an open shadow root with the styles
// and the clinic's theme, watched so that a page builder or single-page app that wipes the
// body gets it back, state intact.
import type { Config } from './config.ts';
import { theme } from './theme.ts';

export interface Mounted {
  /** Where Preact renders, inside the shadow root. */
  root: HTMLElement;
  /** Takes the widget off the page and stops watching it. */
  remove(): void;
}

export function mount(doc: Document, config: Pick<Config, 'color' | 'zIndex' | 'nonce'>, css: string): Mounted {
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
  shadow.append(root);
  doc.body.append(host);
  const observer = new MutationObserver(() => host.isConnected || doc.body?.append(host));
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    root,
    remove() {
      observer.disconnect();
      host.remove();
    },
  };
}
