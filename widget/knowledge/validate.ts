// Checks a knowledge base that arrives at run time (data-knowledge) before the widget
// trusts it: shape, known topics, sane lengths. Returns a reason instead of throwing.
import { TOPICS, type Entry, type Knowledge } from '../engine/types.ts';

const strings = (v: unknown, max: number, len = 300): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= len);

function check(e: Record<string, unknown>, ids: Set<unknown>): string {
  if (typeof e.id !== 'string' || !/^[a-z\d][a-z\d-]{0,79}$/.test(e.id) || ids.has(e.id)) return 'a missing, bad or repeated id';
  if (!TOPICS.includes(e.topic as never)) return 'an unknown topic';
  if (!strings(e.questions, 60) || !e.questions.length) return 'no questions';
  if (typeof e.md !== 'string' || !e.md.trim() || e.md.length > 4000) return 'a missing or too long answer';
  if (!strings(e.related ?? [], 12, 80) || !strings(e.keywords ?? [], 60) || !strings(e.terms ?? [], 200)) return 'a bad list';
  return '';
}

export function validateKnowledge(data: unknown): Knowledge | string {
  const d = data as Record<string, unknown> | null;
  const list = d?.entries;
  if (!Array.isArray(list) || !list.length || list.length > 1000) return 'no entries list of 1 to 1000 entries';
  if (!strings(d!.realWords ?? [], 10000, 40)) return 'a bad realWords list';
  const ids = new Set<unknown>();
  for (const [i, x] of list.entries()) {
    const why = x && typeof x === 'object' ? check(x, ids) : 'not an object';
    if (why) return `entry ${i} has ${why}`;
    ids.add(x.id);
  }
  const entries = (list as Entry[]).map((e) => ({ ...e, keywords: e.keywords ?? [], related: (e.related ?? []).filter((r) => ids.has(r)) }));
  return { entries, realWords: d!.realWords as string[] | undefined };
}
