// The slim form of the knowledge base that ships inside the widget: each entry keeps only
// its first question (shown on buttons) and its phrasings as precomputed search terms,
// packed into one string for the questions and one for the keywords ("a b|c d", "~e|f g").
// Packing is ordered for gzip (the engine reads phrasings and their terms as sets): terms
// most common first, so phrasings share openings ("needl ..."), and phrasings sorted.
// Ids ship as written (the file names): a clinic file replaces or switches off a built-in
// answer by its id (issue 15), which short keys would not survive from one version to the next.
import { ITEM, LIST, phrasingTerms, type Knowledge, type RedFlagRules } from '../widget/engine/index.ts';

export function slim(knowledge: Knowledge): Knowledge {
  const ids = new Set(knowledge.entries.map((e) => e.id));
  const all = knowledge.entries.map((e) => phrasingTerms(e));
  const count = new Map<string, number>();
  for (const t of all.flat().flatMap((p) => p.replace('~', '').split(' '))) count.set(t, (count.get(t) ?? 0) + 1);
  const byUse = (a: string, b: string) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1);
  const pack = (phrasings: string[]) => phrasings.map((p) => p.split(' ').sort(byUse).join(' ')).sort().join('|');
  // The engine reads every key by name, so keys go in the order that gzips best: the rules first
  // and the answers last, next to the widget's own code and words (253 bytes less than
  // entries, realWords, redFlags).
  return {
    redFlags: packRules(knowledge.redFlags),
    realWords: knowledge.realWords,
    entries: knowledge.entries.map((e, i) => {
      const keywords = all[i].filter((t) => t[0] === '~').map((t) => t.slice(1));
      const terms = [pack(all[i].filter((t) => t[0] !== '~'))];
      if (keywords.length) terms.push('~' + pack(keywords));
      // Two follow-up questions fit a phone screen best (the issue allows 2-3) and save bytes.
      const related = e.related.filter((id) => ids.has(id)).slice(0, 2);
      return { id: e.id, questions: [e.questions[0]], related, topic: e.topic, terms, md: e.md };
    }),
  };
}

/** Alternatives and phrases in sorted order, which gzip packs best; the engine reads each list as a set. */
const sortAlternatives = (phrase: string) =>
  phrase.replace(/\([^)]*\)|\S+/g, (t) => (t.startsWith('(') ? `(${t.slice(1, -1).split('/').sort().join('/')})` : t.split('/').sort().join('/')));
const sortedList = (list: string[]) => list.map(sortAlternatives).sort();

/**
 * The rules as they ship: idea names and rule ids become short keys (the engine reads idea names
 * only as keys, and the widget never shows or sends a rule id), lists sorted.
 */
function packRules(r: RedFlagRules): RedFlagRules {
  const c = r.context;
  const key = new Map(Object.keys(r.ideas).map((name, i) => [name, i.toString(36)]));
  // Rules and ideas first, the speller's word lists last: the order that gzips best.
  return {
    rules: r.rules.map((rule, i) => ({ ...rule, id: i.toString(36), when: rule.when.map((ideas) => ideas.map((name) => key.get(name)!)) })),
    ideas: Object.fromEntries(Object.entries(r.ideas).map(([name, list]) => [key.get(name)!, sortedList(list)])),
    lookAlikes: sortedList(r.lookAlikes),
    sameAs: r.sameAs.map(([w, list]) => [w, sortedList(list)]),
    // The triggers in the order that gzips best (21 bytes less than the rules file's order).
    context: {
      questionOpeners: sortedList(c.questionOpeners),
      notTriggers: sortedList(c.notTriggers),
      cause: { before: sortedList(c.cause.before) },
      asked: { before: sortedList(c.asked.before), after: sortedList(c.asked.after), reportedBy: sortedList(c.asked.reportedBy), notReportedBy: sortedList(c.asked.notReportedBy) },
      negated: { before: sortedList(c.negated.before), after: sortedList(c.negated.after), verbBefore: sortedList(c.negated.verbBefore), endsAt: sortedList(c.negated.endsAt) },
      clauseEnds: sortedList(c.clauseEnds),
      past: { before: sortedList(c.past.before), after: sortedList(c.past.after), current: sortedList(c.past.current) },
      hypothetical: { before: sortedList(c.hypothetical.before) },
      someoneElse: { people: sortedList(c.someoneElse.people), pronouns: sortedList(c.someoneElse.pronouns), self: sortedList(c.someoneElse.self) },
      warningSigns: sortedList(c.warningSigns),
    },
    typoTargets: r.typoTargets,
    realWords: r.realWords,
  };
}

/**
 * The slim knowledge base as JSON, each non-empty list of strings packed into one string
 * ("^a,b,c") that the widget's `unpackLists` reviver splits again. Lists whose items hold the
 * separator stay lists. Throws if some string could be mistaken for a packed list.
 */
export function packJson(knowledge: Knowledge): string {
  return JSON.stringify(slim(knowledge), (_key, value: unknown) => {
    if (typeof value === 'string' && value.startsWith(LIST)) throw new Error(`a knowledge string starts with "${LIST}", which marks a packed list: ${JSON.stringify(value)}`);
    const packable = Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'string' && !x.includes(ITEM) && !x.startsWith(LIST));
    return packable ? LIST + value.join(ITEM) : value;
  });
}
