// The light stemmer: forms of one word fold together on both sides of the search.
import { describe, expect, it } from 'vitest';
import { stem, stems } from '../../../widget/engine/stem.ts';

describe('stem', () => {
  it.each([
    [['needle', 'needles', 'needling', 'needled'], 'needl'],
    [['hurt', 'hurts', 'hurting'], 'hurt'],
    [['sore', 'soreness'], 'sore'],
    [['numb', 'numbness'], 'numb'],
    [['injury', 'injuries'], 'injury'],
    [['session', 'sessions'], 'session'],
    [['stop', 'stopped'], 'stop'],
  ])('folds %j to %s', (forms, expected) => {
    expect(forms.map(stem)).toEqual(forms.map(() => expected));
  });

  it('leaves words of three letters or fewer as they are', () => {
    expect(['ran', 'bus', 'is'].map(stem)).toEqual(['ran', 'bus', 'is']);
  });

  it('keeps the s of words that end in ss, us or is', () => {
    expect(['class', 'virus', 'analysis'].map(stem)).toEqual(['class', 'virus', 'analysis']);
  });

  it('keeps a doubled l or s, which is part of the word', () => {
    expect(['swelling', 'glasses'].map(stem)).toEqual(['swell', 'glass']);
  });
});

describe('stems', () => {
  it('gives the set of the stems of space-separated words, each once', () => {
    expect(stems('needles and needling')).toEqual(new Set(['needl', 'and']));
  });
});
