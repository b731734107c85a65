// Typos in the words that matter: "bladdr" is read as "bladder", "cnat" as "cant",
// "pregnent" as "pregnant". Each engine lists the words worth correcting towards (the red-flag
// rules' `typos-of`, the lexicon's TYPO_TARGETS); the build lists the common English words near
// them ("fewer" beside "fever", "morning" beside "moving"), which are never changed. Words of
// three or four letters are corrected only for two swapped letters ("cnat") or one missing
// letter ("cnt", "fevr", "bak"). A scan of the targets sharing the first letter is exact and
// costs no bundle bytes; fuse.js did worse here and cost 4 KB gzip (see ARCHITECTURE.md).
import { addTo } from './text.ts';

/** Edits (insert, delete, substitute, swap two neighbours) between a and b, stopping past max. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      low = Math.min(low, v);
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export type Speller = (word: string) => string;

export interface SpellingLists {
  /** The words typos are corrected towards. */
  targets: Iterable<string>;
  /** Word starts from the rules ("numb" of "numb*"): a word starting with one is read as typed. */
  prefixes: Iterable<string>;
  /** Common words, and the rules' own words, that sit near the targets: read as typed. */
  realWords: Iterable<string>;
}

const MIN_LENGTH = 3;
const SHORT = 4;

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');
/** `short` is `long` with one letter left out. */
const missingOne = (short: string, long: string) =>
  long.length === short.length + 1 && [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);

function byFirstLetter(words: Iterable<string>, keep: (w: string) => boolean): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of new Set(words)) {
    if (keep(w)) addTo(map, w[0], w);
  }
  return map;
}

export function createSpeller(lists: SpellingLists): Speller {
  const known = new Set([...lists.targets, ...lists.realWords]);
  const short = byFirstLetter(lists.targets, (w) => w.length >= MIN_LENGTH && w.length <= SHORT + 1);
  const long = byFirstLetter(lists.targets, (w) => w.length > 4);
  const prefixes = [...new Set(lists.prefixes)];
  const cache = new Map<string, string>();

  function correct(word: string): string {
    if (word.length < MIN_LENGTH || known.has(word) || /[^a-z]/.test(word)) return word;
    if (prefixes.some((p) => word.startsWith(p))) return word;
    // Typos rarely touch the first letter: only words that share it are candidates.
    if (word.length <= SHORT) {
      const near = (t: string) =>
        (t.length === word.length && distance(word, t, 1) === 1 && sameLetters(word, t)) || missingOne(word, t);
      return short.get(word[0])?.find(near) ?? word;
    }
    const max = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    for (const t of long.get(word[0]) ?? []) {
      if (Math.abs(t.length - word.length) > max) continue;
      const d = distance(word, t, max);
      if (d < bestDistance) [best, bestDistance] = [t, d];
    }
    return best;
  }

  // Every word's correction is remembered: a visitor types a few hundred distinct words at most,
  // and a message is at most MAX_TEXT characters, so the memory stays small.
  return (word) => {
    let fixed = cache.get(word);
    if (fixed === undefined) cache.set(word, (fixed = correct(word)));
    return fixed;
  };
}
