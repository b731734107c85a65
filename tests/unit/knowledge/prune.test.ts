import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pruneRedundant } from '../../../knowledge/red-flags/syntax.ts';
import { matchAt, parsePattern } from '../../../widget/engine/redflags/pattern.ts';

describe('pruning redundant red-flag phrases at build time', () => {
  it('drops alternatives that a prefix in the same slot already takes', () => {
    expect(pruneRedundant(['paraly*/paralys/paralysis/paralyz*'])).toEqual(['paraly*']);
    expect(pruneRedundant(['relaps/relaps* ... cutt'])).toEqual(['relaps* ... cutt']);
  });

  it('drops a phrase that another matches at the same words, and keeps one copy of a duplicate', () => {
    expect(pruneRedundant(['end her/my life', 'end/take her/his/my life'])).toEqual(['end/take her/his/my life']);
    expect(pruneRedundant(['kill it', 'kill it'])).toEqual(['kill it']);
    expect(pruneRedundant(['unaliv', 'unaliv*'])).toEqual(['unaliv*']);
  });

  it('merges phrases that differ in one word only, and no others', () => {
    expect(pruneRedundant(['end her life', 'take her life', 'kill it', 'kill me'])).toEqual([
      'end/take her life',
      'kill it/me',
    ]);
    expect(pruneRedundant(['end her life', 'take his life'])).toEqual(['end her life', 'take his life']);
    expect(pruneRedundant(['fall ... hard', 'slip ... hard'])).toEqual(['fall ... hard', 'slip ... hard']);
  });

  it('keeps phrases of another length, with a gap, or a phrase alternative a one-word prefix cannot take', () => {
    expect(pruneRedundant(['fall asleep', 'fall ... asleep', 'fall'])).toEqual([
      'fall asleep',
      'fall ... asleep',
      'fall',
    ]);
    expect(pruneRedundant(['(fall over/trip) badly', 'fall*/trip badly'])).toEqual([
      '(fall over/trip) badly',
      'fall*/trip badly',
    ]);
  });

  it('matches exactly the same words as the list it came from', () => {
    const word = fc.constantFrom('fall', 'falls', 'fallen', 'over', 'leg', 'legs', 'numb');
    const slot = fc.array(fc.constantFrom('fall', 'fall*', 'over', 'leg', 'leg*', 'numb', '(fall over)', '...'), {
      minLength: 1,
      maxLength: 3,
    });
    const phrase = fc.array(slot, { minLength: 1, maxLength: 3 }).map((slots) =>
      slots
        .map((alts) => [...new Set(alts)])
        .map((alts, i, all) =>
          alts.includes('...')
            ? i > 0 && i < all.length - 1 && all[i - 1][0] !== '...'
              ? '...'
              : 'numb'
            : alts.some((a) => a.includes(' '))
              ? `(${alts.map((a) => a.replace(/[()]/g, '')).join('/')})`
              : alts.join('/'),
        )
        .join(' '),
    );
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 5 }),
        fc.array(word, { maxLength: 8 }),
        (phrases, tokens) => {
          const ends = (list: string[]) =>
            tokens.map((_, start) =>
              [...new Set(list.map((p) => matchAt(parsePattern(p), tokens, start)))]
                .filter((e) => e >= 0)
                .sort()
                .join(),
            );
          expect(ends(pruneRedundant(phrases))).toEqual(ends(phrases));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
