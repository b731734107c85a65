// A second, larger net for red flags: 120 emergencies and 103 near misses written by a
// separate probe (tests/eval/probes/, one message a line), none copied from the evaluation
// sets or from redflags.test.ts. Every emergency must be urgent; no near miss may be.
// Deliberately left out of calm.txt, because they lean urgent by design (see redflags.ts):
// questions about bladder problems or issues, and falls with back pain long ago.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const { knowledge } = compileKnowledge();
const lines = (name: string) => readFileSync(new URL(`../../eval/probes/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());

describe('the red-flag probes', () => {
  const urgent = lines('urgent.txt');
  const calm = lines('calm.txt');

  it('are big enough to mean something', () => {
    expect(urgent.length).toBeGreaterThanOrEqual(120);
    expect(calm.length).toBeGreaterThanOrEqual(100);
  });

  it('get the emergency reply for every emergency, typos, slang and buried ones included', () => {
    expect(urgent.filter((q) => answer(q, knowledge)?.kind !== 'urgent')).toEqual([]);
  });

  it('raise no alarm for near misses that only share words with a red flag', () => {
    expect(calm.filter((q) => answer(q, knowledge)?.kind === 'urgent')).toEqual([]);
  });
});
