// The red-flag rules as the engine reads them: knowledge/red-flags.yaml, checked and
// compiled by knowledge/red-flags.ts at build time. Reasons, sources and examples stay in
// the YAML for reviewers and tests; the bundle carries only what matching needs.

export const LEVELS = ['emergency', 'crisis', 'doctor'] as const;

/** emergency: call the emergency number now; crisis: a crisis line; doctor: a doctor before any treatment. */
export type Level = (typeof LEVELS)[number];

/** Phrases written in the rules file's pattern syntax (see the head of red-flags.yaml). */
export type Patterns = string[];

export interface ContextLexicon {
  /** Words that end a clause, and so the reach of a trigger ("but", "although"). */
  clauseEnds: Patterns;
  /** Look like triggers but are not ("not only", "no idea"). */
  notTriggers: Patterns;
  /**
   * Denials; a denial before a finding stops at `endsAt` (a new subject); `verbBefore`
   * reaches only the next few words.
   */
  negated: { before: Patterns; verbBefore: Patterns; after: Patterns; endsAt: Patterns };
  past: { before: Patterns; after: Patterns; current: Patterns };
  /** Questions about a term or a symptom in general ("what is foot drop?"). */
  asked: { before: Patterns; after: Patterns; reportedBy: Patterns; notReportedBy: Patterns };
  /** Conditions and futures ("what if I lose control?"). */
  hypothetical: { before: Patterns };
  /** Questions about causes, and questions about the question ("can needling cause...", "the form asks if..."). */
  cause: { before: Patterns };
  someoneElse: { people: Patterns; pronouns: Patterns; self: Patterns };
  /** Questions about the warning signs themselves. */
  warningSigns: Patterns;
  /** Words that open a question; a question that names nobody asks in general ("is foot drop common?"). */
  questionOpeners: Patterns;
}

export interface RuleData {
  id: string;
  level: Level;
  /** Alternatives, each a list of idea names that must all be found. */
  when: string[][];
  /** Words allowed between the ideas of one sentence, or anywhere in the message. */
  within?: number | 'message';
  /** A finding in the past still counts (a history of cancer). */
  pastCounts?: boolean;
  /** A finding in a condition still counts ("what if I just ended it all"). */
  hypotheticalCounts?: boolean;
}

export interface RedFlagRules {
  lookAlikes: Patterns;
  /** Other spellings of a word: [the word, its other spellings]. */
  sameAs: [string, Patterns][];
  context: ContextLexicon;
  ideas: Record<string, Patterns>;
  rules: RuleData[];
  /** Words typos are corrected towards (computed by the build). */
  typoTargets: string[];
  /** Common words within a typo of those: never read as typos (computed by the build). */
  realWords: string[];
}

/** What the check found in a message. */
export type RedFlag =
  | {
      level: Level;
      rule: string;
      /** Set when the finding is about someone else: "your dad", or "" when unnamed. */
      someoneElse?: string;
    }
  | { level: null; asksAboutWarningSigns: true };
