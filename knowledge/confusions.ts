// The lint that needs the engine: every question an entry lists must be answered by that
// entry. A question the engine sends elsewhere (or to "did you mean") confuses visitors.
import { answer, type Knowledge } from '../widget/engine/index.ts';
import type { Diagnostic, Source } from './compile.ts';

export function confusions(knowledge: Knowledge, sources: Map<string, Source>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of knowledge.entries) {
    const src = sources.get(e.id);
    if (!src) continue;
    e.questions.forEach((q, i) => {
      const r = answer(q, knowledge);
      if (r?.kind === 'answer' && r.id === e.id) return;
      const got =
        r?.kind === 'answer'
          ? `the engine answers it with "${r.id}"`
          : r?.kind === 'clarify'
            ? `the engine hesitates between ${r.suggestions.map((s) => `"${s.id}"`).join(', ')}`
            : `the engine treats it as ${r?.kind ?? 'empty'}`;
      out.push({ path: src.path, line: src.line('questions', i), message: `question "${q}" is confused: ${got}; rephrase it or move it` });
    });
  }
  return out;
}
