// Multi-word phrases folded into one token before the search and the intents read a message.
import { describe, expect, it } from 'vitest';
import { COMPOUNDS } from '../../../widget/engine/compounds.ts';
import { correctedWords, foldPhrases } from '../../../widget/engine/analyse.ts';

const fold = (text: string) => foldPhrases(correctedWords(text));

describe('the compounds', () => {
  it.each([
    ['how many sessions', ['howmany', 'sessions']],
    ['how soon', ['howlong']],
    ['on blood thinners', ['on', 'bloodthinner']],
    ['a bit light headed', ['a', 'bit', 'dizzy']],
    ['after leg day', ['after', 'exercise']],
    ['does dry needling really work', ['effective']],
    ['are the needles left in', ['are', 'the', 'needles', 'stayin']],
    ['does it come back', ['does', 'it', 'recur']],
    ['my flu shot', ['my', 'injection']],
    ['how old do you have to be', ['ageask', 'do', 'you', 'have', 'to', 'be']],
  ])('fold "%s" to %j', (text, folded) => {
    expect(fold(text)).toEqual(folded);
  });

  it('read a count of visits as a question about how many sessions, keeping the plural', () => {
    expect(fold('will 3 visits do it')).toEqual(['will', 'howmany', 'sessions', 'do', 'it']);
    expect(fold('is one session enough')).toEqual(['is', 'howmany', 'session', 'enough']);
  });

  it('read "I\'m expecting" as a pregnancy, but not "I wasn\'t expecting that" or "expecting a lot"', () => {
    expect(fold("I'm expecting")).toEqual(['pregnant']);
    expect(fold("I wasn't expecting that")).toEqual(['i', 'wasnt', 'expecting', 'that']);
    expect(fold('we are expecting a lot')).toEqual(['we', 'are', 'expecting', 'a', 'lot']);
  });

  it('leave "stay in bed" alone: staying in bed is not a needle left in', () => {
    expect(fold('stay in bed')).toEqual(['stay', 'in', 'bed']);
  });

  it('drop a time in the past, which says nothing about the question', () => {
    expect(fold('my back hurt last night')).toEqual(['my', 'back', 'hurt']);
  });

  it('fold every occurrence, not only the first', () => {
    expect(fold('how many or how many more')).toEqual(['howmany', 'or', 'howmany', 'more']);
    expect(COMPOUNDS.every(([re]) => re.global)).toBe(true);
  });

  it('fold words only once they are corrected and expanded ("r" reads "are")', () => {
    expect(fold('r the needles left in')).toEqual(['are', 'the', 'needles', 'stayin']);
  });
});
