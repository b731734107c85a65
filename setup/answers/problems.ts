// The compiler's messages for one draft, each named by the field it is about instead of a line
// of a file the owner never sees (the downloaded Markdown keeps the lines).
import type { Diagnostic } from '../../knowledge/entry.ts';
import { fileOf, toMarkdown, type Draft } from './drafts.ts';

export interface Problem {
  field: string;
  message: string;
}

/** The field of the entry file that `line` falls in. */
function fieldAt(text: string, line: number): string {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1) + 1;
  if (line > end) return 'Answer';
  const key = lines
    .slice(0, line)
    .reverse()
    .find((l) => /^\w+:/.test(l))
    ?.split(':')[0];
  return { id: 'Short name', topic: 'Topic', questions: 'Questions', related: 'Related answers', keywords: 'Keywords' }[key ?? ''] ?? 'This answer';
}

export function problemsOf(d: Draft, diagnostics: Diagnostic[]): Problem[] {
  const text = toMarkdown(d);
  return diagnostics.filter((x) => x.path === fileOf(d)).map((x) => ({ field: fieldAt(text, x.line), message: x.message }));
}
