// The owner's copies of the leads: CSV and JSON, streamed a batch at a time so 100,000 leads
// take no more memory than 500, and one lead's JSON (a visitor's right of access).
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { stringify } from 'csv-stringify/sync';
import type { LeadStore, StoredLead } from './store.ts';

const COLUMNS = ['received_at', 'id', 'handled', 'name', 'email', 'phone', 'message', 'page', 'submitted_at', 'transcript'];

/** A NUL byte ends a C string: spreadsheets and import tools cut the cell (or the file) there. */
const clean = (value: string): string => value.replace(/\0/g, '');

export function csvRows(leads: readonly StoredLead[]): string[][] {
  return leads.map((lead) =>
    [
      lead.receivedAt,
      lead.id,
      lead.handled ? 'yes' : 'no',
      lead.name,
      lead.email,
      lead.phone,
      lead.message,
      lead.page,
      lead.submittedAt,
      lead.transcript.map((line) => `${line.from}: ${line.text}`).join('\n'),
    ].map(clean),
  );
}

/**
 * RFC 4180 with CRLF. escape_formulas puts a quote before cells starting with = + - @ tab or CR,
 * which spreadsheets would run as formulas; it hits phone numbers like "+44…" too, the accepted cost.
 */
export function toCsv(rows: string[][], header: boolean): string {
  // The BOM makes Excel read the file as UTF-8, so accented names survive a double-click.
  return stringify(rows, { header, columns: COLUMNS, bom: header, escape_formulas: true, record_delimiter: 'windows' });
}

export function streamCsv(c: Context, store: LeadStore): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="leads.csv"');
  return stream(c, async (out) => {
    await out.write(toCsv([], true));
    for (const batch of store.batches()) {
      if (out.aborted) return;
      await out.write(toCsv(csvRows(batch), false));
    }
  });
}

export function streamJson(c: Context, store: LeadStore): Response {
  c.header('Content-Type', 'application/json; charset=utf-8');
  return stream(c, async (out) => {
    await out.write('{"leads":[');
    let first = true;
    for (const batch of store.batches()) {
      if (out.aborted) return;
      const text = batch.map((lead) => JSON.stringify(lead)).join(',');
      await out.write((first ? '' : ',') + text);
      first = false;
    }
    await out.write(']}\n');
  });
}
