// The scorer of the never-tuned clinic-facts set (scripts/lib/clinic-set.ts): what counts as right
// for each label, and which misses count as confident wrong answers.
import { describe, expect, it } from 'vitest';
import { meetsClinic, scoreClinic } from '../../../scripts/lib/clinic-set.ts';

describe('the clinic-facts scorer', () => {
  it('wants an answer from the fact of the labelled topic', () => {
    expect(meetsClinic({ kind: 'answer', topic: 'prices' }, 'prices')).toBe(true);
    expect(meetsClinic({ kind: 'answer', topic: 'hours' }, 'prices')).toBe(false);
    expect(meetsClinic({ kind: 'fallback', topic: null }, 'prices')).toBe(false);
  });

  it('wants the booking reply for a request to book, and a guide answer (not a clinic fact) for a guide question', () => {
    expect(meetsClinic({ kind: 'booking', topic: null }, 'book-request')).toBe(true);
    expect(meetsClinic({ kind: 'contact', topic: null }, 'book-request')).toBe(false);
    expect(meetsClinic({ kind: 'answer', topic: 'safety' }, 'guide')).toBe(true);
    expect(meetsClinic({ kind: 'answer', topic: 'prices' }, 'guide')).toBe(false);
  });

  it('wants an honest fallback or the team for what neither covers', () => {
    expect(meetsClinic({ kind: 'fallback', topic: null }, 'none')).toBe(true);
    expect(meetsClinic({ kind: 'contact', topic: null }, 'none')).toBe(true);
    expect(meetsClinic({ kind: 'answer', topic: 'safety' }, 'none')).toBe(false);
  });

  it('counts a wrong answer given outright apart from an honest miss', () => {
    const replies: Record<string, { kind: 'answer' | 'clarify'; topic: 'prices' | 'hours' | null }> = {
      a: { kind: 'answer', topic: 'prices' },
      b: { kind: 'answer', topic: 'prices' },
      c: { kind: 'clarify', topic: null },
    };
    const s = scoreClinic(
      [
        { q: 'a', expect: 'prices' },
        { q: 'b', expect: 'hours' },
        { q: 'c', expect: 'hours' },
      ],
      (q) => replies[q],
    );
    expect(s).toMatchObject({
      total: 3,
      right: 1,
      wrongAnswers: 1,
      byLabel: { prices: { right: 1, total: 1 }, hours: { right: 0, total: 2 } },
    });
  });
});
