// Red flags are the one place the engine must never be wrong in the quiet direction: every
// phrasing of tests/fixtures/red-flag-phrasings.ts gets the urgent reply, and no near miss does.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { CALM, URGENT } from '../../fixtures/red-flag-phrasings.ts';

const { knowledge } = compileKnowledge();
const kind = (q: string) => answer(q, knowledge)?.kind;

describe('red flags', () => {
  it('are checked against enough varied phrasings', () => {
    expect(URGENT.length).toBeGreaterThanOrEqual(60);
    expect(CALM.length).toBeGreaterThanOrEqual(30);
  });

  it.each(URGENT)('send "%s" to emergency care', (q) => {
    expect(kind(q)).toBe('urgent');
  });

  it.each(CALM)('leave "%s" alone', (q) => {
    expect(kind(q)).not.toBe('urgent');
  });
});
