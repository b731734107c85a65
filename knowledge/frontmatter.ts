// Reads the front matter of an entry file with the `yaml` package. A LineCounter keeps every
// value's line, because a clinic owner editing Markdown needs "path:line: message" more than
// anything else; YAML itself handles quoting, commas inside quotes and "# comments".
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLSeq } from 'yaml';

export interface Field {
  value: string | string[];
  line: number;
  /** Line of each list item, for lists. */
  lines?: number[];
}

export interface Problem {
  line: number;
  message: string;
}

export interface Parsed {
  fields: Map<string, Field>;
  body: string;
  bodyLine: number;
  problems: Problem[];
}

/** The line of a node in the entry file (not in the YAML text, which starts on line 2). */
type LineOf = (node: Node) => number;

/** A list of text items; anything else is reported, not guessed at. */
function listField(node: YAMLSeq, line: number, lineOf: LineOf, problems: Problem[]): Field {
  const value: string[] = [];
  const lines: number[] = [];
  for (const item of node.items as Node[]) {
    if (isScalar(item)) {
      value.push(String(item.value));
      lines.push(lineOf(item));
    } else problems.push({ line: lineOf(item), message: 'a list item must be plain text; put it in "quotes" if it contains ": "' });
  }
  return { value, line, lines };
}

function field(node: Node, line: number, lineOf: LineOf, problems: Problem[]): Field | null {
  if (isSeq(node)) return listField(node, line, lineOf, problems);
  if (isScalar(node)) {
    // "key:" with nothing after it opens a list, so "related:" alone means no related entries.
    const empty = node.value === '' && node.type === 'PLAIN';
    return empty ? { value: [], line, lines: [] } : { value: String(node.value), line };
  }
  problems.push({ line, message: 'a field must be a value or a list, not "key: value" lines' });
  return null;
}

export function parseFrontMatter(text: string): Parsed {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = new Map<string, Field>();
  const problems: Problem[] = [];
  if (lines[0]?.trim() !== '---') {
    problems.push({ line: 1, message: 'the file must start with a front-matter block opened by "---"' });
    return { fields, body: '', bodyLine: 1, problems };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    problems.push({ line: 1, message: 'the front-matter block is not closed by a "---" line' });
    return { fields, body: '', bodyLine: lines.length, problems };
  }
  const lineCounter = new LineCounter();
  // The failsafe schema keeps every value as the text written: "yes", "null" and "12" stay text.
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  // The YAML text starts on the file's second line, after the opening "---".
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const lineOf: LineOf = (node) => lineAt(node.range?.[0] ?? 0);
  for (const e of doc.errors) problems.push({ line: lineAt(e.pos[0]), message: `YAML syntax error: ${e.message.split('\n')[0]}` });

  const root = doc.contents as Node | null;
  if (root && !isMap(root)) problems.push({ line: lineOf(root), message: 'the front matter must be "key: value" lines' });
  for (const pair of isMap(root) ? root.items : []) {
    // A key with no value at all only comes from a line YAML could not read, reported above.
    if (!isScalar(pair.key) || !pair.value) continue;
    const key = String(pair.key.value);
    const line = lineOf(pair.key);
    if (fields.has(key)) problems.push({ line, message: `field "${key}" is given twice` });
    const f = field(pair.value as Node, line, lineOf, problems);
    if (f) fields.set(key, f);
  }
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, problems };
}
