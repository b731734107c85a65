// The engine's public surface: what the widget, the build (knowledge/, vite.config.ts) and the
// commands (scripts/) may use. Everything else in engine/ is its own business; unit tests may
// still reach a module directly to test it.

// Answering a message
export { answer, entryReply, MAX_TEXT, prepare, suggestion } from './answer.ts';
export { warmUpSteps } from './warm-up.ts';
export { CLINIC_TOPICS, isClinicTopic, TOPICS } from './types.ts';
export type {
  ClinicTopic,
  Context,
  Entry,
  GuideTopic,
  Knowledge,
  Reply,
  ReplyKind,
  Suggestion,
  Topic,
} from './types.ts';

// Red flags
export { checkRedFlags, explainRedFlags } from './redflags/check.ts';
export { compiledRules, rulePrefixes } from './redflags/compiled.ts';
export { lemma } from './redflags/lemma.ts';
export { matchAt, parsePattern } from './redflags/pattern.ts';
export { LEVELS } from './redflags/types.ts';
export type { ContextLexicon, Level, RedFlag, RedFlagRules, RuleData } from './redflags/types.ts';

// Words: what the build needs to compile and check the knowledge base the way the engine reads it
export { CORRECTION_TARGETS } from './lexicon.ts';
export { phrasings, phrasingTerms } from './phrasings.ts';
export { createSpeller, distance } from './spelling.ts';
export { stem } from './stem.ts';

// Answers as Markdown, and the built-in base as it ships
export { parseMarkdown, plainText, safeHref, type Inline } from './markdown.ts';
export { ITEM, LIST, unpackLists } from './unpack.ts';
