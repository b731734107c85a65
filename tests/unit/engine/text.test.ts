// What a visitor types, reduced to plain lowercase words, whatever it holds.
import { describe, expect, it } from 'vitest';
import { words } from '../../../widget/engine/text.ts';

describe('words', () => {
  it('lowercases and drops accents', () => {
    expect(words('Café NAÏVE e\u0301')).toEqual(['cafe', 'naive', 'e']);
  });

  it('joins a word across a straight or curly apostrophe', () => {
    expect(words("don't I’m it`s")).toEqual(['dont', 'im', 'its']);
  });

  it('splits on punctuation, emoji and markup, and keeps digits', () => {
    expect(words('is it safe?!🙂 <b>3 sessions</b>')).toEqual(['is', 'it', 'safe', 'b', '3', 'sessions', 'b']);
  });

  it('keeps letters of other scripts, lowercased', () => {
    expect(words('ПРИВЕТ мир')).toEqual(['привет', 'мир']);
  });

  it('unfolds ligatures and full-width letters', () => {
    expect(words('ﬁne ｓａｆｅ')).toEqual(['fine', 'safe']);
  });

  it.each(['', '   ', '?!...', '\ud800', '\u200b\u200d\ufeff'])('returns no words for %j', (raw) => {
    expect(words(raw)).toEqual([]);
  });

  // The engine's answer() cuts a message to MAX_TEXT before it gets here (answer.test.ts).
  it('reads every word of a long text', () => {
    expect(words('x '.repeat(10_000) + 'bladder').at(-1)).toBe('bladder');
  });
});
