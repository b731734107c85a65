import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { packJson, slim } from '../../../knowledge/bundle.ts';
import { unpackLists } from '../../../widget/engine/unpack.ts';
import type { Knowledge } from '../../../widget/engine/types.ts';

const { knowledge } = compileKnowledge();

describe('the shipped knowledge JSON', () => {
  it('reads back exactly as the slim knowledge base through the widget reviver', () => {
    expect(JSON.parse(packJson(knowledge), unpackLists)).toEqual(slim(knowledge));
  });

  it('is smaller than plain JSON of the same base', () => {
    expect(packJson(knowledge).length).toBeLessThan(JSON.stringify(slim(knowledge)).length * 0.97);
  });

  it('keeps empty lists, one-item lists and lists whose items hold the separator intact', () => {
    const odd = structuredClone(knowledge) as Knowledge;
    odd.entries[0].related = [];
    odd.entries[0].questions = ['Only one?'];
    odd.redFlags.lookAlikes = ['a|b', 'c'];
    const back = JSON.parse(packJson(odd), unpackLists) as Knowledge;
    expect(back).toEqual(slim(odd));
    expect(back.entries[0].questions).toEqual(['Only one?']);
  });

  it('refuses a string that would read back as a packed list', () => {
    const odd = structuredClone(knowledge) as Knowledge;
    odd.entries[0].md = '^ a caret first';
    expect(() => packJson(odd)).toThrow(/marks a packed list/);
  });
});
