import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../widget/engine/spelling.ts';

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
