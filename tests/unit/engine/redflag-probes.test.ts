// A second, larger net for red flags: emergencies and near misses written by two separate
// probes (tests/eval/probes/, one message a line), none copied from the evaluation sets or
// from redflags.test.ts. Every line of urgent.txt must be urgent; no line of calm.txt may be.
// What the rules still get wrong is kept beside them, not asserted, so it is not forgotten:
// urgent-missed.txt (emergencies answered as ordinary questions) and calm-alarmed.txt (false
// alarms, some by design: questions about bladder problems, falls with back pain long ago).
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
    expect(urgent.length).toBeGreaterThanOrEqual(250);
    expect(calm.length).toBeGreaterThanOrEqual(160);
  });

  it('get the emergency reply for every emergency, typos, slang and buried ones included', () => {
    expect(urgent.filter((q) => answer(q, knowledge)?.kind !== 'urgent')).toEqual([]);
  });

  it('raise no alarm for near misses that only share words with a red flag', () => {
    expect(calm.filter((q) => answer(q, knowledge)?.kind === 'urgent')).toEqual([]);
  });
});
