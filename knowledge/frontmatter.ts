// A deliberately small front-matter reader for the entry files: `key: value`,
// `key: [a, b]` and block lists (`  - item`). Small enough to give every problem
// an exact line number, which a clinic owner editing Markdown needs more than YAML's full grammar.

export interface Field {
  value: string | string[];
  line: number;
  /** Line of each list item, for lists. */
  lines?: number[];
}

export interface Parsed {
  fields: Map<string, Field>;
  body: string;
  bodyLine: number;
  problems: { line: number; message: string }[];
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

function flowList(s: string): string[] {
  return s
    .slice(1, -1)
    .split(',')
    .map(unquote)
    .filter((x) => x !== '');
}

export function parseFrontMatter(text: string): Parsed {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = new Map<string, Field>();
  const problems: Parsed['problems'] = [];
  if (lines[0]?.trim() !== '---') {
    problems.push({ line: 1, message: 'the file must start with a front-matter block opened by "---"' });
    return { fields, body: '', bodyLine: 1, problems };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    problems.push({ line: 1, message: 'the front-matter block is not closed by a "---" line' });
    return { fields, body: '', bodyLine: lines.length, problems };
  }
  let list: Field | null = null;
  for (let i = 1; i < end; i++) {
    const n = i + 1;
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s*(.*)$/.exec(line);
    if (item) {
      if (!list) problems.push({ line: n, message: 'a list item must follow a "key:" line' });
      else {
        (list.value as string[]).push(unquote(item[1]));
        list.lines!.push(n);
      }
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) {
      problems.push({ line: n, message: `cannot read this line; expected "key: value" or "  - item"` });
      list = null;
      continue;
    }
    const [, key, rest] = kv;
    if (fields.has(key)) problems.push({ line: n, message: `field "${key}" is given twice` });
    const raw = rest.trim();
    let field: Field;
    if (raw === '') {
      field = { value: [], line: n, lines: [] };
      list = field;
    } else if (raw.startsWith('[') && raw.endsWith(']')) {
      const items = flowList(raw);
      field = { value: items, line: n, lines: items.map(() => n) };
      list = null;
    } else {
      field = { value: unquote(raw), line: n };
      list = null;
    }
    fields.set(key, field);
  }
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, problems };
}
