import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../../widget/events.ts';

describe('events', () => {
  it('delivers payloads to every handler, survives a handler that throws, and stops after off()', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const e = createEmitter();
    const got: unknown[] = [];
    const good = (p: unknown) => got.push(p);
    e.on('feedback', () => {
      throw new Error('host bug');
    });
    e.on('feedback', good);
    e.emit('feedback', { topic: 'safety', helpful: true });
    expect(got).toEqual([{ topic: 'safety', helpful: true }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[faq-widget]'));
    e.off('feedback', good);
    e.emit('feedback', { topic: 'safety', helpful: false });
    expect(got).toHaveLength(1);
    warn.mockRestore();
  });

  it('ignores handlers that are not functions, and still calls the ones that are', () => {
    const e = createEmitter();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const got: unknown[] = [];
    e.on('question', 'nope' as never);
    e.on('question', (p) => got.push(p));
    e.emit('question', { text: 'is it safe?', kind: 'answer', topic: 'safety' });
    expect(got).toEqual([{ text: 'is it safe?', kind: 'answer', topic: 'safety' }]);
    // Nothing was registered for the string, so nothing failed and nothing was logged.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
