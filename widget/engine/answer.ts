// The answer engine: pure, synchronous, no DOM, storage or timers. The same code runs in
// the widget, in the `ask` and `eval` scripts, and in the knowledge linter.
import { isClinicTopic, type Context, type Entry, type Knowledge, type Reply, type Suggestion } from './types.ts';
// The copy and the intents first: their sentences and word lists land in the bundle right
// after the knowledge JSON, whose words they share (-122 B gzipped).
import { COPY } from '../copy.ts';
import { bookingIntent, contactIntent, smallTalk, teamIntent } from './intents.ts';
import { buildIndex, queryTerms, rank, uncoveredSubjects, type Ranked, type SearchIndex } from './search.ts';
import { checkRedFlags } from './redflags/check.ts';
import type { RedFlag } from './redflags/types.ts';
import { plainText } from './markdown.ts';
import { oncePer } from './text.ts';

// The thresholds below were calibrated on tests/eval/questions.jsonl by sweeping each value
// over a grid: they sit on the plateau where no out-of-scope question is answered.
// Out-of-scope questions that name nothing foreign score at most ~0.32 with no lead (so
// `CLARIFY` stays above them), while right answers reach `ANSWER` or lead their runner-up by
// `LEAD`. Lower values gained at most one dev question and would trade safety margin for it.
// Long messages are scored against a perfect answer to their question (see `rank`), so one
// scale serves every length.

/** Answer outright at this score, unless another topic is within `MARGIN`. */
const ANSWER = 0.5;
const MARGIN = 0.02;
/** ...or at this lower score when the runner-up of another topic trails by `LEAD`. */
const LEADING = 0.32;
const LEAD = 0.1;
/** Below `ANSWER`, candidates this good are offered as "did you mean". */
const CLARIFY = 0.35;

/** Builds (once per knowledge object) the search index; call it at idle time to make the first answer instant. */
export const prepare: (knowledge: Knowledge) => SearchIndex = oncePer(buildIndex);

/** An entry as a question to offer on a button. */
export function suggestion(e: Entry): Suggestion {
  return { id: e.id, topic: e.topic, question: e.questions[0] };
}

function reply(kind: Reply['kind'], text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, id: null, topic: null, score: 1, suggestions: [], related: [], text, ...extra };
}

/** An answer with exactly this entry, and its related questions as follow-ups. */
export function entryReply(entries: Entry[], e: Entry, score = 1): Reply {
  const related = e.related
    .flatMap((id) => entries.filter((x) => x.id === id))
    .slice(0, 2)
    .map(suggestion);
  return reply('answer', plainText(e.md), { id: e.id, topic: e.topic, score: clamp(score), related });
}

/** "I don't know", as sure as the best candidate was unsure. */
function uncovered(score: number): Reply {
  return reply('fallback', COPY.uncovered, { reason: 'uncovered', score: clamp(score) });
}

/** The reply to a red flag, or to a question about the warning signs; it stands alone. */
function redFlagReply(flag: RedFlag, context: Context): Reply {
  const c = {
    emergencyNumber: context.emergencyNumber || '911',
    crisisLine: context.crisisLine ?? '',
    someoneElse: flag.level ? flag.someoneElse : undefined,
  };
  if (!flag.level) return reply('warning-signs', COPY.warningSigns(c));
  return reply('urgent', COPY.urgent[flag.level](c), { level: flag.level, rule: flag.rule });
}

/**
 * The most of a message the engine reads: four times what the widget lets a visitor type
 * (MAX_QUESTION), so a script or a CLI passing a whole document cannot make one call slow.
 */
export const MAX_TEXT = 2000;

/** Answers one visitor message; returns null for empty or whitespace-only input. */
export function answer(text: string, knowledge: Knowledge, context: Context = {}): Reply | null {
  const raw = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  if (!raw.trim()) return null;
  // Red flags come first, on the words as typed: nothing else may answer that message.
  const flag = checkRedFlags(raw, knowledge.redFlags);
  if (flag) return redFlagReply(flag, context);
  const index = prepare(knowledge);
  const q = queryTerms(index, raw);
  if (!q.surface.length) return uncovered(1);
  const joined = q.surface.join(' ');
  // Asking to book, where the clinic books online: its own booking answer, if it has one, and
  // the booking page first; a message to the team second (issue 15).
  if (context.bookingUrl && bookingIntent(joined)) {
    const own = knowledge.entries.find((e) => e.topic === 'booking');
    return own ? { ...entryReply(knowledge.entries, own), kind: 'booking' } : reply('booking', COPY.booking);
  }
  if (contactIntent(joined)) return reply('contact', COPY.contact(context.clinicName ?? ''));
  const talk = smallTalk(joined);
  if (talk) return reply('smalltalk', COPY.smallTalk[talk]);
  // Prices, hours, insurance...: "our team can answer that", unless the clinic's own facts
  // answer it outright (issue 15). Without such an entry the reply is the team's, as before.
  const team = teamIntent(joined) && reply('fallback', COPY.uncovered, { reason: 'team' });

  const ranked = rankMessage(index, raw, q.terms);
  const top = ranked[0];
  // "Dry needling for my knee?" is about the knee: the guide's general answer would mislead.
  if (!top || top.score < CLARIFY || uncoveredSubjects(index, top.entry, top.terms).length) {
    return team || uncovered(1 - (top?.score ?? 0));
  }
  const entries = knowledge.entries;
  const topTopic = entries[top.entry].topic;
  const runnerUp = ranked.find((r) => entries[r.entry].topic !== topTopic)?.score ?? 0;
  const gap = top.score - runnerUp;
  const clear = (top.score >= ANSWER && gap >= MARGIN) || (top.score >= LEADING && gap >= LEAD);
  if (clear && (!team || isClinicTopic(topTopic))) {
    return entryReply(entries, entries[top.entry], top.score);
  }
  if (team) return team;
  const picks: number[] = [top.entry];
  for (const r of ranked) {
    if (picks.length === 3 || r.score < Math.max(CLARIFY, top.score - MARGIN * 2)) break;
    if (!picks.some((p) => entries[p].topic === entries[r.entry].topic)) picks.push(r.entry);
  }
  if (picks.length < 2) return uncovered(1 - top.score);
  return reply('clarify', COPY.clarify, {
    score: clamp(top.score),
    suggestions: picks.map((i) => suggestion(entries[i])),
  });
}

/** Backstory around a question counts this much against the question's own words. */
const CONTEXT_WEIGHT = 0.5;
/** A clause that opens like a question is one, even without a question mark. */
const ASKS = /^(wh(at|ats|y|en|ere|ich|o)|how|is|are|am|can|could|should|will|would|do|does|did|any|anything)\b/;

export interface Scored extends Ranked {
  /** The terms that speak for the message: its questions' when it has any, else all of it. */
  terms: string[];
}

/**
 * Long messages bury the question among the backstory: the words of the clauses that ask
 * (a question mark, or an opening like "what", "is", "should") count in full, the rest less.
 */
export function rankMessage(index: SearchIndex, raw: string, whole: string[]): Scored[] {
  const sentences = raw
    .toLowerCase()
    .split(/(?<=[.?!;\n])\s+/)
    .slice(0, 20);
  const asks = (c: string) => /\?\s*$/.test(c) || ASKS.test(c.replace(/^\W+/, ''));
  const clauses = sentences.flatMap((s) => s.split(/,\s*/));
  const asking = clauses.filter(asks);
  if (!asking.length || asking.length === clauses.length)
    return rank(index, whole).map((r) => ({ ...r, terms: whole }));
  const asked = new Set(queryTerms(index, asking.join('. ')).terms);
  const focus = new Map(whole.map((t) => [t, asked.has(t) ? 1 : CONTEXT_WEIGHT]));
  // The sentences that ask name what the question is about ("shoulder pain, would it help?").
  const about = new Set(queryTerms(index, sentences.filter((s) => s.split(/,\s*/).some(asks)).join('. ')).terms);
  const terms = whole.filter((t) => about.has(t));
  return rank(index, whole, focus).map((r) => ({ ...r, terms }));
}

/** Scores shown as confidence stay within 0..1 (a focused score may pass 1, see `rank`). */
function clamp(n: number): number {
  return Math.max(0, Math.min(1, n));
}
