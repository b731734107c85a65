// The README's table of what the emergency reply catches, made from the rules file so the two
// never disagree (`npm run knowledge -- --write` rewrites it; a test fails when it is stale).
import type { RuleDoc } from './compile.ts';

export const START = '<!-- red-flags:start -->';
export const END = '<!-- red-flags:end -->';

const LEVEL_TEXT = {
  emergency: 'call the emergency number now',
  crisis: 'a crisis line, and the emergency number for danger now',
  doctor: 'see a doctor before any treatment',
} as const;

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The section between the markers: one row a rule, then what the check does not promise. */
export function redFlagsSection(docs: RuleDoc[]): string {
  const rows = docs.map((d) => `| ${d.level}: ${LEVEL_TEXT[d.level]} | \`${d.id}\` | ${cell(d.reason)} | ${cell(d.source)} |`);
  return [
    START,
    'Generated from [`knowledge/red-flags.yaml`](knowledge/red-flags.yaml) by `npm run knowledge -- --write`.',
    '',
    '| reply | rule | what it catches | source |',
    '|---|---|---|---|',
    ...rows,
    '',
    'What it does not promise: it reads the words of one message, not the person. It can miss a',
    'red flag put in words it has never met, and it can alarm on a message that only sounds like',
    'one. It does not diagnose, does not ask follow-up questions, and does not replace triage by',
    'a clinician; the clinic\'s own clinician should review the rules file before the widget goes',
    'live.',
    END,
  ].join('\n');
}

/** `text` with its section between the markers replaced; throws when the markers are missing. */
export function withRedFlagsSection(text: string, docs: RuleDoc[]): string {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`the README has no ${START} ... ${END} section`);
  return text.slice(0, from) + redFlagsSection(docs) + text.slice(to + END.length);
}
