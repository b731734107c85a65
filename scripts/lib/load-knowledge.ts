// Loads the knowledge base for the command-line tools; a broken base stops them with path:line.
import { compileKnowledge, format } from '../../knowledge/compile.ts';
import type { Knowledge } from '../../widget/engine/types.ts';

export function loadKnowledge(): Knowledge {
  const { knowledge, diagnostics } = compileKnowledge();
  if (diagnostics.length) {
    for (const d of diagnostics) console.error(format(d));
    process.exit(1);
  }
  return knowledge;
}
