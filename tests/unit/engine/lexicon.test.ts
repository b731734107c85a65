// The lexicon ships inside the widget: every word has to earn its bytes.
import { describe, expect, it } from 'vitest';
import { FOREIGN, isStop, LIGHT, SPELLING, SYNONYMS } from '../../../widget/engine/lexicon.ts';
import { stem } from '../../../widget/engine/stem.ts';

/** Words of `list` whose stem an earlier word of the same list already has. */
function redundant(list: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of list) {
    if (seen.has(stem(w))) out.push(w);
    seen.add(stem(w));
  }
  return out;
}

describe('the lexicon', () => {
  it('lists no synonym whose stem another word of its group already covers', () => {
    expect(SYNONYMS.flatMap(redundant)).toEqual([]);
  });

  it('lists no foreign or light word twice under one stem', () => {
    expect(redundant(FOREIGN)).toEqual([]);
    expect(redundant(LIGHT)).toEqual([]);
  });

  it('gives every stem to one synonym group only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of SYNONYMS) {
      for (const w of group) {
        const prev = owner.get(stem(w));
        if (prev !== undefined && prev !== group[0]) clashes.push(`${w} (${prev} / ${group[0]})`);
        owner.set(stem(w), group[0]);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no synonym group of a single word, which would map a word to itself', () => {
    expect(SYNONYMS.filter((g) => g.length < 2)).toEqual([]);
  });

  it('lists no synonym that text-speak expansion or the stop list removes before it could be seen', () => {
    expect(SYNONYMS.flat().filter((w) => SPELLING.has(w) || isStop(w))).toEqual([]);
  });

  it('weighs no word lightly that the stop list already drops', () => {
    expect([...LIGHT].filter(isStop)).toEqual([]);
  });
});
