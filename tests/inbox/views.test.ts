import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../demo/server.ts';
import { post, start, tempDir, validLead } from './helpers.ts';

const tmp = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await start(tmp.dir);
  const leads = [
    validLead({ name: 'First, "the" one', message: 'line one\nline two' }),
    validLead({ name: '=SUM(A1:A9)', email: '', phone: '+44 20 7946 0958', message: '@cmd' }),
    validLead({
      name: '<script>alert(1)</script>',
      message: '<img src=x onerror=alert(2)>',
      page: 'javascript:alert(3)',
      transcript: [{ from: 'visitor', text: '</details><script>alert(4)</script>', at: '2026-11-26T10:00:00.000Z' }],
    }),
  ];
  for (const lead of leads) expect((await post(server.url, lead)).status).toBe(201);
});
afterAll(async () => {
  await server.close();
  tmp.remove();
});

describe('GET /leads', () => {
  it('escapes markup in every lead field and is never cached', async () => {
    const res = await fetch(`${server.url}/leads`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('href="javascript:');
  });

  it('lists the newest lead first, with mailto and tel links and the transcript', async () => {
    const html = await (await fetch(`${server.url}/leads`)).text();
    expect(html.indexOf('alert(1)')).toBeLessThan(html.indexOf('First, '));
    expect(html).toContain('href="mailto:sam@example.com"');
    expect(html).toContain('href="tel:+442079460958"');
    expect(html).toMatch(/<details>.*alert\(4\)/s);
  });
});

describe('GET /leads.csv', () => {
  async function csv(): Promise<string> {
    const res = await fetch(`${server.url}/leads.csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    return (await res.text()).replace(/^\uFEFF/, '');
  }

  it('quotes commas, quotes and newlines as RFC 4180 says', async () => {
    const text = await csv();
    expect(text).toContain('"First, ""the"" one"');
    expect(text).toContain('"line one\nline two"');
    expect(text.startsWith('received_at,id,name,')).toBe(true);
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const text = await csv();
    expect(text).toContain(",'=SUM(A1:A9),");
    expect(text).toContain(",'+44 20 7946 0958,");
    expect(text).toContain(",'@cmd,");
    expect(text).not.toMatch(/(^|,)=SUM/m);
  });
});
