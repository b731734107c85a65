// Loads the knowledge base for the command-line tools; a broken base is reported as path:line.
import { compileKnowledge, format } from '../../knowledge/compile.ts';
import type { Knowledge } from '../../widget/engine/types.ts';
import type { Io } from './cli.ts';

/** The compiled base, or null once its problems are printed (the command then exits 1). */
export function loadKnowledge(io: Io): Knowledge | null {
  const { knowledge, diagnostics } = compileKnowledge();
  for (const d of diagnostics) io.err(format(d));
  return diagnostics.length ? null : knowledge;
}
