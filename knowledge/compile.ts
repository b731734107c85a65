// Reads knowledge/entries/*.md, checks every rule a clinic owner can break (each file by
// entry.ts), and returns the compact base that is bundled into the widget.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOPICS, type Entry, type Knowledge } from '../widget/engine/index.ts';
import { compileEntry, relatedProblems, type Diagnostic, type Source } from './entry.ts';
import { realWordsNear } from './real-words.ts';
import { compileRedFlags } from './red-flags/compile.ts';

export type { Diagnostic, Source } from './entry.ts';
export { format, MAX_ANSWER_CHARS, MAX_QUESTION_CHARS } from './entry.ts';

export interface Compiled {
  knowledge: Knowledge;
  sources: Map<string, Source>;
  diagnostics: Diagnostic[];
}

export const ENTRIES_DIR = new URL('./entries/', import.meta.url).pathname;

export function compileKnowledge(dir = ENTRIES_DIR): Compiled {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, Source>();
  const entries: Entry[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();

  for (const file of files) {
    const path = relative(process.cwd(), join(dir, file)) || file;
    const { entry, source, diagnostics: found } = compileEntry(path, readFileSync(join(dir, file), 'utf8'), TOPICS);
    diagnostics.push(...found);
    if (!entry || !source) continue;
    if (sources.has(entry.id)) {
      diagnostics.push({ path, line: source.line('id'), message: `duplicate id "${entry.id}" (also in ${sources.get(entry.id)!.path})` });
      continue;
    }
    sources.set(entry.id, source);
    entries.push(entry);
  }

  diagnostics.push(...relatedProblems(entries, sources, (id) => sources.has(id)));
  const rel = relative(process.cwd(), dir) || dir;
  for (const t of TOPICS) {
    if (!entries.some((e) => e.topic === t)) diagnostics.push({ path: join(rel, `${t}.md`), line: 1, message: `topic "${t}" has no entry yet; every topic needs at least one` });
  }
  const redFlags = compileRedFlags();
  diagnostics.push(...redFlags.diagnostics);
  const knowledge: Knowledge = { entries, realWords: realWordsNear(), redFlags: redFlags.rules };
  return { knowledge, sources, diagnostics };
}
