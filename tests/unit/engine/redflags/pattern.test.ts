import { describe, expect, it } from 'vitest';
import { firstWordsOf, matchAt, parsePattern } from '../../../../widget/engine/redflags/pattern.ts';
import { rulePrefixes } from '../../../../widget/engine/redflags/compiled.ts';
import { compileRedFlags } from '../../../../knowledge/red-flags/compile.ts';

const ends = (pattern: string, text: string) => matchAt(parsePattern(pattern), text.split(' '), 0);

describe('the rules file phrase syntax', () => {
  it('matches words in order, each alternative of a/b, and a prefix with *', () => {
    expect(ends('lost control', 'lost control of')).toBe(2);
    expect(ends('pee/wee myself', 'wee myself')).toBe(2);
    expect(ends('numb*', 'numbness')).toBe(1);
    expect(ends('numb*', 'dumb')).toBe(-1);
  });

  it('matches a bracketed phrase among alternatives', () => {
    expect(ends('(loss of/no) feeling', 'loss of feeling')).toBe(3);
    expect(ends('(loss of/no) feeling', 'no feeling')).toBe(2);
    expect(ends('(loss of/no) feeling', 'loss feeling')).toBe(-1);
  });

  it('lets "..." stand for up to four words, and no more', () => {
    expect(ends('lost ... control', 'lost all my bladder control')).toBe(5);
    expect(ends('lost ... control', 'lost a b c d control')).toBe(6);
    expect(ends('lost ... control', 'lost a b c d e control')).toBe(-1);
  });

  it('reads <number> as any number, in digits or words, and <year> as a year', () => {
    expect(ends('fell <number> metres', 'fell 3 metres')).toBe(3);
    expect(ends('fell <number> metres', 'fell three metres')).toBe(3);
    expect(ends('in <year>', 'in 2015')).toBe(2);
    expect(ends('in <year>', 'in 12')).toBe(-1);
  });
});

describe('indexing the rules file without parsing it', () => {
  const { rules } = compileRedFlags();
  const phrases = [
    ...Object.values(rules.ideas).flat(),
    ...rules.lookAlikes,
    ...rules.sameAs.flatMap(([, list]) => list),
    ...Object.values(rules.context).flatMap((v) => (Array.isArray(v) ? v : Object.values(v).flat())),
  ].filter((p): p is string => typeof p === 'string');

  // What parsing the whole phrase says, as the reference the text-only readings must agree with.
  const parsedWords = (p: string) => parsePattern(p).flatMap((step) => ('gap' in step ? [] : step.alternatives.flat()));
  const firstWordsParsed = (p: string) => {
    const first = parsePattern(p)[0];
    if (!first || 'gap' in first) return null;
    const words = first.alternatives.map((phrase) => phrase[0]);
    return words.every((w) => 'word' in w) ? words.map((w) => (w as { word: string }).word) : null;
  };

  it("reads every phrase's first words from its text as parsing would", () => {
    expect(phrases.length).toBeGreaterThan(500);
    for (const p of phrases) expect(firstWordsOf(p), p).toEqual(firstWordsParsed(p));
    expect(firstWordsOf('... numb')).toBeNull();
    expect(firstWordsOf('numb* legs')).toBeNull();
    expect(firstWordsOf('(lost all/no) feeling')).toEqual(['lost', 'no']);
  });

  it('reads the same prefixes for the speller as parsing every phrase would', () => {
    const parsed = phrases.flatMap(parsedWords).flatMap((w) => ('prefix' in w ? [w.prefix] : []));
    expect(new Set(rulePrefixes(rules))).toEqual(new Set(parsed));
    expect(rulePrefixes(rules).length).toBeGreaterThan(10);
  });
});
