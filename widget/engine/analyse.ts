// One pipeline for both sides: the knowledge base's questions and the visitor's text
// become the same kind of token list, so matching compares meaning, not spelling.
import { once, words } from './text.ts';
import { stem } from './stem.ts';
import { isStop, SPELLING, STOP, SYNONYMS } from './lexicon.ts';
import { COMPOUNDS } from './compounds.ts';
import type { Speller } from './spelling.ts';

/** Every synonym's stem, mapped to its group's first word's. */
const canonical = once(() => new Map(SYNONYMS.flatMap((group) => group.map((w) => [stem(w), stem(group[0])]))));

/** Words after text-speak expansion and typo correction, before any phrase is folded. */
// Every word gets a look-up: the speller remembers its answers, and answer() reads at most
// MAX_TEXT characters, so a long paste stays fast.
export function correctedWords(raw: string, correct?: Speller): string[] {
  return words(raw).map((w) => {
    const spelled = SPELLING.get(w) ?? w;
    return !correct || STOP.has(spelled) ? spelled : correct(spelled);
  });
}

/** Corrected words with the lexicon's phrases folded ("how long" reads "howlong"): what intents look at. */
export function surfaceWords(raw: string, correct?: Speller): string[] {
  return foldPhrases(correctedWords(raw, correct));
}

/** Folds the lexicon's phrases (see phrases.ts) into single tokens. */
export function foldPhrases(corrected: string[]): string[] {
  let joined = corrected.join(' ');
  for (const [re, to] of COMPOUNDS) joined = joined.replace(re, to);
  return joined.split(' ').filter(Boolean);
}

/** Meaningful tokens: stop words dropped, stemmed, synonyms folded; duplicates kept out. */
export function terms(surface: string[]): string[] {
  const seen = new Set<string>();
  for (const w of surface) {
    if (isStop(w)) continue;
    const s = stem(w);
    seen.add(canonical().get(s) ?? s);
  }
  return [...seen];
}
