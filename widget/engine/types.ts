import type { Level, RedFlagRules } from './redflags/types.ts';

/** The fixed list of topics every knowledge entry belongs to (issue #3). */
export const TOPICS = [
  'what-is-dry-needling',
  'about-sciatica',
  'how-it-helps',
  'safety',
  'who-should-avoid',
  'vs-acupuncture',
  'what-to-expect',
  'does-it-hurt',
  'session-count',
  'side-effects',
  'long-term-relief',
  'before-session',
  'after-session',
  'lifestyle',
] as const;

/**
 * The topics of a clinic's own facts (issue 15): never in the built-in guide (a test checks),
 * only in the file a clinic loads with data-knowledge. The team rule gives way to them.
 */
export const CLINIC_TOPICS = ['prices', 'hours', 'location', 'insurance', 'booking', 'staff'] as const;

/** Whether a topic is one of a clinic's own facts. */
export const isClinicTopic = (topic: string) => (CLINIC_TOPICS as readonly string[]).includes(topic);

export type GuideTopic = (typeof TOPICS)[number];
export type ClinicTopic = (typeof CLINIC_TOPICS)[number];
export type Topic = GuideTopic | ClinicTopic;

/** One compiled knowledge entry. `md` is the answer in the allowed Markdown subset. */
export interface Entry {
  id: string;
  topic: Topic;
  /** Several phrasings of the question; the first is the one shown on buttons. */
  questions: string[];
  /** Ids of entries offered as follow-up questions. */
  related: string[];
  /**
   * Extra words that point at this entry without being a whole question (the bundle leaves
   * them out: `terms` has them).
   */
  keywords?: string[];
  /** The answer, in the Markdown subset (paragraphs, `- ` lists, `**bold**`, `[links](https://...)`). */
  md: string;
  /**
   * The questions and keywords already reduced to search terms: space-separated terms, one
   * phrasing per string or several joined by "|", keywords marked by a leading "~" (which
   * covers every phrasing of that string). The build precomputes them so the bundle need not
   * carry every phrasing; when absent the engine derives them from `questions` and `keywords`.
   */
  terms?: string[];
}

export interface Knowledge {
  entries: Entry[];
  /**
   * Common English words that sit one typo away from the engine's vocabulary ("fewer"
   * beside "fever"): the typo corrector leaves them alone. Computed by the compiler.
   */
  realWords?: string[];
  /** The red-flag rules (knowledge/red-flags.yaml): always the built-in ones, whatever base a clinic loads. */
  redFlags: RedFlagRules;
}

/** `warning-signs`: a question about red flags in general, answered with what needs emergency care. */
/** `booking`: asking to book where the clinic books online; the booking page comes first. */
export type ReplyKind =
  'answer' | 'clarify' | 'fallback' | 'urgent' | 'warning-signs' | 'smalltalk' | 'contact' | 'booking';

/** An entry offered as a button: "did you mean" candidates or related questions. */
export interface Suggestion {
  id: string;
  topic: Topic;
  question: string;
}

export interface Reply {
  kind: ReplyKind;
  /** The entry answered; null unless kind is `answer`. */
  id: string | null;
  /** The entry's topic; null unless kind is `answer`. */
  topic: Topic | null;
  /** Confidence 0..1, higher is surer. */
  score: number;
  /** Candidates for `clarify`, empty otherwise. */
  suggestions: Suggestion[];
  /** Follow-up questions for `answer`, empty otherwise. */
  related: Suggestion[];
  /** The reply as plain text. */
  text: string;
  /** For `fallback`: `team` when the guide deliberately leaves it to the clinic (prices, hours...). */
  reason?: 'uncovered' | 'team';
  /** For `urgent` only: how urgent (emergency, crisis or doctor). */
  level?: Level;
  /** For `urgent` only: the id of the rule in knowledge/red-flags.yaml that fired. */
  rule?: string;
}

/** What the engine may know about the conversation and the clinic. */
export interface Context {
  /** Number to call in an emergency; default 911. */
  emergencyNumber?: string;
  /** Crisis line for thoughts of suicide or self-harm; "" for none (the emergency number stands in). */
  crisisLine?: string;
  clinicName?: string;
  /** The clinic's online booking page: asking to book is answered with it first. */
  bookingUrl?: string;
}
