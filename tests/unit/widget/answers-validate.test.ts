import { describe, expect, it } from 'vitest';
import { validateKnowledge } from '../../../widget/answers/validate.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const { knowledge } = compileKnowledge();
const base = () => {
  const copy = JSON.parse(JSON.stringify(knowledge));
  delete copy.redFlags;
  return copy;
};

describe('a knowledge base loaded at run time', () => {
  it('is accepted when it is what the compiler produces', () => {
    const k = validateKnowledge(base(), knowledge);
    expect(typeof k).toBe('object');
    expect((k as typeof knowledge).entries).toHaveLength(knowledge.entries.length);
  });

  it.each([
    ['not an object', null],
    ['without entries', {}],
    ['with no entries', { entries: [] }],
    ['with an unknown topic', (() => { const b = base(); b.entries[0].topic = 'astrology'; return b; })()],
    ['with a repeated id', (() => { const b = base(); b.entries[1].id = b.entries[0].id; return b; })()],
    ['with an answer that is too long', (() => { const b = base(); b.entries[0].md = 'x'.repeat(5000); return b; })()],
    ['with questions that are not strings', (() => { const b = base(); b.entries[0].questions = [42]; return b; })()],
    ['with an id carrying markup', (() => { const b = base(); b.entries[0].id = '<img src=x>'; return b; })()],
  ])('is refused with a reason when %s', (_, data) => {
    expect(typeof validateKnowledge(data, knowledge)).toBe('string');
  });

  it('keeps the built-in red-flag rules whatever the file says, so a clinic cannot switch them off', () => {
    const b = base();
    b.redFlags = { rules: [] };
    const k = validateKnowledge(b, knowledge) as typeof knowledge;
    expect(k.redFlags).toBe(knowledge.redFlags);
  });

  it('drops related ids that point nowhere', () => {
    const b = base();
    b.entries[0].related = ['no-such-entry'];
    const k = validateKnowledge(b, knowledge) as typeof knowledge;
    expect(k.entries[0].related).toEqual([]);
  });
});
