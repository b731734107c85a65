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

  it('ignores handlers that are not functions', () => {
    const e = createEmitter();
    expect(() => e.on('open', 'nope' as never)).not.toThrow();
    expect(() => e.emit('open', {})).not.toThrow();
  });
});
