// The order in which the widget starts on a page (issue 12): nothing but settings at load, a
// plain launcher at the first idle moment, the conversation after, and at once on intent.
import { afterEach, describe, expect, it } from 'vitest';
import { start } from '../../widget/start.ts';
import { parseConfig } from '../../widget/config.ts';
import { createApi, type FaqWidgetApi } from '../../widget/api.ts';

/** happy-dom's window, with idle callbacks run by hand and every storage read recorded. */
function page() {
  const idle: (() => void)[] = [];
  const storageReads: string[] = [];
  const win = new Proxy(window, {
    get(target, key) {
      if (key === 'sessionStorage' || key === 'localStorage') storageReads.push(key);
      if (key === 'requestIdleCallback') return (fn: () => void) => idle.push(fn);
      if (key === 'cancelIdleCallback') return () => {};
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  /** Runs the idle callbacks queued so far, one at a time, and returns how many ran. */
  const runIdle = (count = Infinity) => {
    let ran = 0;
    for (; idle.length && ran < count; ran++) idle.shift()!();
    return ran;
  };
  return { win, storageReads, runIdle };
}

const config = parseConfig({ clinicName: 'Test Clinic', endpoint: '/api/leads', phone: '(555) 010-0100' }).config;
const shadow = () => document.getElementById('faq-widget')?.shadowRoot ?? null;
let api: FaqWidgetApi | undefined;

/** Starts the widget on this window and returns its page API, as entry.ts does. */
function begin(win: Window): FaqWidgetApi {
  const widget = start(win, config);
  return createApi(() => widget, widget.isOpen);
}

afterEach(() => {
  api?.destroy();
  api = undefined;
  sessionStorage.clear();
});

describe('starting on a page', () => {
  it('reads no storage and draws nothing while the script is evaluated', () => {
    const p = page();
    api = begin(p.win);
    expect(document.getElementById('faq-widget')).toBeNull();
    expect(p.storageReads).toEqual([]);
  });

  it('draws the plain launcher at the first idle moment, still without the conversation', () => {
    const p = page();
    api = begin(p.win);
    p.runIdle(1);
    const launcher = shadow()!.querySelector('.launcher')!;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(shadow()!.querySelector('[role="dialog"]')).toBeNull();
    expect(p.storageReads).toEqual([]);
  });

  it('restores the conversation at a later idle moment, then builds its indexes in idle moments of their own', () => {
    const p = page();
    api = begin(p.win);
    p.runIdle(1);
    p.runIdle(1);
    expect(p.storageReads).toContain('sessionStorage');
    // The App, the knowledge, its search index, then each of the five red-flag indexes alone.
    expect(p.runIdle()).toBeGreaterThanOrEqual(3 + 5);
  });

  it('wakes the conversation at once when the visitor points at the launcher, and a click opens the panel', () => {
    const p = page();
    api = begin(p.win);
    p.runIdle(1);
    const launcher = shadow()!.querySelector<HTMLButtonElement>('.launcher')!;
    launcher.dispatchEvent(new Event('pointerenter'));
    expect(p.storageReads).toContain('sessionStorage');
    launcher.click();
    expect(api.isOpen).toBe(true);
  });

  it('opens from the page API before anything is drawn, and shows the panel once drawn', async () => {
    const p = page();
    api = begin(p.win);
    api.open();
    expect(api.isOpen).toBe(true);
    p.runIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shadow()!.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('opens the contact form from the page API contact command', async () => {
    const p = page();
    api = begin(p.win);
    p.runIdle();
    api.contact();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.isOpen).toBe(true);
    expect(shadow()!.querySelector('form.contact')).not.toBeNull();
  });
});
