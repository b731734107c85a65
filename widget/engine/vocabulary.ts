// The words the typo corrector may correct towards: a curated list plus the knowledge
// base's longer search terms. Shared by the index (at run time) and the compiler (which
// lists the common English words near them, so real words are never "corrected").
import { TYPO_TARGETS } from './lexicon.ts';
import { RED_FLAG_WORDS } from './redflags.ts';

/** Shorter terms sit too close to too many real words to be worth correcting towards. */
const MIN_TERM_LENGTH = 7;

export function correctionTargets(terms: Iterable<string>): Set<string> {
  const out = new Set([...TYPO_TARGETS, ...RED_FLAG_WORDS]);
  for (const t of terms) if (t.length >= MIN_TERM_LENGTH) out.add(t);
  return out;
}
