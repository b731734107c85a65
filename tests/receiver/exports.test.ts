// The CSV and JSON exports: formulas escaped, NUL bytes gone, streamed a batch at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows, toCsv } from '../../receiver/exports.ts';
import type { StoredLead } from '../../receiver/store.ts';
import { bearer, post, start, validLead, type Started } from './helpers.ts';

let server: Started;
beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

const lead = (fields: Partial<StoredLead>): StoredLead => ({ ...(validLead() as unknown as StoredLead), receivedAt: '2026-11-26T10:00:00Z', handled: false, ...fields });

describe('the CSV', () => {
  it('quotes cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(csvRows([lead({ name: '=HYPERLINK("http://evil.example")', message: '@SUM(A1)', phone: '+44 20 7946 0958' })]), false);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`'+44 20 7946 0958`);
  });

  it('has no NUL bytes, which cut a cell or the whole file in many tools', () => {
    const csv = toCsv(csvRows([lead({ name: 'Sam\0 Doe', message: 'a\0b' })]), true);
    expect(csv).not.toContain('\0');
    expect(csv).toContain('Sam Doe');
  });

  it('starts with a BOM and a header, with CRLF line ends', () => {
    expect(toCsv([], true)).toMatch(/^\uFEFFreceived_at,id,handled,name,email,phone,message,page,submitted_at,transcript\r\n$/);
  });

  it('is streamed with every lead, newest first, across batches', async () => {
    for (let i = 0; i < 1203; i++) server.receiver.store.insert(validLead({ id: `bulk-lead-${i}`, name: `Bulk ${i}` }) as unknown as StoredLead, String(i), new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
    const res = await fetch(`${server.url}/leads.csv`, { headers: bearer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="leads.csv"/);
    const csv = await res.text();
    const names = [...csv.matchAll(/,Bulk (\d+),/g)].map((m) => Number(m[1]));
    expect(names).toHaveLength(1203);
    expect(names[0]).toBe(1202);
    expect(names.at(-1)).toBe(0);
  });

  it('and the JSON, which stays valid JSON across batches', async () => {
    await post(server.url, validLead({ name: 'Via POST' }));
    const body = (await (await fetch(`${server.url}/leads.json`, { headers: bearer })).json()) as { leads: { name: string }[] };
    expect(body.leads.length).toBeGreaterThan(1203);
    expect(body.leads[0].name).toBe('Via POST');
  });
});
