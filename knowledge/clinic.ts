// A clinic's own answers (issue 15): a folder of entry files in the format of knowledge/entries/,
// and optionally disabled.txt (built-in ids to switch off, one a line), compiled into the clinic
// file that the widget adds to its built-in answers. Pure: `npm run knowledge -- --build` reads
// the folder, the setup page's answers editor passes its drafts, and both get the same messages.
import {
  CLINIC_TOPICS,
  TOPICS,
  answer,
  isClinicTopic,
  type ClinicTopic,
  type Entry,
  type Knowledge,
} from '../widget/engine/index.ts';
import { CLINIC_FORMAT, type ClinicFile } from '../widget/answers/clinic.ts';
import { validateKnowledge } from '../widget/answers/validate.ts';
import { compileEntry, relatedProblems, type Diagnostic, type Source } from './entry.ts';
import { confusions } from './confusions.ts';
import { DISABLED_FILE, disabledIds } from './disabled.ts';
import { TOPIC_KEYWORDS } from './clinic-keywords.ts';

export { DISABLED_FILE };

/** An owner's entry may be a clinic fact, or one of the guide's topics (to replace a built-in answer). */
export const OWNER_TOPICS: readonly string[] = [...CLINIC_TOPICS, ...TOPICS];

/** One file of the owner's folder: its path (for messages) and its text. */
export interface OwnerFile {
  path: string;
  text: string;
}

export interface CompiledClinic {
  clinic: ClinicFile;
  /** The built-in answers with the clinic's, as the widget will use them; null when the file is refused. */
  knowledge: Knowledge | null;
  sources: Map<string, Source>;
  diagnostics: Diagnostic[];
}

const fileName = (path: string) => path.split('/').pop()!;

/** The clinic file from the owner's files; `builtIn` is the full built-in base (real ids, every question). */
export function compileClinic(files: OwnerFile[], builtIn: Knowledge): CompiledClinic {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, Source>();
  const entries: Entry[] = [];
  const builtInIds = new Set(builtIn.entries.map((e) => e.id));
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const { path, text } of sorted.filter((f) => f.path.endsWith('.md'))) {
    const { entry, source, diagnostics: found } = compileEntry(path, text, OWNER_TOPICS);
    diagnostics.push(...found);
    if (!entry || !source) continue;
    if (sources.has(entry.id)) {
      diagnostics.push({
        path,
        line: source.line('id'),
        message: `duplicate id "${entry.id}" (also in ${sources.get(entry.id)!.path})`,
      });
      continue;
    }
    sources.set(entry.id, source);
    entries.push(entry);
  }

  const disabled = disabledIds(
    sorted.filter((f) => fileName(f.path) === DISABLED_FILE),
    builtInIds,
    sources,
    diagnostics,
  );
  const off = new Set(disabled);
  diagnostics.push(
    ...relatedProblems(entries, sources, (id) => sources.has(id) || (builtInIds.has(id) && !off.has(id))),
  );

  const clinic: ClinicFile = { format: CLINIC_FORMAT, version: 1, entries: entries.map(tidy), disabled };
  const merged = validateKnowledge(clinic, builtIn);
  if (typeof merged === 'string') {
    diagnostics.push({
      path: sorted[0]?.path ?? 'clinic.json',
      line: 1,
      message: `the widget would refuse this file: ${merged}`,
    });
    return { clinic, knowledge: null, sources, diagnostics };
  }
  // The engine's checks need the whole file to be sound first.
  if (!diagnostics.length) {
    const kept = new Set(builtIn.entries.filter((b) => !sources.has(b.id) && !off.has(b.id)).map((b) => b.id));
    diagnostics.push(...confusions(merged, sources), ...takenQuestions(merged, builtIn, kept, sources));
  }
  return { clinic, knowledge: merged, sources, diagnostics };
}

/**
 * An entry as the clinic file carries it: no search terms, and the words that point at its
 * clinic-fact topic added to its own keywords (clinic-keywords.ts).
 */
function tidy({ id, topic, questions, related, keywords = [], md }: Entry): Entry {
  const all = [...new Set([...keywords, ...(isClinicTopic(topic) ? TOPIC_KEYWORDS[topic as ClinicTopic] : [])])];
  return { id, topic, questions, related, ...(all.length ? { keywords: all } : {}), md };
}

/**
 * The guide's own questions that one of the clinic's new entries would now take, or make the
 * engine hesitate over: a visitor asking the guide's question would get the wrong answer.
 */
function takenQuestions(
  merged: Knowledge,
  builtIn: Knowledge,
  kept: Set<string>,
  sources: Map<string, Source>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of builtIn.entries.filter((e) => kept.has(e.id))) {
    for (const q of b.questions) {
      const r = answer(q, merged);
      const taker = r?.kind === 'answer' ? [r.id] : r?.kind === 'clarify' ? r.suggestions.map((s) => s.id) : [];
      const own = taker.find((id) => id && id !== b.id && sources.has(id));
      if (!own) continue;
      const src = sources.get(own)!;
      out.push({
        path: src.path,
        line: src.line('questions'),
        message: `the guide's question "${q}" (built-in answer "${b.id}") would now ${r!.kind === 'answer' ? 'get this answer' : 'make the engine hesitate with this one'}; make this entry's questions more specific`,
      });
    }
  }
  return out;
}
