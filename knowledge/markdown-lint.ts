// Finds Markdown outside the answer subset (paragraphs, "- " lists, **bold**, links) so an owner
// learns at build time, not from a visitor, that a heading or HTML slipped in. A CommonMark
// parser reads the answer as any Markdown tool would (a "=====" underline makes a heading), and
// each node keeps its line. The widget's renderer stays small because this check keeps the
// answers it sees inside the subset.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, RootContent, Text } from 'mdast';
import { MARKUP } from './markdown-lint-messages.ts';
import { endLineOf, isBulletList, lineOf, markerOf, nodeProblem } from './markdown-lint-nodes.ts';

export interface Problem {
  line: number;
  message: string;
}

/** Lines of a text node (which may run over several lines) that contain `char`. */
const linesWith = (node: Text, char: string) => node.value.split('\n').flatMap((l, i) => (l.includes(char) ? [lineOf(node) + i] : []));

/** The widget splits blocks at blank lines, so a list touching a paragraph merges into it. */
function touches(previous: RootContent | undefined, node: RootContent): boolean {
  if (!previous || isBulletList(previous) === isBulletList(node) || lineOf(node) !== endLineOf(previous) + 1) return false;
  return [previous, node].every((n) => n.type === 'paragraph' || isBulletList(n));
}

export function markupProblems(body: string): Problem[] {
  const out: Problem[] = [];
  const report = (line: number, message: string) => {
    if (!out.some((p) => p.line === line && p.message === message)) out.push({ line, message });
  };
  const visit = (node: Nodes, inItem = false): void => {
    const problem = nodeProblem(node, body, inItem);
    if (problem) return void report(lineOf(node), problem);
    // The widget reads "- " and "* " items; a "+ " item would reach the visitor as text.
    if (node.type === 'list' && markerOf(node, body) === '+') report(lineOf(node), MARKUP.bullet);
    // An item's text running on to a second line makes the widget show the block as a paragraph.
    if (node.type === 'paragraph' && inItem && endLineOf(node) > lineOf(node)) report(lineOf(node) + 1, MARKUP.blankLine);
    if (node.type === 'text') {
      // A "*" left in the text opened no emphasis, or was escaped ("\*"), which the widget shows as typed.
      linesWith(node, '*').forEach((line) => report(line, MARKUP.star));
      // Without the GFM extension a table is read as a paragraph; its pipes give it away.
      linesWith(node, '|').forEach((line) => report(line, MARKUP.table));
    }
    if ('children' in node) node.children.forEach((child) => visit(child, inItem || node.type === 'listItem'));
  };
  const root = fromMarkdown(body);
  visit(root);
  root.children.forEach((node, i) => touches(root.children[i - 1], node) && report(lineOf(node), MARKUP.blankLine));
  return out.sort((a, b) => a.line - b.line);
}
