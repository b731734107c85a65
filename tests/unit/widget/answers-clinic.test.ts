// Issue 15, item 2: a clinic file (format faq-widget/clinic) adds to the built-in answers, where
// a whole-base file replaces them. validateKnowledge is the one door for both, in the widget,
// the ask command and the setup page.
import { describe, expect, it } from 'vitest';
import { validateKnowledge } from '../../../widget/answers/validate.ts';
import { CLINIC_FORMAT, type ClinicFile } from '../../../widget/answers/clinic.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import type { Entry, Knowledge } from '../../../widget/engine/types.ts';

const { knowledge } = compileKnowledge();
const builtInIds = knowledge.entries.map((e) => e.id);

const PRICES: Entry = {
  id: 'prices',
  topic: 'prices',
  questions: ['How much does dry needling cost?', 'What is the price of a session?'],
  related: ['is-it-safe'],
  md: 'A session is **$X**.',
};
const file = (over: Partial<ClinicFile> = {}): ClinicFile => ({ format: CLINIC_FORMAT, version: 1, entries: [PRICES], disabled: [], ...over });
const load = (data: unknown) => validateKnowledge(data, knowledge);
const ids = (k: Knowledge | string) => (typeof k === 'string' ? k : k.entries.map((e) => e.id));

describe('a clinic file', () => {
  it('adds its entries to every built-in one', () => {
    expect(ids(load(file()))).toEqual([...builtInIds, 'prices']);
  });

  it('replaces the built-in entry that has the same id', () => {
    const own = { ...knowledge.entries.find((e) => e.id === 'is-it-safe')!, md: 'Our own words on safety.' };
    const k = load(file({ entries: [own] })) as Knowledge;
    expect(k.entries.filter((e) => e.id === 'is-it-safe').map((e) => e.md)).toEqual(['Our own words on safety.']);
    expect(k.entries).toHaveLength(builtInIds.length);
  });

  it('switches off the built-in entries it lists as disabled, and the links to them', () => {
    const k = load(file({ disabled: ['is-it-safe'] })) as Knowledge;
    expect(ids(k)).not.toContain('is-it-safe');
    expect(k.entries.find((e) => e.id === 'prices')!.related).toEqual([]);
    expect(k.entries.every((e) => !e.related.includes('is-it-safe'))).toBe(true);
  });

  it('may switch built-in entries off without adding any', () => {
    expect(ids(load(file({ entries: [], disabled: ['aftercare'] })))).toEqual(builtInIds.filter((id) => id !== 'aftercare'));
  });

  it('keeps the built-in red-flag rules and typo word list', () => {
    const k = load({ ...file(), redFlags: { rules: [] }, realWords: ['nope'] }) as Knowledge;
    expect(k.redFlags).toBe(knowledge.redFlags);
    expect(k.realWords).toBe(knowledge.realWords);
  });

  it('brings no search terms: the engine derives them from the questions', () => {
    const k = load(file({ entries: [{ ...PRICES, terms: ['stale words'] }] })) as Knowledge;
    expect(k.entries.find((e) => e.id === 'prices')!.terms).toBeUndefined();
  });

  it.each([
    ['of another version', { version: 2 }],
    ['whose disabled list is not a list of ids', { disabled: 'is-it-safe' }],
    ['with an entry of an unknown topic', { entries: [{ ...PRICES, topic: 'astrology' }] }],
    ['with two entries of one id', { entries: [PRICES, PRICES] }],
  ])('is refused with a reason when it is %s', (_, over) => {
    expect(typeof load({ ...file(), ...over })).toBe('string');
  });
});

describe('a whole-base file', () => {
  it('replaces the built-in answers, as before', () => {
    expect(ids(load({ entries: [{ ...knowledge.entries[0] }] }))).toEqual([knowledge.entries[0].id]);
  });

  it('may not hold clinic facts: only a clinic file can add them', () => {
    expect(typeof load({ entries: [...knowledge.entries, PRICES] })).toBe('string');
  });
});
