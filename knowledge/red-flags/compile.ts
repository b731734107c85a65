// Reads knowledge/red-flags.yaml, checks it, and returns what the engine needs (RedFlagRules)
// and what reviewers and tests need (each rule's reason, source, examples and near misses).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Node } from 'yaml';
import { LEVELS, type ContextLexicon, type Level, type RedFlagRules, type RuleData } from '../../widget/engine/index.ts';
import { entries, readYaml, strings, text, type Diagnostic, type Reader } from './yaml.ts';
import { normalise, phraseProblem, pruneRedundant, reduce } from './syntax.ts';
import { spellingLists } from './real-words.ts';

export const RED_FLAGS_FILE = new URL('../red-flags.yaml', import.meta.url).pathname;

export interface Example {
  text: string;
  line: number;
}

/** A rule as reviewers read it. */
export interface RuleDoc {
  id: string;
  level: Level;
  reason: string;
  source: string;
  line: number;
  examples: Example[];
  nearMisses: Example[];
}

export interface CompiledRedFlags {
  rules: RedFlagRules;
  docs: RuleDoc[];
  diagnostics: Diagnostic[];
}

const TOP = ['look-alikes', 'typos-of', 'same-as', 'context', 'ideas', 'rules'] as const;
const RULE_KEYS = ['id', 'level', 'when', 'within', 'past-counts', 'hypothetical-counts', 'reason', 'source', 'examples', 'near-misses'] as const;

/**
 * A list of phrases, checked and normalised; `reduced` also reduces their words as the engine
 * reduces a visitor's (ideas and look-alikes, which are about meaning; triggers keep their
 * tense: "fixed it" is not "fix it").
 */
function phrases(r: Reader, node: Node | null, what: string, reduced = false): string[] {
  return strings(r, node, what).flatMap(({ text: raw, node: item }) => {
    const p = normalise(raw);
    const problem = phraseProblem(p) ?? sameAsProblem(r, p, what);
    if (problem) {
      r.report(item, `${what}: ${problem}`);
      return [];
    }
    for (const w of p.match(/[a-z0-9]+/g) ?? []) r.words.add(w);
    return [reduced ? reduce(p) : p];
  });
}

/** Per file: the one-word spellings `same-as` rewrites before any phrase is read ("wouldnt" is read "wont"). */
const rewritten = new WeakMap<Reader, Map<string, string>>();

/** A phrase word that `same-as` rewrites can never match as written. */
function sameAsProblem(r: Reader, phrase: string, what: string): string | undefined {
  if (what.startsWith('same-as')) return undefined;
  const words = rewritten.get(r);
  const w = phrase.match(/[a-z0-9]+/g)?.find((word) => words?.has(word));
  return w && `"${w}" never matches: same-as reads it as "${words!.get(w)}"; write that instead`;
}

/** A mapping of lists of phrases: { key: [phrases] }, keys from `allowed`. */
function groups<K extends string>(r: Reader, node: Node | null, what: string, allowed: readonly K[]): Record<K, string[]> {
  const out = Object.fromEntries(allowed.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const [key, value] of entries(r, node, what, allowed)) out[key as K] = pruneRedundant(phrases(r, value, `${what}.${key}`));
  return out;
}

function context(r: Reader, node: Node | null): ContextLexicon {
  const ctx = emptyRules().context;
  const keys = ['clause-ends', 'not-triggers', 'negated', 'past', 'asked', 'hypothetical', 'cause', 'someone-else', 'warning-signs', 'question-openers'] as const;
  for (const [key, value] of entries(r, node, 'context', keys)) {
    if (key === 'clause-ends') ctx.clauseEnds = pruneRedundant(phrases(r, value, 'context.clause-ends'));
    else if (key === 'not-triggers') ctx.notTriggers = pruneRedundant(phrases(r, value, 'context.not-triggers'));
    else if (key === 'warning-signs') ctx.warningSigns = pruneRedundant(phrases(r, value, 'context.warning-signs'));
    else if (key === 'question-openers') ctx.questionOpeners = pruneRedundant(phrases(r, value, 'context.question-openers'));
    else if (key === 'negated') {
      const g = groups(r, value, 'context.negated', ['before', 'verb-before', 'after', 'ends-at']);
      ctx.negated = { before: g.before, verbBefore: g['verb-before'], after: g.after, endsAt: g['ends-at'] };
    }
    else if (key === 'past') ctx.past = groups(r, value, 'context.past', ['before', 'after', 'current']);
    else if (key === 'asked') {
      const g = groups(r, value, 'context.asked', ['before', 'after', 'reported-by', 'not-reported-by']);
      ctx.asked = { before: g.before, after: g.after, reportedBy: g['reported-by'], notReportedBy: g['not-reported-by'] };
    }
    else if (key === 'hypothetical') ctx.hypothetical = groups(r, value, 'context.hypothetical', ['before']);
    else if (key === 'cause') ctx.cause = groups(r, value, 'context.cause', ['before']);
    else ctx.someoneElse = groups(r, value, 'context.someone-else', ['people', 'pronouns', 'self']);
  }
  return ctx;
}

function rule(r: Reader, node: Node, ideas: Set<string>, used: Set<string>, seen: Set<string>): { data: RuleData; doc: RuleDoc } {
  const fields = new Map(entries(r, node, 'a rule', RULE_KEYS));
  for (const key of ['id', 'level', 'when', 'reason', 'source', 'examples', 'near-misses']) if (!fields.has(key)) r.report(node, `a rule needs "${key}"`);
  const id = text(r, fields.get('id'), 'id');
  if (id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) r.report(fields.get('id'), `id "${id}" must be lowercase words joined by "-"`);
  if (seen.has(id)) r.report(fields.get('id'), `duplicate rule id "${id}"`);
  seen.add(id);
  const level = text(r, fields.get('level'), 'level') as Level;
  if (level && !LEVELS.includes(level)) r.report(fields.get('level'), `level "${level}" must be one of ${LEVELS.join(', ')}`);
  const when = strings(r, fields.get('when'), 'when').map(({ text: t, node: item }) => {
    const names = t.split('+').map((s) => s.trim());
    for (const n of names) {
      if (!ideas.has(n)) r.report(item, `"${n}" is not one of the ideas`);
      used.add(n);
    }
    return names;
  });
  const withinNode = fields.get('within');
  const within = withinNode ? (withinNode.toJSON() as unknown) : undefined;
  if (within !== undefined && within !== 'message' && !(Number.isInteger(within) && (within as number) >= 0)) r.report(withinNode, 'within must be a number of words or "message"');
  if (within === undefined && when.some((names) => names.length > 1)) r.report(fields.get('when'), 'a rule that joins ideas needs "within": a number of words or "message"');
  const flag = (key: string) => {
    const v = fields.get(key)?.toJSON();
    if (v !== undefined && typeof v !== 'boolean') r.report(fields.get(key), `${key} must be true or false`);
    return v === true;
  };
  const examples = (key: string, min: number) => {
    const list = strings(r, fields.get(key), key).map(({ text: t, node: item }) => ({ text: t, line: r.line(item) }));
    if (fields.has(key) && list.length < min) r.report(fields.get(key), `give at least ${min} ${key}`);
    return list;
  };
  const data: RuleData = { id, level, when, ...(within !== undefined && { within: within as RuleData['within'] }) };
  if (flag('past-counts')) data.pastCounts = true;
  if (flag('hypothetical-counts')) data.hypotheticalCounts = true;
  const doc: RuleDoc = {
    id,
    level,
    reason: text(r, fields.get('reason'), 'reason'),
    source: text(r, fields.get('source'), 'source'),
    line: r.line(node),
    examples: examples('examples', 2),
    nearMisses: examples('near-misses', 1),
  };
  return { data, doc };
}

export function compileRedFlags(file = RED_FLAGS_FILE): CompiledRedFlags {
  const path = relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { rules: emptyRules(), docs: [], diagnostics: [{ path, line: 1, message: 'cannot read the red-flag rules file' }] };
  }
  const r = readYaml(path, source);
  const top = new Map(entries(r, r.root, 'the rules file', TOP));
  for (const key of TOP) if (!top.has(key) && key !== 'typos-of') r.report(r.root, `the rules file needs "${key}"`);
  const rules = emptyRules();
  // Other spellings first: every later phrase is checked against the one-word ones.
  rules.sameAs = entries(r, top.get('same-as'), 'same-as').map(([word, list]) => [normalise(word), pruneRedundant(phrases(r, list, `same-as.${word}`))]);
  const oneWord = rules.sameAs.flatMap(([to, list]) => list.filter((p) => !p.includes(' ')).flatMap((p) => p.split('/').map((from) => [from, to] as const)));
  rewritten.set(r, new Map(oneWord));
  rules.lookAlikes = pruneRedundant(phrases(r, top.get('look-alikes') ?? null, 'look-alikes', true));
  rules.context = context(r, top.get('context') ?? null);
  const ideaNodes = entries(r, top.get('ideas'), 'ideas');
  for (const [name, list] of ideaNodes) rules.ideas[name] = pruneRedundant(phrases(r, list, `ideas.${name}`, true));
  const used = new Set<string>();
  const seen = new Set<string>();
  const docs: RuleDoc[] = [];
  for (const item of ruleNodes(r, top.get('rules'))) {
    const compiled = rule(r, item, new Set(Object.keys(rules.ideas)), used, seen);
    rules.rules.push(compiled.data);
    docs.push(compiled.doc);
  }
  for (const [name, node] of ideaNodes) if (!used.has(name)) r.report(node, `idea "${name}" is not used by any rule`);
  // Typos are corrected on the words as typed, before they are reduced: these stay whole.
  const typosOf = top.has('typos-of') ? strings(r, top.get('typos-of'), 'typos-of').map(({ text: t }) => normalise(t)) : [];
  if (!r.diagnostics.length) Object.assign(rules, spellingLists(rules, typosOf, r.words));
  return { rules, docs, diagnostics: r.diagnostics };
}

/** The list of rules: mappings, one a rule. */
function ruleNodes(r: Reader, node: Node | null | undefined): Node[] {
  const list = (node as { items?: unknown[] } | null)?.items;
  if (!Array.isArray(list)) {
    r.report(node, 'rules must be a list of rules ("- id: ..." blocks)');
    return [];
  }
  return list as Node[];
}

function emptyRules(): RedFlagRules {
  return {
    lookAlikes: [],
    sameAs: [],
    context: { clauseEnds: [], notTriggers: [], negated: { before: [], verbBefore: [], after: [], endsAt: [] }, past: { before: [], after: [], current: [] }, asked: { before: [], after: [], reportedBy: [], notReportedBy: [] }, hypothetical: { before: [] }, cause: { before: [] }, someoneElse: { people: [], pronouns: [], self: [] }, warningSigns: [], questionOpeners: [] },
    ideas: {},
    rules: [],
    typoTargets: [],
    realWords: [],
  };
}
