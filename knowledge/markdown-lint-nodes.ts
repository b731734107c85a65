// What is wrong with one node of an answer's Markdown tree, and where it is; markup.ts walks
// the tree and asks this file about each node.
import type { Nodes } from 'mdast';
import { safeHref } from '../widget/engine/index.ts';
import { MARKUP } from './markdown-lint-messages.ts';

/** Constructs the subset has no place for. */
const NOT_ALLOWED: Partial<Record<Nodes['type'], string>> = {
  heading: MARKUP.heading,
  blockquote: MARKUP.blockquote,
  thematicBreak: MARKUP.rule,
  html: MARKUP.html,
  image: MARKUP.image,
  imageReference: MARKUP.image,
  inlineCode: MARKUP.code,
  break: MARKUP.lineBreak,
  definition: MARKUP.reference,
  linkReference: MARKUP.reference,
};

export const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
export const endLineOf = (node: Nodes) => node.position?.end.line ?? 1;
export const isBulletList = (node: Nodes) => node.type === 'list' && !node.ordered;
/** The character a node starts with: "_" or "*" for emphasis, "<" for an autolink, "+" for a bullet. */
export const markerOf = (node: Nodes, body: string) => body[node.position?.start.offset ?? 0];

/** What is wrong with a node as a whole; a node with a problem is not looked inside. */
export function nodeProblem(node: Nodes, body: string, inItem: boolean): string | undefined {
  const marker = markerOf(node, body);
  switch (node.type) {
    case 'root':
    case 'paragraph':
    case 'listItem':
    case 'text':
      return undefined;
    case 'list':
      return node.ordered ? MARKUP.numbered : inItem ? MARKUP.nested : undefined;
    case 'strong':
      return marker === '_' ? MARKUP.underscores : undefined;
    case 'emphasis':
      return marker === '_' ? MARKUP.underscores : MARKUP.star;
    case 'code':
      // Four spaces of indent make a code block, which an owner indenting a paragraph would not expect.
      return marker === '`' || marker === '~' ? MARKUP.code : MARKUP.indented;
    case 'link':
      if (!safeHref(node.url)) return MARKUP.unsafeLink(node.url);
      // <https://…> is a link to CommonMark, but the widget reads only [text](url) without a title.
      return marker === '<' || node.title || !node.children.length ? MARKUP.linkForm(node.url) : undefined;
    default:
      return NOT_ALLOWED[node.type] ?? MARKUP.other(node.type);
  }
}
