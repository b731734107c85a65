import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi, replay } from '../../../widget/api.ts';

afterEach(() => vi.restoreAllMocks());

function rig() {
  const calls: string[] = [];
  let open = false;
  let started = 0;
  const commands = {
    open: () => ((open = true), calls.push('open')),
    close: () => ((open = false), calls.push('close')),
    toggle: () => calls.push('toggle'),
    ask: (t: string) => calls.push('ask:' + t),
    contact: () => calls.push('contact'),
    on: () => calls.push('on'),
    off: () => calls.push('off'),
    destroy: () => {
      throw new Error('boom');
    },
  };
  const api = createApi(
    () => (started++, { commands, isOpen: () => open }),
    () => open,
  );
  return { api, calls, started: () => started };
}

describe('the page API', () => {
  it('exposes the commands as methods and as a callable, and isOpen as a live getter', () => {
    const { api, calls } = rig();
    api.open();
    expect(api.isOpen).toBe(true);
    api('ask', 'is it safe?');
    api('close');
    expect(api.isOpen).toBe(false);
    expect(calls).toEqual(['open', 'ask:is it safe?', 'close']);
  });

  it('replays the queue stub in order, warning once for an unknown command and running the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, calls } = rig();
    const queue: unknown[] = [];
    const stub = function (...args: unknown[]) {
      queue.push(args);
    };
    stub('open');
    stub('fly-to-the-moon');
    stub('ask', 'hello');
    replay(api, queue);
    expect(calls).toEqual(['open', 'ask:hello']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[faq-widget\] FaqWidget\("fly-to-the-moon"\)/);
  });

  it('logs a command that throws and keeps going', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, calls } = rig();
    replay(api, [['destroy'], ['open']]);
    expect(calls).toEqual(['open']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[faq-widget\] FaqWidget\("destroy"\) threw/));
  });

  it('starts the widget only when a command runs, not when the page reads isOpen or an unknown command', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, started } = rig();
    expect(api.isOpen).toBe(false);
    api('fly-to-the-moon');
    expect(started()).toBe(0);
    api.toggle();
    expect(started()).toBe(1);
  });

  it('ignores inherited names such as toString or constructor', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, calls } = rig();
    expect(() => api('toString')).not.toThrow();
    expect(() => api('constructor')).not.toThrow();
    expect(calls).toEqual([]);
  });
});
