// The answer Markdown subset, parsed the same way everywhere: the compiler checks it,
// the UI renders it as Preact elements (never innerHTML), the engine flattens it to text.

/** A piece of a line: plain text, bold text, or a link. */
export type Inline = string | { b: string } | { a: string; href: string };
/** A paragraph or a bullet list. */
export type Block = { p: Inline[] } | { ul: Inline[][] };

const ITEM = /^[-*]\s+/;

/** Links may only leave for the web, a phone call or an email. */
export const safeHref = (href: string) => /^(https?:\/\/|tel:|mailto:)/i.test(href);

/** Splits a line into text, **bold** and [links](url); an unsafe link stays plain text. */
const inline = (text: string): Inline[] =>
  text
    .split(/(\*\*.+?\*\*|\[[^\]]+\]\([^)\s]+\))/)
    .filter(Boolean)
    .map((part) => {
      const link = /^\[(.+)\]\((.+)\)$/.exec(part);
      return part.startsWith('**') && part.length > 4
        ? { b: part.slice(2, -2) }
        : link
          ? safeHref(link[2])
            ? { a: link[1], href: link[2] }
            : link[1]
          : part;
    });

/** Blank lines separate blocks; a block whose lines all start with "- " is a list. */
export function parseMarkdown(md: string): Block[] {
  return md
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => {
      const lines = chunk.split('\n').map((line) => line.trim());
      return lines.every((line) => ITEM.test(line))
        ? { ul: lines.map((line) => inline(line.replace(ITEM, ''))) }
        : { p: inline(lines.join(' ')) };
    });
}

const flat = (parts: Inline[]) =>
  parts.map((part) => (typeof part === 'string' ? part : 'b' in part ? part.b : part.a)).join('');

/** The answer as plain text: paragraphs separated by a blank line, list items by "- ". */
export const plainText = (md: string) =>
  parseMarkdown(md)
    .map((b) => ('p' in b ? flat(b.p) : b.ul.map((i) => '- ' + flat(i)).join('\n')))
    .join('\n\n');
