// Typo correction: within one edit of a word the engine knows (two in long words), never
// towards a word of another first letter, and never of a real word the build listed.
import { describe, expect, it } from 'vitest';
import { createCorrector, distance, slips } from '../../../widget/engine/corrector.ts';

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

describe('slips', () => {
  it('allows one slip in a word under eight letters', () => {
    expect(slips('pregnnt', 'pregnant')).toBe(1);
    expect(slips('prgnnt', 'pregnant')).toBe(3);
  });

  it('allows two slips in a word of eight letters or more', () => {
    expect(slips('physiotherpist', 'physiotherapist')).toBe(1);
    expect(slips('acpuncure', 'acupuncture')).toBe(2);
  });

  it('answers 3, never a match, beyond what a typo can do', () => {
    expect(slips('chatting', 'chest')).toBe(3);
    expect(slips('chat', 'chest')).toBe(3);
  });
});

describe('a corrector', () => {
  const correct = createCorrector(new Set(['bladder', 'pregnant', 'pregnancy', 'needl', 'fever']), ['fewer']);

  it.each([
    ['bladdr', 'bladder'],
    ['pregnent', 'pregnant'],
    ['pregnency', 'pregnancy'],
  ])('corrects %s to the closest word it knows, %s', (typed, fixed) => {
    expect(correct(typed)).toBe(fixed);
  });

  it('corrects towards a stem through the stem of what was typed ("neddles" to "needl")', () => {
    expect(correct('neddles')).toBe('needl');
  });

  it('leaves the words it knows as they are, whether targets, real words or forms of them', () => {
    expect(['bladder', 'fewer', 'fevers'].map(correct)).toEqual(['bladder', 'fewer', 'fevers']);
  });

  it('corrects a real word that the build did not list as one', () => {
    expect(createCorrector(new Set(['fever']), [])('fewer')).toBe('fever');
  });

  it('only looks at words that share the first letter', () => {
    expect(correct('lbadder')).toBe('lbadder');
  });

  it.each([
    ['short words, too easily another word', 'fevr'],
    ['words with digits', 'bladdr2'],
    ['words longer than 30 letters', 'b'.repeat(31)],
    ['words near nothing it knows', 'zebra'],
  ])('leaves alone %s', (_, word) => {
    expect(correct(word)).toBe(word);
  });
});
