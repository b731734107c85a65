// Fixes visitors' typos ("pregnent", "bladdr", "acupunture") by finding the closest word
// the engine knows, within one edit (two in long words). Real words near the vocabulary
// are listed by the build and left alone ("morning" is not "moving", "fewer" is not "fever").
// This replaced fuse.js here: a scan of the targets sharing the first letter is exact and costs no
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

/**
 * Edits from `typed` to `target` when within what a typo can do: one slip in a short word,
 * two in a long one; 3 (never a match) beyond. The stem of a long word is judged as the short
 * word it is, so "chatting" (stem "chat") is not two slips from "chest".
 */
export function slips(typed: string, target: string): number {
  const allowed = typed.length >= 8 ? 2 : 1;
  const d = distance(typed, target, allowed);
  return d > allowed ? 3 : d;
}

/** `targets` are the words to correct towards; `alsoKnown` are real words left as they are. */
export function createCorrector(targets: ReadonlySet<string>, alsoKnown: Iterable<string>): Corrector {
  const known = new Set([...targets, ...alsoKnown]);
  // No cache: a message looks up at most 48 words (see analyse.ts), each a scan of ~90 targets.
  return (word) => {
    if (word.length < MIN_LENGTH || word.length > 30 || known.has(word) || known.has(stem(word)) || /[^a-z]/.test(word)) return word;
    let hit = word;
    let best = 3;
    // Targets are words ("bladder") or search terms, which are stems ("needl").
    const root = stem(word);
    for (const t of targets) {
      // Typos rarely touch the first letter: only words sharing it are candidates, which
      // also keeps a swap ("grion") from tying with unrelated words.
      if (t[0] !== word[0]) continue;
      const d = Math.min(slips(word, t), slips(root, t));
      if (d < best) {
        best = d;
        hit = t;
      }
    }
    return hit;
  };
}
