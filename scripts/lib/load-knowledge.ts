// Loads the knowledge base for the command-line tools; a broken base is reported as path:line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { compileKnowledge, format } from '../../knowledge/compile.ts';
import { compileClinic } from '../../knowledge/clinic.ts';
import { validateKnowledge } from '../../widget/answers/validate.ts';
import type { Knowledge } from '../../widget/engine/types.ts';
import type { Io } from './cli.ts';
import { readOwnerFolder } from './owner-folder.ts';

/** The compiled base, or null once its problems are printed (the command then exits 1). */
export function loadKnowledge(io: Io): Knowledge | null {
  const { knowledge, diagnostics } = compileKnowledge();
  for (const d of diagnostics) io.err(format(d));
  return diagnostics.length ? null : knowledge;
}

/**
 * The knowledge the widget would use with `data-knowledge` pointing at `path`: a clinic file
 * (added to the built-in answers), a whole-base file (replacing them), or a folder of the
 * clinic's answers compiled as `npm run knowledge -- --build` would. Null once the problem is printed.
 */
export function loadKnowledgeWith(io: Io, path: string, name: string): Knowledge | null {
  const builtIn = loadKnowledge(io);
  if (!builtIn) return null;
  if (!existsSync(path)) {
    io.err(`${name}: ${path}: no such file or folder`);
    return null;
  }
  if (statSync(path).isDirectory()) {
    const { knowledge, diagnostics } = compileClinic(readOwnerFolder(path), builtIn);
    for (const d of diagnostics) io.err(format(d));
    return diagnostics.length ? null : knowledge;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    io.err(`${name}: ${path}: not a JSON file (make one with npm run knowledge -- --build <folder> --out clinic.json)`);
    return null;
  }
  // The widget's own check and merge, so the answers are the ones the widget would give.
  const knowledge = validateKnowledge(data, builtIn);
  if (typeof knowledge !== 'string') return knowledge;
  io.err(`${name}: ${path}: the widget would refuse this file (${knowledge}) and keep its built-in answers`);
  return null;
}
