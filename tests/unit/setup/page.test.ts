// Issue #15, item 3: the setup page's logic, without a browser. The page itself is driven in
// Chromium by tests/e2e/setup.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, parseConfig } from '../../../widget/config.ts';
import { EMPTY, FIELDS, type Values } from '../../../setup/fields.ts';
import { check, datasetOf, snippet } from '../../../setup/settings.ts';
import { explain, sendTest, TEST_MESSAGE, whatItSaid, type TestInput } from '../../../setup/test-message.ts';

const form = (v: Partial<Values>): Values => ({ ...EMPTY, ...v });

describe('the form', () => {
  it('has one field for every setting the widget reads, and for nothing else', () => {
    expect(FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULTS).sort());
    expect(new Set(FIELDS.map((f) => f.attr)).size).toBe(FIELDS.length);
  });

  it('has one field for every attribute in the README\'s Options table', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('### Options'), readme.indexOf('### The page API'));
    const documented = [...table.matchAll(/^\| `data-([a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(10);
    expect(FIELDS.map((f) => f.attr).sort()).toEqual(documented.sort());
  });

  it('gives every field a label and help text', () => {
    for (const f of FIELDS) {
      expect(f.label.length, f.key).toBeGreaterThan(3);
      expect(f.help.length, f.key).toBeGreaterThan(20);
    }
  });
});

describe('checking the form with parseConfig', () => {
  it('reads the form as the script tag\'s dataset: empty fields left off, "open" present or absent', () => {
    expect(datasetOf(form({ clinicName: 'Maple', phone: '  ' }))).toEqual({ clinicName: 'Maple' });
    expect(datasetOf(form({ open: 'true' }))).toEqual({ open: '' });
    expect(parseConfig(datasetOf(form({ open: 'true' }))).config.open).toBe(true);
  });

  it('puts each of parseConfig\'s warnings, word for word, under its field', () => {
    const values = form({ color: 'blue', zIndex: 'top', bookingUrl: 'example.com/book', emergencyNumber: '112' });
    const { warnings, byField, ignored } = check(values);
    expect(warnings).toEqual(parseConfig(datasetOf(values)).warnings);
    expect(byField.color).toEqual(['data-color="blue" ignored: use a hex colour like #0f766e.']);
    expect(byField.zIndex?.[0]).toMatch(/^data-z-index="top" ignored/);
    expect(byField.bookingUrl?.[0]).toMatch(/^data-booking-url="example.com\/book" ignored/);
    expect(byField.crisisLine?.[0]).toMatch(/no data-crisis-line/);
    expect([...ignored].sort()).toEqual(['bookingUrl', 'color', 'zIndex']);
  });

  it('has nothing to say about a good form', () => {
    expect(check(form({ clinicName: 'Maple', color: '#123456', phone: '(555) 010-0100', email: 'a@example.com' })).warnings).toEqual([]);
  });
});

describe('the snippet', () => {
  it('carries the hash, the values the widget would use, escaped, and leaves out the ones it would ignore', () => {
    const text = snippet(form({ clinicName: 'Smith & "Sons" <Physio>', color: 'nope', position: 'left', open: 'true' }), 'sha384-abc');
    expect(text).toContain('integrity="sha384-abc"');
    expect(text).toContain('crossorigin="anonymous"');
    expect(text).toContain('data-clinic-name="Smith &amp; &quot;Sons&quot; &lt;Physio&gt;"');
    expect(text).toContain('data-position="left"');
    expect(text).toMatch(/\n {2}data-open\n/);
    expect(text).not.toContain('data-color');
    // Parsed back, it gives the widget what the form says.
    const el = new Map([...text.matchAll(/data-([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
    expect(el.get('clinic-name')).toBe('Smith &amp; &quot;Sons&quot; &lt;Physio&gt;');
  });
});

type Call = { url: string; init: RequestInit };
function fakeFetch(...answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = answers.shift();
    if (!next) throw new Error('unexpected fetch');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}
const site = { href: 'https://www.clinic.example/setup.html', origin: 'https://www.clinic.example', protocol: 'https:' };
const disk = { href: 'file:///home/owner/setup.html', origin: 'null', protocol: 'file:' };
const random = { getRandomValues: (a: Uint8Array) => a.fill(7) };
const input = (over: Partial<TestInput>): TestInput => ({ endpoint: 'https://leads.example/api/leads', email: 'me@example.com', location: site, fetch: fakeFetch().fetch, random, now: 0, ...over });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('sending a test message', () => {
  it('posts the body and headers the widget sends, marked as a test', async () => {
    const { fetch, calls } = fakeFetch(json(201, { ok: true }));
    expect(await sendTest(input({ fetch }))).toEqual({ kind: 'sent', status: 201 });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0];
    expect(url).toBe('https://leads.example/api/leads');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', mode: 'cors' });
    const body = JSON.parse(String(init.body));
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': body.id });
    expect(body).toEqual({
      id: '07'.repeat(16),
      name: 'Setup page test',
      email: 'me@example.com',
      phone: '',
      message: TEST_MESSAGE,
      consent: true,
      transcript: [],
      page: site.href,
      submittedAt: '1970-01-01T00:00:00.000Z',
      _gotcha: '',
    });
    expect(body.message).toMatch(/TEST MESSAGE/);
  });

  it('sends a path to this page\'s own site, but cannot from a file', async () => {
    const { fetch, calls } = fakeFetch(json(200, {}));
    await sendTest(input({ fetch, endpoint: '/api/leads' }));
    expect(calls[0].url).toBe('https://www.clinic.example/api/leads');
    const fromDisk = await sendTest(input({ endpoint: '/api/leads', location: disk }));
    expect(fromDisk.kind).toBe('unusable');
    expect(explain(fromDisk).detail).toContain('https://your-clinic.example/api/leads');
  });

  it('refuses to send without an address or to something that is not a web address', async () => {
    expect((await sendTest(input({ endpoint: ' ' }))).kind).toBe('unusable');
    expect((await sendTest(input({ endpoint: 'ftp://x.example/a' }))).kind).toBe('unusable');
  });

  it('tells a CORS refusal from no network by knocking without CORS', async () => {
    const cors = fakeFetch(new TypeError('Failed to fetch'), new Response(null, { status: 200 }));
    expect(await sendTest(input({ fetch: cors.fetch }))).toEqual({ kind: 'cors', origin: site.origin, service: 'https://leads.example' });
    expect(cors.calls[1].init).toMatchObject({ method: 'GET', mode: 'no-cors' });
    const offline = fakeFetch(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
    expect(await sendTest(input({ fetch: offline.fetch }))).toEqual({ kind: 'offline', service: 'https://leads.example' });
  });

  it('does not blame CORS for a failure on its own origin', async () => {
    const { fetch, calls } = fakeFetch(new TypeError('Failed to fetch'));
    expect((await sendTest(input({ fetch, endpoint: '/api/leads' }))).kind).toBe('offline');
    expect(calls).toHaveLength(1);
  });

  it('recognises the bundled receiver\'s "origin not allowed"', async () => {
    const { fetch } = fakeFetch(json(403, { ok: false, error: 'origin not allowed', origin: site.origin }));
    const result = await sendTest(input({ fetch }));
    expect(result).toEqual({ kind: 'origin', status: 403, origin: site.origin });
    expect(explain(result).detail).toContain(`ALLOWED_ORIGINS=https://www.your-clinic.example,${site.origin}`);
  });

  it('passes on what the service said for a 4xx and a 5xx', async () => {
    const r422 = await sendTest(input({ fetch: fakeFetch(json(422, { ok: false, error: 'invalid fields', errors: { email: 'Please enter a valid email address.' } })).fetch }));
    expect(r422).toEqual({ kind: 'refused', status: 422, said: 'email: Please enter a valid email address.' });
    expect(explain(r422).title).toBe('Refused by the service (HTTP 422)');
    const r500 = await sendTest(input({ fetch: fakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502 })).fetch }));
    expect(r500).toEqual({ kind: 'server', status: 502, said: 'Bad gateway' });
  });

  it('reads Formspree-style error lists and plain messages', () => {
    expect(whatItSaid(JSON.stringify({ errors: [{ field: 'email', message: 'should be an email' }, { message: 'form not found' }] }))).toBe('email: should be an email; form not found');
    expect(whatItSaid(JSON.stringify({ message: 'Form not active' }))).toBe('Form not active');
    expect(whatItSaid('x'.repeat(400))).toHaveLength(301);
  });

  it('explains every outcome in words, and never shows an unknown kind', () => {
    const outcomes = [
      { kind: 'sent', status: 200 },
      { kind: 'offline', service: 'https://x.example' },
      { kind: 'cors', origin: 'null', service: 'https://x.example' },
      { kind: 'origin', status: 403, origin: 'null' },
      { kind: 'server', status: 503, said: '' },
    ] as const;
    for (const o of outcomes) {
      const e = explain(o);
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.detail.length).toBeGreaterThan(30);
      expect(e.ok).toBe(o.kind === 'sent');
    }
    expect(explain({ kind: 'cors', origin: 'null', service: 'https://x.example' }).detail).toContain('opened from a file');
  });
});
