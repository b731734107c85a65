// ConText (Harkema et al., 2009, extending Chapman's NegEx): what a finding means in its
// sentence. Triggers from the rules file's `context` reach forward ("no ...") or back
// ("... ruled out") within their clause; a finding inside their reach is denied, past, asked
// about or hypothetical. Who it is about is the nearest person named before it.
import type { Match } from './phrases.ts';
import { addTo } from '../text.ts';

export type TriggerKind =
  | 'clause-end'
  | 'not-trigger'
  | 'negated-before'
  | 'negated-verb'
  | 'negated-after'
  | 'negation-end'
  | 'past-before'
  | 'past-after'
  | 'current'
  | 'asked-before'
  | 'asked-after'
  | 'reported-by'
  | 'not-reported-by'
  | 'hypothetical-before'
  | 'cause-before'
  | 'warning-signs'
  | 'question-opener'
  | 'self'
  | 'other'
  | 'relation';

const PERSON: ReadonlySet<TriggerKind> = new Set(['self', 'other', 'relation']);
/** Subjects that are someone else (the rules file's subjects also hold "I" and "we"). */
const OTHER_SUBJECTS: ReadonlySet<string> = new Set('he hes she shes they theyre'.split(' '));

/** How far a denial reaches, in words: "no fever, chills, sweats or numbness" ends sooner. */
const NEGATION_REACH = 6;
/** ...and a denied verb: "doesn't belong to me and folds" denies the belonging only. */
const VERB_NEGATION_REACH = 3;

/** Triggers that a finding's own words override ("no" in "no bladder control"). */
const MODIFIERS: ReadonlySet<TriggerKind> = new Set([
  'negated-before',
  'negated-verb',
  'negated-after',
  'past-before',
  'past-after',
  'asked-before',
  'asked-after',
  'hypothetical-before',
  'cause-before',
]);

export interface Flags {
  negated: boolean;
  past: boolean;
  /** Asked about in general, or about its cause: not reported. */
  asked: boolean;
  /** A condition or a future. */
  hypothetical: boolean;
  /** The nearest person named at or before the finding in its sentence, if any. */
  person: Person;
}

/** Whom a finding is about; `unknown` when its sentence names nobody before it. */
export type Person = 'self' | 'other' | 'unknown';

export interface SentenceContext {
  /** The sentence's words as written (after spelling), for reading a trigger's word. */
  words: string[];
  triggers: Match<TriggerKind>[];
  /** The same triggers by kind, and the people named, read many times per finding. */
  byKind?: Map<TriggerKind, Match<TriggerKind>[]>;
  people?: Match<TriggerKind>[];
  clause: number[];
  /** Who the previous sentences were last about. */
  personBefore: Person;
  /** The message names no one (no "I", "my", "he", "my dad"): its questions ask in general. */
  namesNobody: boolean;
}

/** Drops triggers inside a phrase that only looks like one: "not" in "not only", "I" in "I heard". */
export function usableTriggers(triggers: Match<TriggerKind>[]): Match<TriggerKind>[] {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const fake = triggers.filter((t) => t.value === 'not-trigger');
  const noReport = triggers.filter((t) => t.value === 'not-reported-by');
  return triggers.filter(
    (t) =>
      !(MODIFIERS.has(t.value) && fake.some((f) => overlaps(f, t))) &&
      !(t.value === 'reported-by' && noReport.some((f) => overlaps(f, t))),
  );
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Whether a trigger is part of the finding's own words ("no" in "no bladder control", with
 * "bladder" and "no ... control" found together). A trigger with a gap ("can ... cause") is
 * judged by its first and last words: "sciatica" inside "can sciatica cause" is not one of them.
 */
const inside = (t: Span, own: Span[]) =>
  own.some((f) => (f.start <= t.start && t.start < f.end) || (f.start < t.end && t.end <= f.end));

/**
 * The flags of one finding, words [start, end) of its sentence. `own` are the words of the
 * findings it is read with (itself included): triggers among them do not count.
 */
export function flagsOf(span: Span, ctx: SentenceContext, own: Span[] = [span]): Flags {
  const { clause } = ctx;
  if (!ctx.byKind) {
    ctx.byKind = new Map();
    for (const t of ctx.triggers) addTo(ctx.byKind, t.value, t);
  }
  const byKind = ctx.byKind;
  const of = (kind: TriggerKind) => (byKind.get(kind) ?? []).filter((t) => !MODIFIERS.has(kind) || !inside(t, own));
  const startClause = clause[span.start];
  const endClause = clause[span.end - 1];
  const before = (kind: TriggerKind, reach = Infinity, wholeSentence = false) =>
    of(kind).filter(
      (t) => t.end <= span.start && (wholeSentence || clause[t.start] === startClause) && span.start - t.end <= reach,
    );
  const after = (kind: TriggerKind, reach = Infinity, wholeSentence = false) =>
    of(kind).filter(
      (t) => t.start >= span.end && (wholeSentence || clause[t.start] === endClause) && t.start - span.end <= reach,
    );
  const inClause = (kind: TriggerKind) =>
    of(kind).some((t) => clause[t.start] === startClause || clause[t.start] === endClause);
  // The visitor's own report anywhere after the question's start, up to the end of the finding's clause.
  const clauseEnd = clause.lastIndexOf(endClause) + 1;
  const selfBetween = (from: number) => of('reported-by').some((t) => t.start >= from && t.start < clauseEnd);

  // A denial stops at a new subject: "if it doesn't work I'm going to..." denies the work.
  const subjectBetween = (from: number, to: number) => of('negation-end').some((t) => t.start >= from && t.start < to);
  const denial = (kind: TriggerKind, reach: number) =>
    before(kind, reach).some((t) => !subjectBetween(t.end, span.start));
  const negated =
    denial('negated-before', NEGATION_REACH) ||
    denial('negated-verb', VERB_NEGATION_REACH) ||
    after('negated-after', NEGATION_REACH).length > 0;
  // "Surgery in 2015, fully recovered": a recovery looks back over the whole sentence.
  const past =
    (before('past-before').length > 0 || after('past-after', Infinity, true).length > 0) && !inClause('current');
  // "What is foot drop?" asks; "what is this numbness in my groin?" reports: the visitor's own
  // words win. A general question reaches over the whole sentence ("which red flags do you
  // screen for: cauda equina, ..."); a question about a cause, only its clause.
  const asked =
    before('cause-before').length > 0 ||
    before('asked-before', Infinity, true).some((t) => !selfBetween(t.end)) ||
    (after('asked-after', Infinity, true).length > 0 && !selfBetween(0));
  // "Is foot drop common with sciatica?": a question that names nobody is not a report.
  const opener = of('question-opener').find((t) => clause[t.start] === startClause);
  const general =
    ctx.namesNobody && opener !== undefined && opener.start === clause.indexOf(startClause) && opener.end <= span.start;
  const hypothetical = before('hypothetical-before').length > 0 || general;
  return { negated, past, asked, hypothetical, person: personAt(span.end, ctx) };
}

/**
 * The nearest person named before `end` in its clause, or `unknown`: in "at my nephew's party,
 * landed flat on my back" the nephew is not who landed.
 */
export function personAt(end: number, ctx: SentenceContext): Person {
  let best: Match<TriggerKind> | undefined;
  const own = ctx.clause[end - 1];
  ctx.people ??= ctx.triggers.filter((t) => PERSON.has(t.value));
  // "my pregnant wife is bleeding": a relation named right after the finding, with "my" right
  // before it, is whom it describes ("a transplant patient, I've got..." is not).
  if (ctx.words[end - 2] === 'my' && ctx.people.some((t) => t.start === end && t.value === 'relation')) return 'other';
  for (const t of ctx.people) {
    if (t.start < end && ctx.clause[t.start] === own && (!best || t.start > best.start)) best = t;
  }
  // "I'm 35 and just have sciatica": a clause that names nobody belongs to the last subject before it.
  if (!best) best = ctx.triggers.filter((t) => t.value === 'negation-end' && t.start < end).pop();
  if (!best) return 'unknown';
  return best.value === 'other' || best.value === 'relation' || OTHER_SUBJECTS.has(ctx.words[best.start])
    ? 'other'
    : 'self';
}
