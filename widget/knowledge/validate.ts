// Checks a knowledge base that arrives at run time (data-knowledge) before the widget
// trusts it: shape, known topics, sane lengths. Returns a reason instead of throwing.
import { TOPICS, type Knowledge } from '../engine/types.ts';

const texts = (v: unknown, max: number, len = 300) => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= len);

export function validateKnowledge(data: unknown): Knowledge | string {
  const d = data as Knowledge | null;
  const list = d?.entries;
  if (!Array.isArray(list) || !list.length || list.length > 1000 || !texts(d!.realWords ?? [], 1e4, 40)) return 'not a compiled knowledge base';
  const ids = new Set<unknown>();
  for (const [i, e] of list.entries()) {
    const ok =
      e && typeof e.id === 'string' && /^[a-z\d][a-z\d-]{0,79}$/.test(e.id) && !ids.has(e.id) &&
      TOPICS.includes(e.topic) &&
      texts(e.questions, 60) && e.questions.length &&
      typeof e.md === 'string' && e.md.trim() && e.md.length <= 4000 &&
      texts(e.related ?? [], 12, 80) && texts(e.keywords ?? [], 60) && texts(e.terms ?? [], 200);
    if (!ok) return `entry ${i} has a missing, repeated or malformed field`;
    ids.add(e.id);
  }
  return { entries: list.map((e) => ({ ...e, related: (e.related ?? []).filter((r) => ids.has(r)) })), realWords: d!.realWords };
}
