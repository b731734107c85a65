// Finds Markdown outside the answer subset (paragraphs, "- " lists, **bold**, links)
// so an owner learns at build time, not from a visitor, that a heading or HTML slipped in.
import { safeHref } from '../widget/knowledge/markdown.ts';

const RULES: [RegExp, string][] = [
  [/^\s*#/, 'headings are not allowed in answers; use **bold** instead'],
  [/^\s*>/, 'block quotes are not allowed in answers'],
  [/^\s*\d+[.)]\s/, 'numbered lists are not allowed; use "- " bullet items'],
  [/^\s*([-*_])(\s*\1){2,}\s*$/, 'horizontal rules are not allowed in answers'],
  [/<\/?[a-z!][^>]*>/i, 'HTML is not allowed in answers'],
  [/!\[/, 'images are not allowed in answers'],
  [/`/, 'code is not allowed in answers'],
  [/\|/, 'tables are not allowed in answers'],
  [/(^|[^\w])_[^_\s][^_]*_(?![\w])|__/, 'only **bold** is allowed for emphasis, not underscores'],
];

export function markupProblems(body: string): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const item = (l: string | undefined) => /^\s*[-*]\s+/.test(l ?? '');
  body.split('\n').forEach((line, i, all) => {
    const n = i + 1;
    // The widget's parser reads a block as a list only when every line of it is an item.
    const prev = all[i - 1]?.trim();
    if (prev && line.trim() && item(line) !== item(prev)) out.push({ line: n, message: 'leave a blank line between a list and a paragraph' });
    for (const [re, message] of RULES) if (re.test(line)) out.push({ line: n, message });
    for (const m of line.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)) {
      if (!safeHref(m[2].trim())) out.push({ line: n, message: `link "${m[2]}" must start with https://, http://, tel: or mailto:` });
    }
    const rest = line
      .replace(/^\s*[-*]\s+/, '')
      .replace(/\*\*(.+?)\*\*/g, '$1');
    if (rest.includes('*')) out.push({ line: n, message: 'only **bold** is allowed for emphasis; remove the stray "*"' });
  });
  return out;
}
