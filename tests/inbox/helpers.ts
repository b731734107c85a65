import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../demo/server.ts';

export type Overrides = Partial<ServerOptions>;

/** A temp folder per test file: the db, and a tiny static root with an index.html. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'faq-inbox-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real server on a random loopback port; the generous limit keeps other tests clear of 429s. */
export function start(dir: string, overrides: Overrides = {}): Promise<RunningServer> {
  return startServer({
    port: 0,
    root: dir,
    widget: join(dir, 'faq-widget.js'),
    dbPath: join(dir, 'data', 'leads.db'),
    rateLimit: { max: 10_000, windowMs: 60_000 },
    ...overrides,
  });
}

let counter = 0;
export function newId(): string {
  counter += 1;
  return `lead-${Date.now().toString(36)}-${counter}`;
}

export function validLead(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    name: 'Sam Doe',
    email: 'sam@example.com',
    phone: '',
    message: 'Do you take my insurance?',
    consent: true,
    transcript: [
      { from: 'visitor', text: 'do you take my insurance', at: '2026-11-26T10:00:00.000Z' },
      { from: 'bot', text: 'Our team can answer that...', at: '2026-11-26T10:00:00.100Z' },
    ],
    page: 'http://localhost:5173/',
    submittedAt: '2026-11-26T10:00:05.000Z',
    _gotcha: '',
    ...overrides,
  };
}

/** Posts like the widget does: JSON, with the Idempotency-Key header matching the id. */
export function post(url: string, lead: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/leads`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(typeof lead.id === 'string' ? { 'Idempotency-Key': lead.id } : {}),
      ...headers,
    },
    body: JSON.stringify(lead),
  });
}

export interface StoredLeadJson {
  id: string;
  name: string;
  email: string;
  transcript: { from: string; text: string; at: string }[];
}

export async function storedLeads(url: string, headers: Record<string, string> = {}): Promise<StoredLeadJson[]> {
  const res = await fetch(`${url}/leads.json`, { headers });
  const body = (await res.json()) as { leads: StoredLeadJson[] };
  return body.leads;
}

/**
 * A raw request: fetch normalises "/../" and "%2e%2e" away before sending, which would hide
 * exactly the traversal attempts the static tests need to make.
 */
export function rawGet(url: string, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}
