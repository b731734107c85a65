import { describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../widget/schedule.ts';

/** A window with just what scheduling touches; `body` says whether the page has one yet. */
function fakeWindow({ body, idle = true }: { body: boolean; idle?: boolean }) {
  const listeners = new Map<string, () => void>();
  const queued: (() => void)[] = [];
  const win = {
    document: {
      body: body ? {} : null,
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string, fn: () => void) => listeners.get(type) === fn && listeners.delete(type),
    },
    requestIdleCallback: idle ? vi.fn((fn: () => void, _options: { timeout: number }) => queued.push(fn)) : undefined,
    cancelIdleCallback: vi.fn((handle: number) => (queued[handle - 1] = () => {})),
    setTimeout: vi.fn((fn: () => void) => queued.push(fn)),
    clearTimeout: vi.fn((handle: number) => (queued[handle - 1] = () => {})),
  };
  return { win: win as unknown as Window, raw: win, listeners, runQueued: () => queued.splice(0).forEach((fn) => fn()) };
}

describe('drawing the widget', () => {
  it('waits for an idle moment, at most 500 ms, when the page already has a body', () => {
    const page = fakeWindow({ body: true });
    const draw = vi.fn();
    whenIdle(page.win, draw);
    expect(draw).not.toHaveBeenCalled();
    expect(page.raw.requestIdleCallback).toHaveBeenCalledWith(draw, { timeout: 500 });
    page.runQueued();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('waits for the body before asking for an idle moment when the script runs in the head', () => {
    const page = fakeWindow({ body: false });
    const draw = vi.fn();
    whenIdle(page.win, draw);
    expect(page.raw.requestIdleCallback).not.toHaveBeenCalled();
    page.listeners.get('DOMContentLoaded')!();
    page.runQueued();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('falls back to a zero timeout in browsers without requestIdleCallback', () => {
    const page = fakeWindow({ body: true, idle: false });
    const draw = vi.fn();
    whenIdle(page.win, draw);
    expect(page.raw.setTimeout).toHaveBeenCalledWith(draw, 0);
    page.runQueued();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['before the body exists', { body: false }],
    ['while waiting for an idle moment', { body: true }],
    ['while waiting for a timeout', { body: true, idle: false }],
  ])('draws nothing once cancelled %s', (_, options) => {
    const page = fakeWindow(options);
    const draw = vi.fn();
    const cancel = whenIdle(page.win, draw);
    cancel();
    page.listeners.get('DOMContentLoaded')?.();
    page.runQueued();
    expect(draw).not.toHaveBeenCalled();
    expect(page.listeners.size).toBe(0);
  });
});
