// Checks a message against the red-flag rules (knowledge/red-flags.yaml): each sentence is
// spelled, its look-alikes set aside, its ideas found, and ConText decides what each finding
// means. A rule fires when all its ideas are found close enough, for one person, neither
// denied, past (unless the rule says the past counts) nor only asked about.
import { LEVELS, type RedFlag, type RedFlagRules, type RuleData } from './types.ts';
import { compiledRules } from './compiled.ts';
import { read, type Finding } from './read.ts';
import { oncePer } from '../text.ts';
// Last: context.ts then lands in the bundle beside read.ts, which uses the same names (-52 B gzipped).
import { flagsOf, type Flags } from './context.ts';

/** Findings of one idea tried per rule: a message would need to be absurdly long to reach it. */
const MAX_PER_IDEA = 40;

/** Every way to pick one finding of each idea, close enough together, built one idea at a time. */
function* combinations(
  ideas: string[],
  findings: Finding[],
  within: RuleData['within'],
  combo: Finding[] = [],
): Generator<Finding[]> {
  if (combo.length === ideas.length) {
    yield combo;
    return;
  }
  for (const f of findings.filter((x) => x.idea === ideas[combo.length]).slice(0, MAX_PER_IDEA)) {
    const next = [...combo, f];
    if (within !== 'message' && !close(next, within ?? 0)) continue;
    yield* combinations(ideas, findings, within, next);
  }
}

/** All in one sentence, with at most `within` words between the first and the last. */
function close(combo: Finding[], within: number): boolean {
  if (combo.some((f) => f.sentence !== combo[0].sentence)) return false;
  return Math.max(...combo.map((f) => f.start)) - Math.min(...combo.map((f) => f.end)) <= within;
}

type Status = 'fires' | 'asked' | 'no';

/** Each finding's flags read on its own words alone: most findings are read this way. */
const alone = oncePer((f: Finding) => flagsOf(f, f.context));

/**
 * A finding's flags read with the others of its combination: "no" in "no ... control" belongs
 * to the other finding, so it does not deny "bladder". Only then are the flags read again.
 */
function flagsIn(f: Finding, combo: Finding[]): Flags {
  const own = combo.filter((o) => o.sentence === f.sentence);
  if (own.length > 1 && f.context.triggers.some((t) => own.some((o) => o !== f && t.start < o.end && o.start < t.end)))
    return flagsOf(f, f.context, own);
  return alone(f);
}

function status(rule: RuleData, combo: Finding[]): Status {
  const flags = combo.map((f) => flagsIn(f, combo));
  if (flags.some((f) => f.negated)) return 'no';
  // "My aunt had cancer; is needling safe for my back?" joins two people: not one finding.
  const people = new Set(combo.map((f) => f.person).filter((p) => p !== 'unknown'));
  if (people.size > 1) return 'no';
  if (flags.some((f) => f.asked)) return 'asked';
  if (!rule.hypotheticalCounts && flags.some((f) => f.hypothetical)) return 'asked';
  // The rule's first idea is the finding whose time counts (a crash long ago, not back pain);
  // where its past counts (a cancer), the others must be new.
  if (rule.pastCounts ? flags.slice(1).some((f) => f.past) : flags[0].past) return 'no';
  return 'fires';
}

/**
 * For `npm run ask -- --explain`: the findings, and how each rule reads them.
 * Not shipped: nothing in the widget calls it, so the build leaves it out.
 */
export function explainRedFlags(text: string, rules: RedFlagRules): string[] {
  const c = compiledRules(rules);
  const { findings } = read(text, c);
  const contexts = [...new Set(findings.map((f) => f.context))];
  const out = contexts.flatMap((x) => x.triggers.map((t) => `trigger ${t.value} [${t.start}-${t.end}]`));
  out.push(...findings.map((f) => `finding ${f.idea} [${f.sentence}:${f.start}-${f.end}] ${f.person}`));
  for (const rule of rules.rules)
    for (const ideas of rule.when)
      for (const combo of combinations(ideas, findings, rule.within))
        out.push(`${rule.id} ${ideas.join('+')} -> ${status(rule, combo)}`);
  return out;
}

/**
 * The most urgent red flag in a message, or a question about the warning signs, or null.
 * `text` is what the visitor typed; `rules` come from the compiled knowledge base.
 */
export function checkRedFlags(text: string, rules: RedFlagRules): RedFlag | null {
  const c = compiledRules(rules);
  const { findings, warningSigns, relation } = read(text, c);
  let asked = warningSigns;
  let best: { rule: RuleData; combo: Finding[] } | null = null;
  for (const rule of rules.rules) {
    if (best && LEVELS.indexOf(best.rule.level) <= LEVELS.indexOf(rule.level)) continue;
    for (const ideas of rule.when) {
      for (const combo of combinations(ideas, findings, rule.within)) {
        const s = status(rule, combo);
        if (s === 'asked') asked = true;
        if (s === 'fires') best = { rule, combo };
        if (best) break;
      }
      if (best?.rule === rule) break;
    }
  }
  if (best) {
    const flag: RedFlag = { level: best.rule.level, rule: best.rule.id };
    if (best.combo.some((f) => f.person === 'other')) flag.someoneElse = relation;
    return flag;
  }
  return asked ? { level: null, asksAboutWarningSigns: true } : null;
}
