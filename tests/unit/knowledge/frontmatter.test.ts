// Front matter is read as YAML, and every value keeps the line it is on in the entry file.
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../knowledge/frontmatter.ts';

const file = (...frontMatter: string[]) => `---\n${frontMatter.join('\n')}\n---\nThe answer.\n`;
const field = (text: string, key: string) => parseFrontMatter(text).fields.get(key);

describe('parseFrontMatter', () => {
  it('keeps a quoted list item containing a comma as one item', () => {
    expect(field(file('keywords: ["pins and needles, tingling", numbness]'), 'keywords')?.value).toEqual(['pins and needles, tingling', 'numbness']);
  });

  it('leaves a trailing comment out of a value and out of a list', () => {
    const text = file('topic: safety # checked by the clinic', 'related: [sciatica] # more soon');
    expect(field(text, 'topic')?.value).toBe('safety');
    expect(field(text, 'related')?.value).toEqual(['sciatica']);
  });

  it('gives a field the line of its key, counting the opening "---" as line 1', () => {
    expect(field(file('id: safety', 'topic: safety'), 'topic')?.line).toBe(3);
  });

  it('gives each item of a block list its own line', () => {
    const questions = field(file('id: safety', 'questions:', '  - Is it safe?', '', '  - Any risk?'), 'questions');
    expect(questions).toEqual({ value: ['Is it safe?', 'Any risk?'], line: 3, lines: [4, 6] });
  });

  it('gives each item of a list written over several lines its own line', () => {
    expect(field(file('related: [', '  sciatica,', '  lifestyle', ']'), 'related')?.lines).toEqual([3, 4]);
  });

  it('keeps values as the text written, so "yes", "null" and "12" are not turned into other types', () => {
    const text = file('a: yes', 'b: null', 'c: 12');
    expect(['a', 'b', 'c'].map((k) => field(text, k)?.value)).toEqual(['yes', 'null', '12']);
  });

  it('reads a key with nothing after it as an empty list', () => {
    expect(field(file('related:'), 'related')?.value).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    const { problems } = parseFrontMatter(file('id: safety', 'topic: safety', 'a line without a colon', 'related: []'));
    expect(problems).toEqual([{ line: 4, message: expect.stringMatching(/^YAML syntax error: /) }]);
  });

  it('reports a field given twice at the second one', () => {
    expect(parseFrontMatter(file('id: safety', 'id: sciatica')).problems).toEqual([{ line: 3, message: 'field "id" is given twice' }]);
  });

  it('reports a list item that YAML reads as "key: value" and asks for quotes', () => {
    const parsed = parseFrontMatter(file('questions:', '  - Dry needling: does it hurt?', '  - Does it hurt?'));
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining('put it in "quotes"') }]);
    expect(parsed.fields.get('questions')).toMatchObject({ value: ['Does it hurt?'], lines: [4] });
  });

  it('reports front matter that is not "key: value" lines', () => {
    expect(parseFrontMatter(file('- safety')).problems).toEqual([{ line: 2, message: 'the front matter must be "key: value" lines' }]);
  });

  it('returns the answer below the closing "---" with the line it starts on', () => {
    const parsed = parseFrontMatter(file('id: safety', 'topic: safety'));
    expect(parsed).toMatchObject({ body: 'The answer.\n', bodyLine: 5, problems: [] });
  });
});
