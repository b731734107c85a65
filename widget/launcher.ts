// The round button in the corner, drawn with plain DOM calls: it is all a visitor sees until
// they reach for it, so it appears without Preact, the engine or the stored conversation.
// Its icon, a speech bubble or (open) a cross, is drawn by the stylesheet (.i).
import { COPY } from './copy.ts';

export interface Launcher {
  button: HTMLButtonElement;
  /** Shows the button's state: open (a cross, "Close chat") or closed (a bubble, "Open chat"). */
  show(open: boolean): void;
}

/**
 * `toggle` runs on a click; `warm` as soon as the visitor reaches for the button (pointer over
 * it, or keyboard focus), so the panel is ready by the time they click.
 */
export function createLauncher(doc: Document, toggle: () => void, warm = () => {}): Launcher {
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-controls', 'faq-panel');
  button.onclick = toggle;
  button.onpointerenter = button.onfocus = warm;
  const show = (open: boolean) => {
    button.className = open ? 'launcher i open' : 'launcher i';
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? COPY.panel.close : COPY.panel.open);
  };
  show(false);
  return { button, show };
}
