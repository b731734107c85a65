// One form per word for matching: "falling", "fell" and "fallen" all read "fall", so the rules
// file lists a word once and every inflection of it matches. The build reduces the rules'
// words the same way (knowledge/red-flags/compile.ts), so both sides always agree.
import { stem } from '../stem.ts';

/**
 * Irregular forms the stemmer cannot see, as form:lemma pairs. Not "took" or "broken": "took all my pills" is not
 * "take all my pills", and a broken bladder is not a break.
 */
const IRREGULAR = new Map(
  (
    'fell:fall fallen:fall gave:give given:give woke:wake woken:wake went:go gone:go came:come ran:run ' +
    'felt:feel lost:lose losing:lose thought:think bought:buy stood:stand sat:sit wrote:write ' +
    'written:write drove:drive threw:throw thrown:throw burnt:burn flew:fly flown:fly said:say kept:keep ' +
    'made:make found:find got:get died:die dying:die lying:lie hung:hang'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Plurals that mean something here: "legs" are both legs, "buttocks" both buttocks; AIDS is no aid. */
const PLURALS = new Set('legs thighs calves buttocks cheeks shins ankles knees aids'.split(' '));

export function lemma(word: string): string {
  return IRREGULAR.get(word) ?? (PLURALS.has(word) ? word : stem(word));
}
