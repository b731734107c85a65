// The answer Markdown subset, parsed the same way everywhere: the compiler checks it,
// the UI renders it as Preact elements (never innerHTML), the engine flattens it to text.

/** A piece of a line: plain text, bold text, or a link. */
export type Inline = string | { b: string } | { a: string; href: string };
/** A paragraph or a bullet list. */
export type Block = { p: Inline[] } | { ul: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
const ITEM = /^[-*]\s+/;

/** Links may only leave for the web, a phone call or an email. */
export function safeHref(href: string): boolean {
  return /^(https?:\/\/|tel:|mailto:)/i.test(href);
}

function inline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push({ b: m[1] });
    else out.push(safeHref(m[3]) ? { a: m[2], href: m[3] } : m[2]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function parseMarkdown(md: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let items: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ p: inline(para.join(' ')) });
    if (items) blocks.push({ ul: items.map(inline) });
    para = [];
    items = null;
  };
  for (const raw of md.split('\n')) {
    const line = raw.trim();
    if (!line) flush();
    else if (ITEM.test(line)) {
      if (para.length) flush();
      (items ||= []).push(line.replace(ITEM, ''));
    } else if (items && /^\s/.test(raw)) items[items.length - 1] += ' ' + line;
    else {
      if (items) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

function flat(parts: Inline[]): string {
  return parts.map((x) => (typeof x === 'string' ? x : 'b' in x ? x.b : x.a)).join('');
}

/** The answer as plain text: paragraphs separated by a blank line, list items by "- ". */
export function plainText(md: string): string {
  return parseMarkdown(md)
    .map((b) => ('p' in b ? flat(b.p) : b.ul.map((i) => '- ' + flat(i)).join('\n')))
    .join('\n\n');
}
