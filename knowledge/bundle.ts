// The slim form of the knowledge base that ships inside the widget: each entry keeps only
// its first question (shown on buttons) and its phrasings as precomputed search terms.
import type { Knowledge } from '../widget/engine/types.ts';
import { phrasingTerms } from '../widget/engine/phrasings.ts';

export function slim(knowledge: Knowledge): Knowledge {
  return {
    entries: knowledge.entries.map((e) => ({
      id: e.id,
      topic: e.topic,
      questions: [e.questions[0]],
      related: e.related,
      keywords: [],
      md: e.md,
      terms: phrasingTerms(e),
    })),
    realWords: knowledge.realWords,
  };
}
