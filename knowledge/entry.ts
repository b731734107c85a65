// One entry file, checked for every rule an owner can break: pure (no file system), so the
// build, `npm run knowledge -- --build` and the setup page's answers editor give the same
// messages, each with the line it is about.
import { plainText, type Entry, type Topic } from '../widget/engine/index.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { markupProblems } from './markdown-lint.ts';

export interface Diagnostic {
  path: string;
  line: number;
  message: string;
}

/** Where each entry came from, so later checks can point at a line. */
export interface Source {
  path: string;
  line: (field: string, index?: number) => number;
}

export const FIELDS = ['id', 'topic', 'questions', 'related', 'keywords'] as const;
const REQUIRED = ['id', 'topic', 'questions', 'related'];
/** A phone screen, as the README promises; every answer also ships in a 25 KB bundle. */
export const MAX_ANSWER_CHARS = 400;
export const MAX_QUESTION_CHARS = 160;

export function format(d: Diagnostic): string {
  return `${d.path}:${d.line}: ${d.message}`;
}

export interface CompiledEntry {
  /** Absent when the file has no usable id. */
  entry?: Entry;
  source?: Source;
  diagnostics: Diagnostic[];
}

/**
 * Reads `text`, the file `path` (whose name must be `<id>.md`), as an entry of one of `topics`.
 * `related` ids are checked later, against every entry.
 */
export function compileEntry(path: string, text: string, topics: readonly string[]): CompiledEntry {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) => diagnostics.push({ path, line, message });
  const file = path.split('/').pop()!;
  const parsed = parseFrontMatter(text);
  parsed.problems.forEach((p) => report(p.line, p.message));
  const { fields } = parsed;
  for (const [key, f] of fields) {
    if (!(FIELDS as readonly string[]).includes(key)) report(f.line, `unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
  }
  for (const key of REQUIRED) if (!fields.has(key)) report(1, `missing field "${key}"`);

  const str = (key: string): string => {
    const f = fields.get(key);
    if (!f) return '';
    if (typeof f.value !== 'string') {
      report(f.line, `field "${key}" must be a single value, not a list`);
      return '';
    }
    return f.value;
  };
  const list = (key: string): string[] => {
    const f = fields.get(key);
    if (!f) return [];
    if (typeof f.value === 'string') {
      report(f.line, `field "${key}" must be a list ("${key}: [a, b]" or "  - item" lines)`);
      return [];
    }
    return f.value;
  };

  const id = str('id');
  if (fields.has('id') && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) report(fields.get('id')!.line, `id "${id}" must be lowercase words joined by "-"`);
  else if (id && `${id}.md` !== file) report(fields.get('id')!.line, `id "${id}" must match the file name (${id}.md)`);
  const topic = str('topic');
  if (fields.has('topic') && !topics.includes(topic)) {
    report(fields.get('topic')!.line, `unknown topic "${topic}" (one of: ${topics.join(', ')})`);
  }
  const questions = list('questions');
  const qf = fields.get('questions');
  if (qf && Array.isArray(qf.value) && questions.length < 2) report(qf.line, 'give at least two phrasings under "questions"');
  questions.forEach((q, i) => {
    if (q.length > MAX_QUESTION_CHARS) report(qf!.lines![i], `question is ${q.length} characters; keep it under ${MAX_QUESTION_CHARS}`);
    if (!q.trim()) report(qf!.lines![i], 'empty question');
  });
  const body = parsed.body.trim();
  if (!body && !parsed.problems.length) report(parsed.bodyLine, 'the answer is empty: write it below the closing "---"');
  for (const p of markupProblems(parsed.body)) report(parsed.bodyLine + p.line - 1, p.message);
  const plain = plainText(body);
  if (plain.length > MAX_ANSWER_CHARS) report(parsed.bodyLine, `the answer is ${plain.length} characters; keep it under ${MAX_ANSWER_CHARS} so it fits a phone screen`);

  if (!id) return { diagnostics };
  const source: Source = {
    path,
    line: (key, index) => {
      const f = fields.get(key);
      return (index !== undefined && f?.lines?.[index]) || f?.line || 1;
    },
  };
  const entry: Entry = { id, topic: topic as Topic, questions, related: list('related'), keywords: list('keywords'), md: body };
  return { entry, source, diagnostics };
}

/** Problems with `related` ids: pointing at the entry itself, or at nothing in `known`. */
export function relatedProblems(entries: Entry[], sources: Map<string, Source>, known: (id: string) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of entries) {
    const src = sources.get(e.id)!;
    e.related.forEach((r, i) => {
      if (r === e.id) out.push({ path: src.path, line: src.line('related', i), message: `entry "${e.id}" lists itself as related` });
      else if (!known(r)) out.push({ path: src.path, line: src.line('related', i), message: `related id "${r}" does not exist` });
    });
  }
  return out;
}
