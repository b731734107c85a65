// Finding many phrases in a sentence at once: phrases are indexed by their possible first
// words, so a word looks up only the few phrases that could start with it. Indexing reads only
// each phrase's first word; the whole phrase is parsed the first time a sentence reaches it,
// so building the indexes of the rules file is a short task even on a slow phone.
import { firstWordsOf, matchAt, parsePattern, type Pattern } from './pattern.ts';
import { addTo } from '../text.ts';

export interface Phrase<T> {
  text: string;
  value: T;
  /** The parsed phrase, once it has been needed. */
  pattern?: Pattern;
}

export interface PhraseIndex<T> {
  byFirstWord: Map<string, Phrase<T>[]>;
  /** Phrases that start with a prefix, a number or a gap: tried at every word. */
  anyStart: Phrase<T>[];
}

/** A phrase found in a sentence: words [start, end). */
export interface Match<T> {
  start: number;
  end: number;
  value: T;
}

export function indexPhrases<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const index: PhraseIndex<T> = { byFirstWord: new Map(), anyStart: [] };
  for (const [text, value] of entries) {
    const phrase: Phrase<T> = { text, value };
    const first = firstWordsOf(text);
    if (!first) index.anyStart.push(phrase);
    for (const w of new Set(first)) addTo(index.byFirstWord, w, phrase);
  }
  return index;
}

/** Every phrase that matches starting at word `i`. */
export function matchesAt<T>(index: PhraseIndex<T>, tokens: readonly string[], i: number): Match<T>[] {
  const out: Match<T>[] = [];
  for (const list of [index.byFirstWord.get(tokens[i]) ?? [], index.anyStart]) {
    for (const phrase of list) {
      const end = matchAt((phrase.pattern ??= parsePattern(phrase.text)), tokens, i);
      if (end > i) out.push({ start: i, end, value: phrase.value });
    }
  }
  return out;
}

/** Every match of every phrase, anywhere in the sentence. */
export function findAll<T>(index: PhraseIndex<T>, tokens: readonly string[]): Match<T>[] {
  const out: Match<T>[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(...matchesAt(index, tokens, i));
  return out;
}

/**
 * Replaces phrases left to right, longest first: each match becomes `replace(value)`.
 * `clause` holds each word's clause number and is rewritten alongside.
 */
export function rewrite<T>(
  index: PhraseIndex<T>,
  tokens: string[],
  clause: number[],
  replace: (value: T) => string,
): { tokens: string[]; clause: number[] } {
  const out = { tokens: [] as string[], clause: [] as number[] };
  for (let i = 0; i < tokens.length;) {
    const best = matchesAt(index, tokens, i).sort((a, b) => b.end - a.end)[0];
    out.tokens.push(best ? replace(best.value) : tokens[i]);
    out.clause.push(clause[i]);
    i = best ? best.end : i + 1;
  }
  return out;
}
