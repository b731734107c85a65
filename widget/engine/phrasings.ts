// An entry's phrasings as search terms: precomputed by the build, or derived here.
import type { Entry } from './types.ts';
import { surfaceWords, terms } from './analyse.ts';

export interface Phrasing {
  terms: string[];
  keyword: boolean;
}

/**
 * One string per distinct phrasing (keywords start with "~"), terms sorted so that two
 * wordings of one meaning are stored once.
 */
export function phrasingTerms(e: Pick<Entry, 'questions' | 'keywords'>): string[] {
  const key = (s: string) => terms(surfaceWords(s)).sort().join(' ');
  const out = new Set([...e.questions.map(key), ...(e.keywords ?? []).map((k) => '~' + key(k))]);
  return [...out].filter((t) => t.replace('~', ''));
}

/** Phrasings from `terms` (where one string may hold several, joined by "|") or from the questions. */
export function phrasings(e: Entry): Phrasing[] {
  return (e.terms ?? phrasingTerms(e)).flatMap((s) => {
    const keyword = s[0] === '~';
    return s
      .slice(+keyword)
      .split('|')
      .map((t) => ({ terms: t.split(' '), keyword }));
  });
}
