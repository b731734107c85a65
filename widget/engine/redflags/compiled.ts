// The rules file as the engine uses it: phrase indexes built once per rules object, on first
// use (nothing is built when the widget loads).
import type { ContextLexicon, Patterns, RedFlagRules } from './types.ts';
import { indexPhrases, type PhraseIndex } from './phrases.ts';
import { createSpeller, type Speller } from '../spelling.ts';
import type { TriggerKind } from './context.ts';
import { once, oncePer } from '../text.ts';

/** Each part is built the first time it is asked for. */
export interface Compiled {
  spell: () => Speller;
  sameAs: () => PhraseIndex<string>;
  lookAlikes: () => PhraseIndex<null>;
  ideas: () => PhraseIndex<string>;
  triggers: () => PhraseIndex<TriggerKind>;
}

/** Where each kind of trigger comes from in the rules file's `context`. */
const TRIGGERS: [TriggerKind, (c: ContextLexicon) => Patterns][] = [
  ['clause-end', (c) => c.clauseEnds],
  ['not-trigger', (c) => c.notTriggers],
  ['negated-before', (c) => c.negated.before],
  ['negated-verb', (c) => c.negated.verbBefore],
  ['negated-after', (c) => c.negated.after],
  ['negation-end', (c) => c.negated.endsAt],
  ['past-before', (c) => c.past.before],
  ['past-after', (c) => c.past.after],
  ['current', (c) => c.past.current],
  ['asked-before', (c) => c.asked.before],
  ['asked-after', (c) => c.asked.after],
  ['reported-by', (c) => c.asked.reportedBy],
  ['not-reported-by', (c) => c.asked.notReportedBy],
  ['hypothetical-before', (c) => c.hypothetical.before],
  ['cause-before', (c) => c.cause.before],
  ['warning-signs', (c) => c.warningSigns],
  ['question-opener', (c) => c.questionOpeners],
  ['self', (c) => c.someoneElse.self],
  ['other', (c) => c.someoneElse.pronouns],
  ['relation', (c) => c.someoneElse.people],
];

const triggerPhrases = (c: ContextLexicon) =>
  TRIGGERS.flatMap(([kind, list]) => list(c).map((p): [string, TriggerKind] => [p, kind]));

/** Every phrase of the rules file: ideas, triggers, look-alikes and other spellings. */
function allPhrases(rules: RedFlagRules): string[] {
  return [
    ...Object.values(rules.ideas).flat(),
    ...triggerPhrases(rules.context).map(([p]) => p),
    ...rules.lookAlikes,
    ...rules.sameAs.flatMap(([, list]) => list),
  ];
}

/**
 * The word starts the rules use ("numb" of "numb*"), read straight from the text: a typo is never
 * corrected away from one (the build lists real words near the targets with the same prefixes).
 */
export const rulePrefixes = (rules: RedFlagRules) =>
  allPhrases(rules)
    .join(' ')
    .match(/[a-z0-9]+(?=\*)/g) ?? [];

function build(rules: RedFlagRules): Compiled {
  return {
    spell: once(() =>
      createSpeller({ targets: rules.typoTargets, prefixes: rulePrefixes(rules), realWords: rules.realWords }),
    ),
    sameAs: once(() =>
      indexPhrases(rules.sameAs.flatMap(([word, list]) => list.map((p): [string, string] => [p, word]))),
    ),
    lookAlikes: once(() => indexPhrases(rules.lookAlikes.map((p): [string, null] => [p, null]))),
    ideas: once(() =>
      indexPhrases(Object.entries(rules.ideas).flatMap(([name, list]) => list.map((p): [string, string] => [p, name]))),
    ),
    triggers: once(() => indexPhrases(triggerPhrases(rules.context))),
  };
}

/**
 * The indexes for these rules, each built on first use: a question builds only what it reads,
 * and the widget builds them ahead, one idle moment each (every value is a step).
 */
export const compiledRules: (rules: RedFlagRules) => Compiled = oncePer(build);
