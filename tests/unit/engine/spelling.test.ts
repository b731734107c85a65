import { describe, expect, it } from 'vitest';
import { createSpeller, distance } from '../../../widget/engine/spelling.ts';

const spell = createSpeller({ targets: ['bladder', 'cant', 'fever', 'back', 'numbness', 'incontinence'], prefixes: ['tingl'], realWords: ['fewer', 'want'] });

describe('the red-flag speller', () => {
  it.each([
    ['bladdr', 'bladder'],
    ['cnat', 'cant'],
    ['cnt', 'cant'],
    ['fevr', 'fever'],
    ['bak', 'back'],
    ['numbnes', 'numbness'],
    ['incontinance', 'incontinence'],
  ])('reads the typo "%s" as "%s"', (typed, meant) => {
    expect(spell(typed)).toBe(meant);
  });

  it.each(['fewer', 'want', 'ba', 'b4ck', 'vladder', 'tinglish'])('leaves "%s" as typed: a real word, too short, not a word, a first letter changed, or a known word start', (w) => {
    expect(spell(w)).toBe(w);
  });

  it('corrects a four-letter word only for swapped or missing letters, never a changed one ("cart" is not "cant")', () => {
    expect(spell('cart')).toBe('cart');
  });
});

describe('distance', () => {
  it.each([
    ['groin', 'groin', 0],
    ['bladdr', 'bladder', 1],
    ['bladdder', 'bladder', 1],
    ['blabder', 'bladder', 1],
    ['grion', 'groin', 1],
  ])('counts %s to %s as %i edits, a swap of two neighbours being one', (a, b, edits) => {
    expect(distance(a, b, 2)).toBe(edits);
    expect(distance(b, a, 2)).toBe(edits);
  });

  it('stops at one past the limit instead of counting on', () => {
    expect(distance('kitten', 'sitting', 1)).toBe(2);
    expect(distance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('gives up at once when the lengths alone differ by more than the limit', () => {
    expect(distance('ab', 'abcdef', 2)).toBe(3);
  });
});
