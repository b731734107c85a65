// The never-tuned set for a clinic's own facts (issue 15): visitors asking the demo clinic
// about prices, hours, location, insurance, booking and staff, asking to book, asking the
// guide, or asking what neither covers. Written by a helper who read only the guide, not the
// demo clinic's facts nor the engine; figures only, never tuned on (tests/eval/README.md).
import { readFileSync } from 'node:fs';
import { answer, isClinicTopic, type Context, type Knowledge, type Reply } from '../../widget/engine/index.ts';
import { validateKnowledge } from '../../widget/answers/validate.ts';
import { readJsonLines } from './jsonl.ts';

export const CLINIC_SET_FILE = new URL('../../tests/eval/clinic/messages.jsonl', import.meta.url).pathname;
export const DEMO_CLINIC_FILE = new URL('../../demo/clinic.json', import.meta.url).pathname;

/** The demo pages' settings that change replies: the booking page. */
export const DEMO_CONTEXT: Context = {
  clinicName: 'Maple Street Physiotherapy',
  bookingUrl: 'https://example.com/book',
};

/** A clinic-fact topic, `book-request` (make, move or cancel one now), `guide`, or `none`. */
export interface ClinicCase {
  q: string;
  expect: string;
  note?: string;
}

export interface ClinicScore {
  total: number;
  right: number;
  /** Answered outright with the wrong entry: the figure that must stay near zero. */
  wrongAnswers: number;
  byLabel: Record<string, { right: number; total: number }>;
}

export const loadClinicCases = (file = CLINIC_SET_FILE) => readJsonLines<ClinicCase>(file);

/** The built-in answers with the demo clinic's file merged in, exactly as the widget merges it. */
export function demoClinicKnowledge(builtIn: Knowledge): Knowledge {
  const merged = validateKnowledge(JSON.parse(readFileSync(DEMO_CLINIC_FILE, 'utf8')), builtIn);
  if (typeof merged === 'string') throw new Error(`${DEMO_CLINIC_FILE}: ${merged}`);
  return merged;
}

/** Whether a reply is what the label asks for. */
export function meetsClinic(reply: Pick<Reply, 'kind' | 'topic'> | null, label: string): boolean {
  if (!reply) return false;
  if (isClinicTopic(label)) return reply.kind === 'answer' && reply.topic === label;
  if (label === 'book-request') return reply.kind === 'booking';
  if (label === 'guide') return reply.kind === 'answer' && !isClinicTopic(reply.topic ?? '');
  return reply.kind === 'fallback' || reply.kind === 'contact';
}

export function scoreClinic(
  cases: ClinicCase[],
  ask: (q: string) => Pick<Reply, 'kind' | 'topic'> | null,
): ClinicScore {
  const s: ClinicScore = { total: 0, right: 0, wrongAnswers: 0, byLabel: {} };
  for (const c of cases) {
    const reply = ask(c.q);
    const ok = meetsClinic(reply, c.expect);
    const label = (s.byLabel[c.expect] ??= { right: 0, total: 0 });
    s.total++;
    label.total++;
    if (ok) {
      s.right++;
      label.right++;
    } else if (reply?.kind === 'answer') s.wrongAnswers++;
  }
  return s;
}

/** The set scored on the demo clinic's knowledge, as the widget on the demo pages answers. */
export const scoreDemoClinic = (builtIn: Knowledge) => {
  const knowledge = demoClinicKnowledge(builtIn);
  return scoreClinic(loadClinicCases(), (q) => answer(q, knowledge, DEMO_CONTEXT));
};
