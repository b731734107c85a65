import { describe, expect, it } from 'vitest';
import { answer } from '../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const { knowledge } = compileKnowledge();
const kind = (q: string) => answer(q, knowledge)?.kind;

describe('questions about things the guide does not cover', () => {
  it('are not answered by an entry that mentions the word only in passing', () => {
    // The lifestyle answer mentions a pillow between the knees; that is not knee treatment.
    expect(kind('dry needling for my knee')).toBe('fallback');
    expect(kind('can needling help my knee')).toBe('fallback');
    expect(answer('should i sleep with a pillow between my knees', knowledge)).toMatchObject({ kind: 'answer', topic: 'lifestyle' });
  });

  it.each(['does dry needling work for shoulder pain', 'can you needle my neck', 'do you do massage', 'is cupping better'])('sends "%s" to the team', (q) => {
    expect(kind(q)).toBe('fallback');
  });
});
