// Reads knowledge/entries/*.md, checks every rule a clinic owner can break, and
// returns the compact base that is bundled into the widget.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOPICS, plainText, type Entry, type Knowledge, type Topic } from '../widget/engine/index.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { markupProblems } from './markdown-lint.ts';
import { realWordsNear } from './real-words.ts';
import { compileRedFlags } from './red-flags/compile.ts';

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

export interface Compiled {
  knowledge: Knowledge;
  sources: Map<string, Source>;
  diagnostics: Diagnostic[];
}

const FIELDS = ['id', 'topic', 'questions', 'related', 'keywords'] as const;
const REQUIRED = ['id', 'topic', 'questions', 'related'];
/** A phone screen, as the README promises; every answer also ships in a 25 KB bundle. */
export const MAX_ANSWER_CHARS = 400;
export const MAX_QUESTION_CHARS = 160;

export const ENTRIES_DIR = new URL('./entries/', import.meta.url).pathname;

export function format(d: Diagnostic): string {
  return `${d.path}:${d.line}: ${d.message}`;
}

export function compileKnowledge(dir = ENTRIES_DIR): Compiled {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, Source>();
  const entries: Entry[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();

  for (const file of files) {
    const path = relative(process.cwd(), join(dir, file)) || file;
    const report = (line: number, message: string) => diagnostics.push({ path, line, message });
    const parsed = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
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
    if (fields.has('topic') && !(TOPICS as readonly string[]).includes(topic)) {
      report(fields.get('topic')!.line, `unknown topic "${topic}" (one of: ${TOPICS.join(', ')})`);
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
    const text = plainText(body);
    if (text.length > MAX_ANSWER_CHARS) report(parsed.bodyLine, `the answer is ${text.length} characters; keep it under ${MAX_ANSWER_CHARS} so it fits a phone screen`);

    if (!id) continue;
    if (sources.has(id)) {
      report(fields.get('id')!.line, `duplicate id "${id}" (also in ${sources.get(id)!.path})`);
      continue;
    }
    sources.set(id, {
      path,
      line: (key, index) => {
        const f = fields.get(key);
        return (index !== undefined && f?.lines?.[index]) || f?.line || 1;
      },
    });
    entries.push({ id, topic: topic as Topic, questions, related: list('related'), keywords: list('keywords'), md: body });
  }

  for (const e of entries) {
    const src = sources.get(e.id)!;
    e.related.forEach((r, i) => {
      if (r === e.id) diagnostics.push({ path: src.path, line: src.line('related', i), message: `entry "${e.id}" lists itself as related` });
      else if (!sources.has(r)) diagnostics.push({ path: src.path, line: src.line('related', i), message: `related id "${r}" does not exist` });
    });
  }
  const rel = relative(process.cwd(), dir) || dir;
  for (const t of TOPICS) {
    if (!entries.some((e) => e.topic === t)) diagnostics.push({ path: join(rel, `${t}.md`), line: 1, message: `topic "${t}" has no entry yet; every topic needs at least one` });
  }
  const redFlags = compileRedFlags();
  diagnostics.push(...redFlags.diagnostics);
  const knowledge: Knowledge = { entries, realWords: realWordsNear(), redFlags: redFlags.rules };
  return { knowledge, sources, diagnostics };
}
