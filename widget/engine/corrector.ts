// Fixes visitors' typos ("pregnent", "bladdr", "acupunture") by finding the closest word
// the engine knows. fuse.js proposes candidates; an edit-distance check then accepts only
// true near-misses, so a real word is never "corrected" into another ("morning" is not
// "moving", "fewer" is not "fever").
import Fuse from 'fuse.js/basic';
import { stem } from './stem.ts';

const MIN_LENGTH = 5;

export type Corrector = (word: string) => string;

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

/** `targets` are the words to correct towards; `alsoKnown` are real words left as they are. */
export function createCorrector(targets: Set<string>, alsoKnown: Iterable<string>): Corrector {
  const known = new Set([...targets, ...alsoKnown]);
  const list = [...targets].filter((w) => w.length >= MIN_LENGTH - 1);
  const fuse = new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true });
  const cache = new Map<string, string>();
  return (word) => {
    if (word.length < MIN_LENGTH || word.length > 30 || known.has(word) || known.has(stem(word)) || /[^a-z]/.test(word)) return word;
    let hit = cache.get(word);
    if (hit === undefined) {
      hit = word;
      // One slip in a short word, two in a long one; typos rarely touch the first letter.
      const allowed = word.length >= 8 ? 2 : 1;
      let best = allowed + 1;
      // Targets are words ("bladder") or search terms, which are stems ("needl").
      const root = stem(word);
      for (const r of fuse.search(word, { limit: 10 })) {
        if (r.item[0] !== word[0]) continue;
        const d = Math.min(distance(word, r.item, allowed), distance(root, r.item, allowed));
        if (d < best) {
          best = d;
          hit = r.item;
        }
      }
      if (cache.size < 5000) cache.set(word, hit);
    }
    return hit;
  };
}
