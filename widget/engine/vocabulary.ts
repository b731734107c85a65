// The words the answer engine's speller (spelling.ts) may correct towards: the lexicon's
// curated list; red flags have their own (the rules' `typos-of`). Shared by the index (at run
// time) and the compiler (which lists the common English words near them, so real words are
// never "corrected"). The knowledge
// base's own terms are not targets: they are mostly stems of ordinary words ("prevent",
// "support", "process") with many real neighbours, each of which would have to ship.
import { TYPO_TARGETS } from './lexicon.ts';

export const CORRECTION_TARGETS: ReadonlySet<string> = new Set(TYPO_TARGETS);
