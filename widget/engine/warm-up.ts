// The engine's start-up work as small steps, for the widget to run one per idle moment: the
// search index, each red-flag index, then the engine's code run once for nobody. V8 compiles a
// function when it first runs, so the visitor's first question finds the code compiled; run
// in parts (a word's red flags, answers that stop early, then a whole question), none of them
// is a long task even on a slow phone.
import type { Knowledge } from './types.ts';
import { answer, prepare } from './answer.ts';
import { checkRedFlags } from './redflags/check.ts';
import { compiledRules } from './redflags/compiled.ts';

export function warmUpSteps(knowledge: Knowledge): (() => unknown)[] {
  const first = knowledge.entries[0]?.questions[0] ?? '';
  return [
    () => prepare(knowledge),
    ...Object.values(compiledRules(knowledge.redFlags)),
    ...['my', first].map((text) => () => checkRedFlags(text, knowledge.redFlags)),
    // Nothing to search for; asking for a person; then a whole question.
    ...['?', 'call me', first].map((text) => () => answer(text, knowledge)),
  ];
}
