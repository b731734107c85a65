// The slim form of the knowledge base that ships inside the widget: each entry keeps only
// its first question (shown on buttons) and its phrasings as precomputed search terms,
// packed into one string for the questions and one for the keywords ("a b|c d", "~e|f g").
import type { Knowledge } from '../widget/engine/types.ts';
import { phrasingTerms } from '../widget/engine/phrasings.ts';

export function slim(knowledge: Knowledge): Knowledge {
  return {
    entries: knowledge.entries.map((e) => {
      const all = phrasingTerms(e);
      const keywords = all.filter((t) => t[0] === '~').map((t) => t.slice(1));
      const terms = [all.filter((t) => t[0] !== '~').join('|')];
      if (keywords.length) terms.push('~' + keywords.join('|'));
      return { id: e.id, topic: e.topic, questions: [e.questions[0]], related: e.related, md: e.md, terms };
    }),
    realWords: knowledge.realWords,
  };
}
