// A clinic's own facts (issue 15): the file that `npm run knowledge -- --build` writes and the
// setup page downloads, added to the built-in answers. validateKnowledge (validate.ts) checks it
// and merges it here, for the widget, the ask command and the setup page's "Try a question"
// alike, so all three answer with the same knowledge.
import type { Entry } from '../engine/index.ts';

/** What a clinic file says it is, beside `version: 1`. */
export const CLINIC_FORMAT = 'faq-widget/clinic';

export interface ClinicFile {
  format: typeof CLINIC_FORMAT;
  version: 1;
  /** The clinic's entries: its facts, or replacements of the built-in entries with the same id. */
  entries: Entry[];
  /** Ids of built-in entries switched off. */
  disabled: string[];
}

/**
 * The built-in entries, less those the clinic replaces or switches off, then the clinic's own.
 * The clinic's entries never bring search terms: the engine derives them from the questions
 * when it builds its index, so they follow the engine's words, whatever version made the file.
 */
export function mergeClinic(builtIn: Entry[], clinic: Pick<ClinicFile, 'entries' | 'disabled'>): Entry[] {
  const gone = new Set([...clinic.disabled, ...clinic.entries.map((e) => e.id)]);
  return [...builtIn.filter((e) => !gone.has(e.id)), ...clinic.entries.map((e) => ({ ...e, terms: undefined }))];
}
