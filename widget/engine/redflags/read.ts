// Reading a message into findings: each sentence spelled, its look-alikes set aside, its ideas
// found, and the context (ConText) each finding is read in.
import { findAll, matchesAt, rewrite, type Match, type PhraseIndex } from './phrases.ts';
import { sentences } from './sentences.ts';
import { lemma } from './lemma.ts';
import { flagsOf, personAt, usableTriggers, type Person, type SentenceContext, type TriggerKind } from './context.ts';
import type { Compiled } from './compiled.ts';
import { addTo } from '../text.ts';

/** A finding: one idea's words in one sentence, and whom its sentence says it is about. */
export interface Finding {
  idea: string;
  sentence: number;
  start: number;
  end: number;
  person: Person;
  context: SentenceContext;
}

const SET_ASIDE = '~';

/** Drops a finding that contains another of the same idea: "no loss of control" is "loss of control" after "no". */
function narrowest(matches: Match<string>[]): Match<string>[] {
  const byIdea = new Map<string, Match<string>[]>();
  for (const m of matches) addTo(byIdea, m.value, m);
  return [...byIdea.values()].flatMap((list) =>
    list.filter(
      (m, i) =>
        !list.some(
          (o, j) => j !== i && o.start >= m.start && o.end <= m.end && (o.end - o.start < m.end - m.start || j < i),
        ),
    ),
  );
}

/** Replaces each look-alike with one set-aside word, in both the written and the reduced words. */
function setAside(lookAlikes: PhraseIndex<null>, written: string[], clause: number[]) {
  const reduced = written.map(lemma);
  const out = { tokens: [] as string[], reduced: [] as string[], clause: [] as number[] };
  for (let i = 0; i < written.length;) {
    const end = Math.max(i, ...matchesAt(lookAlikes, reduced, i).map((m) => m.end));
    out.tokens.push(end > i ? SET_ASIDE : written[i]);
    out.reduced.push(end > i ? SET_ASIDE : reduced[i]);
    out.clause.push(clause[i]);
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Gives every word from a clause-ending word on a clause of its own. */
function splitClauses(clause: number[], ends: Match<TriggerKind>[], next: () => number): number[] {
  const out = [...clause];
  for (const { start } of ends.sort((a, b) => a.start - b.start)) {
    const old = out[start];
    const fresh = next();
    for (let j = start; j < out.length && out[j] === old; j++) out[j] = fresh;
  }
  return out;
}

export interface Read {
  findings: Finding[];
  warningSigns: boolean;
  /** "your dad" when the message names whom it is about. */
  relation: string;
}

const PEOPLE: ReadonlySet<TriggerKind> = new Set(['self', 'other', 'relation']);

export function read(text: string, c: Compiled): Read {
  const findings: Finding[] = [];
  let warningSigns = false;
  let relation = '';
  let personBefore: Person = 'unknown';
  let clauseCounter = 1e6;
  const parsed = sentences(text).map((s) => {
    const spelled = rewrite(c.sameAs(), s.tokens.map(c.spell()), s.clause, (word) => word);
    // Triggers read the words as written ("fixed it"); ideas and look-alikes read them reduced ("fix it").
    const { tokens, reduced, clause: rawClause } = setAside(c.lookAlikes(), spelled.tokens, spelled.clause);
    const triggers = findAll(c.triggers(), tokens);
    const clause = splitClauses(
      rawClause,
      triggers.filter((t) => t.value === 'clause-end'),
      () => clauseCounter++,
    );
    return { tokens, clause, triggers, ideas: narrowest(findAll(c.ideas(), reduced)) };
  });
  const namesNobody = !parsed.some((s) => s.triggers.some((t) => PEOPLE.has(t.value)));
  parsed.forEach(({ tokens, clause, triggers, ideas }, index) => {
    const ctx: SentenceContext = {
      words: tokens,
      triggers: usableTriggers(triggers),
      clause,
      personBefore,
      namesNobody,
    };
    for (const m of ideas) {
      // A finding whose sentence names nobody is about whoever the message was last about.
      const person = personAt(m.end, ctx);
      findings.push({
        idea: m.value,
        sentence: index,
        start: m.start,
        end: m.end,
        person: person === 'unknown' ? personBefore : person,
        context: ctx,
      });
    }
    for (const t of ctx.triggers) {
      if (t.value === 'warning-signs' && !flagsOf(t, ctx).negated) warningSigns = true;
      const owner = tokens[t.start - 1];
      if (t.value === 'relation' && !relation && (owner === 'my' || owner === 'our'))
        relation = `your ${tokens[t.start]}`;
    }
    const last = personAt(tokens.length, ctx);
    if (last !== 'unknown') personBefore = last;
  });
  return { findings, warningSigns, relation };
}
