// The knowledge index: every entry's phrasings as weighted terms, with an inverted
// index so a question costs a handful of look-ups even on a large base.
import type { Entry, Knowledge } from './types.ts';
import { createSpeller, type Speller } from './spelling.ts';
import { correctedWords, foldPhrases, terms } from './analyse.ts';
import { FOREIGN, LIGHT, STOP } from './lexicon.ts';
import { CORRECTION_TARGETS } from './lexicon.ts';
import { phrasings as phrasingsOf, type Phrasing } from './phrasings.ts';
import { stem } from './stem.ts';
import { addTo, once } from './text.ts';

/** Weight of a word the knowledge base has never seen, and of one it must not answer. */
const UNKNOWN_WEIGHT = 1;
const FOREIGN_WEIGHT = 4;
/** Question and helper words ("what", "should", "first") nudge, they do not decide. */
const LIGHT_WEIGHT = 0.4;
/** A keyword is a hint, not a question someone asked: it counts for less. */
const KEYWORD_FACTOR = 0.8;

interface WeightedPhrasing extends Phrasing {
  weight: number;
}

export interface SearchIndex {
  entries: Entry[];
  phrasings: WeightedPhrasing[][];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  correct: Speller;
}

export interface Ranked {
  entry: number;
  score: number;
}

const foreignStems = once(() => new Set([...FOREIGN].map(stem)));
const lightStems = once(() => new Set([...LIGHT].map(stem)));

function weigh(idf: Map<string, number>, t: string): number {
  if (lightStems().has(t)) return LIGHT_WEIGHT;
  return idf.get(t) ?? (foreignStems().has(t) ? FOREIGN_WEIGHT : UNKNOWN_WEIGHT);
}

export function buildIndex(knowledge: Knowledge): SearchIndex {
  const { entries } = knowledge;
  const raw = entries.map(phrasingsOf);
  const postings = new Map<string, number[]>();
  raw.forEach((ps, i) => {
    for (const t of new Set(ps.flatMap((p) => p.terms))) addTo(postings, t, i);
  });
  const idf = new Map<string, number>();
  for (const [t, list] of postings) idf.set(t, Math.log(1 + entries.length / list.length));
  const phrasings = raw.map((ps) => ps.map((p) => ({ ...p, weight: p.terms.reduce((s, t) => s + weigh(idf, t), 0) })));
  // Foreign words by their stems too, so the lexicon lists one form ("massages" is known through "massag").
  const correct = createSpeller({
    targets: CORRECTION_TARGETS,
    prefixes: [],
    realWords: [...STOP, ...FOREIGN, ...foreignStems(), ...(knowledge.realWords ?? [])],
  });
  return { entries, phrasings, postings, idf, correct };
}

/**
 * Scores entries 0..1: mostly how well the visitor's words and the entry's closest
 * phrasing overlap (weighted Dice), partly how much of the visitor's meaning the
 * entry's vocabulary explains at all.
 *
 * `focus` scales some of the visitor's terms down (the backstory around a question).
 * Backstory then weighs on every entry's score, so scores are measured against the one a
 * perfect answer to the question alone would get: long messages are judged on the
 * thresholds' usual scale, and an entry that also fits the backstory may pass 1.
 */
export function rank(index: SearchIndex, query: string[], focus?: ReadonlyMap<string, number>): Ranked[] {
  const w = (t: string) => weigh(index.idf, t);
  const wq = (t: string) => w(t) * (focus?.get(t) ?? 1);
  const total = query.reduce((s, t) => s + wq(t), 0);
  if (!total) return [];
  // The score of a phrasing made of exactly the question's own (unscaled) terms.
  const full = query.reduce((s, t) => s + ((focus?.get(t) ?? 1) >= 1 ? w(t) : 0), 0);
  const perfect = focus && full ? 0.75 * ((2 * full) / (total + full)) + 0.25 * (full / total) : 1;
  const matched = new Map<number, number>();
  for (const t of query) {
    for (const i of index.postings.get(t) ?? []) matched.set(i, (matched.get(i) ?? 0) + wq(t));
  }
  const q = new Set(query);
  const out: Ranked[] = [];
  for (const [i, m] of matched) {
    let best = 0;
    for (const p of index.phrasings[i]) {
      // Dice with each side's own weights: the shared terms as the visitor weighs them plus as the entry does.
      let hit = 0;
      for (const t of p.terms) if (q.has(t)) hit += w(t) + wq(t);
      const dice = (hit / (total + p.weight)) * (p.keyword ? KEYWORD_FACTOR : 1);
      if (dice > best) best = dice;
    }
    out.push({ entry: i, score: (0.75 * best + 0.25 * (m / total)) / perfect });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Terms naming something the guide does not cover that this entry does not mention either. */
export function uncoveredSubjects(index: SearchIndex, entry: number, query: string[]): string[] {
  // An entry that mentions the word in passing ("a pillow between your knees") does not
  // cover it: a phrasing must hold the word together with something else the visitor said.
  return query.filter(
    (t) =>
      foreignStems().has(t) &&
      !index.phrasings[entry].some((p) => p.terms.includes(t) && p.terms.some((u) => u !== t && query.includes(u))),
  );
}

/**
 * The visitor's words: corrected (what red flags are checked on, before the lexicon's
 * phrases can fold "can't pee" into something milder), with phrases folded (what the
 * intents read), and reduced to terms the index understands.
 */
export function queryTerms(index: SearchIndex, text: string): { words: string[]; surface: string[]; terms: string[] } {
  const words = correctedWords(text, index.correct);
  const surface = foldPhrases(words);
  return { words, surface, terms: terms(surface) };
}
