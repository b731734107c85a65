import { afterEach, describe, expect, it } from 'vitest';
import { mount as mountWidget, type Mounted } from '../../widget/mount.ts';
import { parseConfig } from '../../widget/config.ts';

const CSS = '.faq { color: red; }';
const config = (dataset: Record<string, string> = {}) => parseConfig(dataset).config;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every widget a test mounts, removed after it so that none watches the next test's page. */
const mounted: Mounted[] = [];
const mount = (...args: Parameters<typeof mountWidget>) => {
  const widget = mountWidget(...args);
  mounted.push(widget);
  return widget;
};

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
  document.body.innerHTML = '';
});

describe('putting the widget on the page', () => {
  it('adds one host element holding an open shadow root with the styles and an empty render root', () => {
    const { root } = mount(document, config(), CSS);
    const host = document.getElementById('faq-widget')!;
    expect(document.querySelectorAll('#faq-widget')).toHaveLength(1);
    expect(host.shadowRoot).not.toBeNull();
    expect(root.getRootNode()).toBe(host.shadowRoot);
    const adopted = host.shadowRoot!.adoptedStyleSheets ?? [];
    const inline = host.shadowRoot!.querySelector('style')?.textContent;
    expect(adopted.length === 1 || inline === CSS).toBe(true);
  });

  it("sets the clinic's colour, a readable text colour and the z-index as custom properties on the host", () => {
    mount(document, config({ color: '#ffeb3b', zIndex: '50' }), CSS);
    const style = document.getElementById('faq-widget')!.style;
    expect(style.getPropertyValue('--faq-color')).toBe('#ffeb3b');
    // Yellow is light: text on it must be dark.
    expect(style.getPropertyValue('--faq-on-color')).not.toBe('#fff');
    expect(style.getPropertyValue('--faq-z')).toBe('50');
  });

  it('puts itself back when the page wipes the body, and stays off once removed', async () => {
    const widget = mount(document, config(), CSS);
    document.body.innerHTML = '<main>new route</main>';
    await tick();
    expect(document.getElementById('faq-widget')).not.toBeNull();
    widget.remove();
    expect(document.getElementById('faq-widget')).toBeNull();
    document.body.innerHTML = '<main>another route</main>';
    await tick();
    expect(document.getElementById('faq-widget')).toBeNull();
  });
});
