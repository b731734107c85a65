// Checks a knowledge base that arrives at run time (data-knowledge) before the widget
// trusts it: shape, known topics, sane lengths. Returns a reason instead of throwing.
// Two kinds of file: a whole base (`npm run knowledge -- --json`) replaces the built-in one;
// a clinic file (`--build`, or the setup page) adds to it (see clinic.ts).
// The red-flag rules always stay the built-in ones: a clinic's file cannot change them.
import { isClinicTopic, type Entry, type Knowledge } from '../engine/index.ts';
import { CLINIC_FORMAT, mergeClinic, type ClinicFile } from './clinic.ts';

const texts = (v: unknown, max: number, len = 300) =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= len);

/** `builtIn` is the widget's own base: it has every guide topic, and the red-flag rules. */
export function validateKnowledge(data: unknown, builtIn: Knowledge): Knowledge | string {
  const topics = new Set(builtIn.entries.map((e) => e.topic));
  const d = data as (Knowledge & ClinicFile) | null;
  // A clinic file may only switch built-in entries off; its own may be clinic facts.
  const clinic = d?.format === CLINIC_FORMAT;
  const list = d?.entries;
  const ids = new Set<unknown>();
  const ok = (e: Entry) =>
    /^[\w-]{1,80}$/.test(e?.id) &&
    ids.add(e.id) &&
    (topics.has(e.topic) || (clinic && isClinicTopic(e.topic))) &&
    texts(e.questions, 60) &&
    e.questions[0] &&
    typeof e.md === 'string' &&
    e.md.trim() &&
    e.md.length <= 4000 &&
    texts(e.related ?? [], 12, 80) &&
    texts(e.keywords ?? [], 60) &&
    texts(e.terms ?? [], 200, 4000);
  if (!Array.isArray(list) || !(list.length || clinic) || list.length > 1000 || !texts(d!.realWords ?? [], 1e4, 40))
    return 'no entries list';
  if (clinic && (d.version !== 1 || !texts(d.disabled, 1000, 80))) return 'not version 1';
  // A repeated id leaves fewer ids than entries.
  if (!list.every(ok) || ids.size < list.length) return 'an entry is malformed, repeated or has an unknown topic';
  const entries = clinic ? mergeClinic(builtIn.entries, d) : list;
  const known = new Set(entries.map((e) => e.id));
  return {
    entries: entries.map((e) => ({ ...e, related: (e.related ?? []).filter((r) => known.has(r)) })),
    realWords: clinic ? builtIn.realWords : d!.realWords,
    redFlags: builtIn.redFlags,
  };
}
