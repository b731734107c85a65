// The engine's start-up steps: the widget runs one per idle moment (widget/start.ts).
import { describe, expect, it } from 'vitest';
import { answer, compiledRules, prepare, warmUpSteps } from '../../../widget/engine/index.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const loadBuiltIn = () => compileKnowledge().knowledge;

const QUESTIONS = ['does it hurt?', 'how many sessions will I need', "i've wet myself and my back is agony", 'where do you park?'];

describe('the engine warm-up', () => {
  it('builds the search index first, then each red-flag index, each a step of its own', () => {
    const knowledge = loadBuiltIn();
    const steps = warmUpSteps(knowledge);
    const indexes = Object.values(compiledRules(knowledge.redFlags));
    expect(steps[0]()).toBe(prepare(knowledge));
    expect(steps.slice(1, 1 + indexes.length)).toEqual(indexes);
    // Then the engine runs in parts, none of them the whole start-up at once.
    expect(steps.length).toBeGreaterThan(1 + indexes.length + 2);
  });

  it('changes no reply: every step is work done ahead, not state', () => {
    const [knowledge, untouched] = [loadBuiltIn(), loadBuiltIn()];
    const before = QUESTIONS.map((q) => answer(q, untouched));
    for (const step of warmUpSteps(knowledge)) step();
    expect(QUESTIONS.map((q) => answer(q, knowledge))).toEqual(before);
  });
});
