// Fixes visitors' typos ("pregnent", "bladdr", "acupunture") by finding the closest word
// the engine knows, within one edit (two in long words). Real words near the vocabulary
// are listed by the build and left alone ("morning" is not "moving", "fewer" is not "fever").
// This replaced fuse.js here: a scan of one first-letter bucket is exact and costs no
// bundle bytes, where fuse.js cost 4 KB gzip (see ARCHITECTURE.md).
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
export function createCorrector(targets: ReadonlySet<string>, alsoKnown: Iterable<string>): Corrector {
  const known = new Set([...targets, ...alsoKnown]);
  // Typos rarely touch the first letter, so candidates come from words sharing it: in one
  // big list, a swap ("grion") scores no better than dozens of unrelated words and the
  // right one can fall out of the top ten.
  const byLetter = new Map<string, string[]>();
  for (const w of targets) {
    if (w.length < MIN_LENGTH - 1) continue;
    const list = byLetter.get(w[0]);
    if (list) list.push(w);
    else byLetter.set(w[0], [w]);
  }
  const cache = new Map<string, string>();
  return (word) => {
    if (word.length < MIN_LENGTH || word.length > 30 || known.has(word) || known.has(stem(word)) || /[^a-z]/.test(word)) return word;
    let hit = cache.get(word);
    if (hit === undefined) {
      hit = word;
      // One slip in a short word, two in a long one.
      const allowed = word.length >= 8 ? 2 : 1;
      let best = allowed + 1;
      // Targets are words ("bladder") or search terms, which are stems ("needl").
      const root = stem(word);
      for (const t of byLetter.get(word[0]) ?? []) {
        const d = Math.min(distance(word, t, allowed), distance(root, t, allowed));
        if (d < best) {
          best = d;
          hit = t;
        }
      }
      if (cache.size < 5000) cache.set(word, hit);
    }
    return hit;
  };
}
