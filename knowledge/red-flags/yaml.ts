// Reading a YAML document node by node, so every value keeps its line: a clinician's typo
// in the rules file is reported as path:line: message.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Diagnostic {
  path: string;
  line: number;
  message: string;
}

export interface Reader {
  path: string;
  root: Node | null;
  line: (node: Node | null | undefined) => number;
  report: (node: Node | null | undefined, message: string) => void;
  diagnostics: Diagnostic[];
  /** Every word read from the file's phrases, as written. */
  words: Set<string>;
}

export function readYaml(path: string, text: string): Reader {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const line = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  for (const e of doc.errors) diagnostics.push({ path, line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] });
  return { path, root: (doc.contents as Node | null) ?? null, line, report: (node, message) => diagnostics.push({ path, line: line(node), message }), diagnostics, words: new Set() };
}

/** The entries of a mapping as [key, value node], reporting keys that are not allowed. */
export function entries(r: Reader, node: Node | null | undefined, what: string, allowed?: readonly string[]): [string, Node | null][] {
  if (!isMap(node)) {
    r.report(node, `${what} must be a mapping ("key: value" lines)`);
    return [];
  }
  return node.items.flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (allowed && !allowed.includes(key)) {
      r.report(pair.key as Node, `unknown key "${key}" in ${what} (allowed: ${allowed.join(', ')})`);
      return [];
    }
    return [[key, (pair.value as Node | null) ?? null] as [string, Node | null]];
  });
}

/** A list of strings, each with its node (for its line). */
export function strings(r: Reader, node: Node | null | undefined, what: string): { text: string; node: Node }[] {
  if (!isSeq(node)) {
    r.report(node, `${what} must be a list ("- item" lines)`);
    return [];
  }
  return node.items.flatMap((item) => {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) return [{ text: String(item.value), node: item as Node }];
    r.report(item as Node, `each item of ${what} must be a piece of text`);
    return [];
  });
}

export function text(r: Reader, node: Node | null | undefined, what: string): string {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim()) return node.value.trim();
  r.report(node, `${what} must be some text`);
  return '';
}

export const format = (d: Diagnostic) => `${d.path}:${d.line}: ${d.message}`;
