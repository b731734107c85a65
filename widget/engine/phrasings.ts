// An entry's phrasings as search terms: precomputed by the build, or derived here.
import type { Entry } from './types.ts';
import { surfaceWords, terms } from './analyse.ts';

export interface Phrasing {
  terms: string[];
  keyword: boolean;
}

/** The compact form the build stores in `Entry.terms`. */
export function phrasingTerms(e: Pick<Entry, 'questions' | 'keywords'>): string[] {
  const out = new Set<string>();
  for (const q of e.questions) out.add(terms(surfaceWords(q)).join(' '));
  for (const k of e.keywords) out.add('~' + terms(surfaceWords(k)).join(' '));
  return [...out].filter((t) => t.replace('~', ''));
}

export function phrasings(e: Entry): Phrasing[] {
  return (e.terms ?? phrasingTerms(e)).map((t) => ({ terms: t.replace('~', '').split(' '), keyword: t[0] === '~' }));
}
