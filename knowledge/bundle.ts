// The slim form of the knowledge base that ships inside the widget: each entry keeps only
// its first question (shown on buttons) and its phrasings as precomputed search terms,
// packed into one string for the questions and one for the keywords ("a b|c d", "~e|f g").
// Packing is ordered for gzip (the engine reads phrasings and their terms as sets): terms
// most common first, so phrasings share openings ("needl ..."), and phrasings sorted.
// Ids only link entries inside the widget, so they ship as short keys ("0", "1"... "e"):
// 80 bytes less than the file names, which stay the ids everywhere else.
import type { Knowledge } from '../widget/engine/types.ts';
import { phrasingTerms } from '../widget/engine/phrasings.ts';

export function slim(knowledge: Knowledge): Knowledge {
  const key = new Map(knowledge.entries.map((e, i) => [e.id, i.toString(36)]));
  const all = knowledge.entries.map((e) => phrasingTerms(e));
  const count = new Map<string, number>();
  for (const t of all.flat().flatMap((p) => p.replace('~', '').split(' '))) count.set(t, (count.get(t) ?? 0) + 1);
  const byUse = (a: string, b: string) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1);
  const pack = (phrasings: string[]) => phrasings.map((p) => p.split(' ').sort(byUse).join(' ')).sort().join('|');
  return {
    entries: knowledge.entries.map((e, i) => {
      const keywords = all[i].filter((t) => t[0] === '~').map((t) => t.slice(1));
      const terms = [pack(all[i].filter((t) => t[0] !== '~'))];
      if (keywords.length) terms.push('~' + pack(keywords));
      // Two follow-up questions fit a phone screen best (the issue allows 2-3) and save bytes.
      const related = e.related.flatMap((id) => key.get(id) ?? []).slice(0, 2);
      // This key order gzips best (15 bytes less than id first); the engine reads keys by name.
      return { terms, questions: [e.questions[0]], id: key.get(e.id)!, topic: e.topic, related, md: e.md };
    }),
    realWords: knowledge.realWords,
  };
}
