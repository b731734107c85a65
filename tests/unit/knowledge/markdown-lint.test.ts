// Answers are read as CommonMark; everything outside the subset is reported with its line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledge, format } from '../../../knowledge/compile.ts';
import { markupProblems } from '../../../knowledge/markdown-lint.ts';
import { MARKUP } from '../../../knowledge/markdown-lint-messages.ts';

describe('markupProblems', () => {
  it('accepts paragraphs, "- " and "* " lists, bold and links to the web, phone and email', () => {
    const answer = 'Most people feel **a brief twitch**.\n\n- rest\n- drink water\n\n* walk\n\nCall [us](tel:+441234) or see [the guide](https://example.com/guide).';
    expect(markupProblems(answer)).toEqual([]);
  });

  it('reports a heading underlined with "=====" as a heading, on the line of its text', () => {
    expect(markupProblems('Yes.\n\nTitle\n=====\n\nMore.')).toEqual([{ line: 3, message: MARKUP.heading }]);
  });

  it('reports "---" right under a line of text as a heading, because Markdown reads it as one', () => {
    expect(markupProblems('Safety\n---')).toEqual([{ line: 1, message: MARKUP.heading }]);
  });

  it('reports an autolink as a link in the wrong form, not as HTML', () => {
    expect(markupProblems('Yes.\nSee <https://example.com>.')).toEqual([{ line: 2, message: MARKUP.linkForm('https://example.com') }]);
  });

  it('reports an autolink that leaves for anything but the web, a phone or email as unsafe', () => {
    expect(markupProblems('<javascript:alert(1)>')).toEqual([{ line: 1, message: MARKUP.unsafeLink('javascript:alert(1)') }]);
  });

  it.each([
    ['an ATX heading', 'Yes.\n\n## Safety', 3, MARKUP.heading],
    ['a block quote', 'Yes.\n\n> quoted', 3, MARKUP.blockquote],
    ['a numbered list', 'Steps:\n\n1. rest\n2. walk', 3, MARKUP.numbered],
    ['a horizontal rule', 'Yes.\n\n***\n\nNo.', 3, MARKUP.rule],
    ['inline HTML', 'Yes, <b>really</b>.', 1, MARKUP.html],
    ['an HTML block', 'Yes.\n\n<div>x</div>', 3, MARKUP.html],
    ['an image', 'Yes.\n![needle](https://example.com/n.png)', 2, MARKUP.image],
    ['inline code', 'Run `rm`.', 1, MARKUP.code],
    ['a fenced code block', 'Yes.\n\n```\ncode\n```', 3, MARKUP.code],
    ['a paragraph indented by four spaces', 'Yes.\n\n    indented', 3, MARKUP.indented],
    ['a table', 'Yes.\n\n| a | b |', 3, MARKUP.table],
    ['emphasis with underscores', 'It is _mild_.', 1, MARKUP.underscores],
    ['bold with underscores', 'It is __mild__.', 1, MARKUP.underscores],
    ['emphasis with one "*"', 'It is *mild*.', 1, MARKUP.star],
    ['a stray "*"', 'Yes.\nIt is 5 * 3.', 2, MARKUP.star],
    ['a "+ " bullet list', 'Yes.\n\n+ rest', 3, MARKUP.bullet],
    ['a list inside a list', '- rest\n  - more rest', 2, MARKUP.nested],
    ['a link with a title', '[guide](https://example.com "Guide")', 1, MARKUP.linkForm('https://example.com')],
    ['a line break made with a backslash', 'Yes.\\\nNo.', 1, MARKUP.lineBreak],
    ['a list right after a paragraph', 'Mostly:\n- yes', 2, MARKUP.blankLine],
    ['a paragraph line running on from a list item', '- yes\nand more', 2, MARKUP.blankLine],
  ])('reports %s with its line', (_, answer, line, message) => {
    expect(markupProblems(answer)).toEqual([{ line, message }]);
  });

  it('reports a reference link and the line defining it, each at its line', () => {
    const answer = 'See [the guide][g].\n\n[g]: https://example.com';
    expect(markupProblems(answer)).toEqual([{ line: 1, message: MARKUP.reference }, { line: 3, message: MARKUP.reference }]);
  });

  it('reports a problem once per line, however often it occurs there', () => {
    expect(markupProblems('<b>x</b> and <i>y</i>')).toEqual([{ line: 1, message: MARKUP.html }]);
  });

  it('reports a setext heading at its line in the entry file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-markup-'));
    writeFileSync(join(dir, 'safety.md'), '---\nid: safety\ntopic: safety\nquestions: [Is it safe?, Any risk?]\nrelated: []\n---\nYes.\n\nSafety\n======\n');
    expect(compileKnowledge(dir).diagnostics.map(format)).toContainEqual(expect.stringMatching(/safety\.md:9: headings are not allowed/));
  });
});
