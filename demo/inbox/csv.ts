import type { StoredLead, TranscriptLine } from './types.ts';

const COLUMNS = ['received_at', 'id', 'name', 'email', 'phone', 'message', 'page', 'submitted_at', 'transcript'] as const;

/** RFC 4180 CSV with CRLF line ends, one row per lead. */
export function leadsToCsv(leads: readonly StoredLead[]): string {
  const rows = leads.map((lead) =>
    [lead.receivedAt, lead.id, lead.name, lead.email, lead.phone, lead.message, lead.page, lead.submittedAt, flatten(lead.transcript)],
  );
  // The BOM makes Excel read the file as UTF-8, so accented names survive a double-click.
  return '\uFEFF' + [[...COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string): string {
  // Spreadsheets run cells that start with these as formulas (CSV injection). The quote makes them
  // plain text; it also hits phone numbers like "+44...", which is the accepted cost.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function flatten(transcript: readonly TranscriptLine[]): string {
  return transcript.map((line) => `${line.from}: ${line.text}`).join('\n');
}
