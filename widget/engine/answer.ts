// The answer engine: pure, synchronous, no DOM, storage or timers. The same code runs in
// the widget, in the `ask` and `eval` scripts, and in the knowledge linter.
import type { Context, Knowledge, Reply, Suggestion } from './types.ts';
import { buildIndex, queryTerms, rank, strangers, type Ranked, type SearchIndex } from './search.ts';
import { isUrgent } from './redflags.ts';
import { contactIntent, smallTalk, teamIntent } from './intents.ts';
import { CLARIFY_TEXT, contactText, smallTalkText, TEAM_TEXT, UNCOVERED_TEXT, urgentText } from './replies.ts';
import { plainText } from '../knowledge/markdown.ts';

/** Calibrated on tests/eval/questions.jsonl; see ARCHITECTURE.md before changing. */
export const THRESHOLDS = Object.freeze({
  /** Answer outright at this score, unless another topic is within `margin`. */
  answer: 0.5,
  margin: 0.02,
  /** ...or at this lower score when the runner-up of another topic trails by `lead`. */
  leading: 0.32,
  lead: 0.1,
  /** Below `answer`, candidates this good are offered as "did you mean". */
  clarify: 0.35,
});

const indexes = new WeakMap<Knowledge, SearchIndex>();

/** Builds (once per knowledge object) the search index; call it at idle time to make the first answer instant. */
export function prepare(knowledge: Knowledge): SearchIndex {
  let index = indexes.get(knowledge);
  if (!index) indexes.set(knowledge, (index = buildIndex(knowledge)));
  return index;
}

function suggestion(k: Knowledge, i: number): Suggestion {
  const e = k.entries[i];
  return { id: e.id, topic: e.topic, question: e.questions[0] };
}

function reply(kind: Reply['kind'], text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, id: null, topic: null, score: 1, suggestions: [], related: [], text, ...extra };
}

/** Answers one visitor message; returns null for empty or whitespace-only input. */
export function answer(text: string, knowledge: Knowledge, context: Context = {}): Reply | null {
  const raw = typeof text === 'string' ? text : '';
  if (!raw.trim()) return null;
  const index = prepare(knowledge);
  const q = queryTerms(index, raw);
  if (!q.surface.length) return reply('fallback', UNCOVERED_TEXT, { reason: 'uncovered' });
  if (isUrgent(q.surface)) return reply('urgent', urgentText(context));
  const joined = q.surface.join(' ');
  if (contactIntent(joined)) return reply('contact', contactText(context));
  const talk = smallTalk(joined);
  if (talk) return reply('smalltalk', smallTalkText(talk, context));
  if (teamIntent(joined)) return reply('fallback', TEAM_TEXT, { reason: 'team' });

  const ranked = rankMessage(index, raw, q.terms);
  const top = ranked[0];
  // "Dry needling for my knee?" is about the knee: the guide's general answer would mislead.
  if (!top || top.score < THRESHOLDS.clarify || strangers(index, top.entry, top.terms).length) {
    return reply('fallback', UNCOVERED_TEXT, { reason: 'uncovered', score: round(1 - (top?.score ?? 0)) });
  }
  const entries = knowledge.entries;
  const topTopic = entries[top.entry].topic;
  const runnerUp = ranked.find((r) => entries[r.entry].topic !== topTopic)?.score ?? 0;
  const gap = top.score - runnerUp;
  if ((top.score >= THRESHOLDS.answer && gap >= THRESHOLDS.margin) || (top.score >= THRESHOLDS.leading && gap >= THRESHOLDS.lead)) {
    const e = entries[top.entry];
    const related = e.related
      .map((id) => entries.findIndex((x) => x.id === id))
      .filter((i) => i >= 0)
      .slice(0, 3)
      .map((i) => suggestion(knowledge, i));
    return reply('answer', plainText(e.md), { id: e.id, topic: e.topic, score: round(top.score), related });
  }
  const picks: number[] = [top.entry];
  for (const r of ranked) {
    if (picks.length === 3 || r.score < Math.max(THRESHOLDS.clarify, top.score - THRESHOLDS.margin * 2)) break;
    if (!picks.some((p) => entries[p].topic === entries[r.entry].topic)) picks.push(r.entry);
  }
  if (picks.length < 2) return reply('fallback', UNCOVERED_TEXT, { reason: 'uncovered', score: round(1 - top.score) });
  return reply('clarify', CLARIFY_TEXT, { score: round(top.score), suggestions: picks.map((i) => suggestion(knowledge, i)) });
}

/** When a message has question sentences, they speak for it; the rest is backstory. */
const WHOLE_FACTOR = 0.9;
const STATEMENT_FACTOR = 0.75;

export interface Scored extends Ranked {
  /** The terms of the sentence (or whole message) that gave the entry its score. */
  terms: string[];
}

/**
 * Long messages bury the question among the backstory: each sentence is ranked on its
 * own too, and every entry keeps its best score.
 */
export function rankMessage(index: SearchIndex, raw: string, whole: string[]): Scored[] {
  const best = new Map<number, Scored>();
  const add = (terms: string[], factor: number) => {
    for (const r of rank(index, terms)) {
      const score = r.score * factor;
      if (score > (best.get(r.entry)?.score ?? 0)) best.set(r.entry, { entry: r.entry, score, terms });
    }
  };
  const sentences = raw.split(/(?<=[.?!;\n])\s+/).slice(0, 20);
  const asks = sentences.length > 1 && sentences.some((s) => /\?\s*$/.test(s));
  add(whole, asks ? WHOLE_FACTOR : 1);
  if (sentences.length > 1) {
    for (const s of sentences) add(queryTerms(index, s).terms, !asks || /\?\s*$/.test(s) ? 1 : STATEMENT_FACTOR);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
