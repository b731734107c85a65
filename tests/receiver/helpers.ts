// A real receiver on a loopback port with its data in a temp folder, and requests as the widget
// and the owner make them.
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, type Receiver, type ReceiverOptions } from '../../receiver/app.ts';
import type { Limits } from '../../receiver/deps.ts';
import { listen, type ListenOptions, type RunningServer } from '../../receiver/server.ts';
import { readSettings } from '../../receiver/settings.ts';

export const CLINIC = 'https://www.clinic.example';
export const PASSWORD = 'correct horse battery';
/** Generous, so tests about something else never meet a 429 or a wait. */
const EASY: Limits = {
  perClient: { limit: 10_000, windowMs: 60_000 },
  global: { limit: 10_000, windowMs: 60_000 },
  loginPerClient: { limit: 1000, windowMs: 60_000 },
  loginGlobal: { limit: 1000, windowMs: 60_000 },
  failDelayMs: 0,
};

export interface Started extends RunningServer {
  receiver: Receiver;
  dataDir: string;
  logs: string[];
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'faq-receiver-'));
}

export async function start(
  env: Record<string, string> = {},
  { limits, listenOptions, ...options }: ReceiverOptions & { listenOptions?: Partial<ListenOptions> } = {},
): Promise<Started> {
  const dataDir = env.RECEIVER_DATA ?? tempDir();
  const { settings, errors } = readSettings({ ALLOWED_ORIGINS: CLINIC, RECEIVER_PASSWORD: PASSWORD, RECEIVER_DATA: dataDir, TZ: 'UTC', ...env });
  if (errors.length) throw new Error(errors.join('\n'));
  const logs: string[] = [];
  const receiver = createReceiver(settings, { log: (line) => logs.push(line), limits: { ...EASY, ...limits }, ...options });
  const server = await listen(receiver.app, { port: 0, host: '127.0.0.1', onClose: receiver.close, ...listenOptions });
  return {
    ...server,
    receiver,
    dataDir,
    logs,
    close: async () => {
      await server.close();
      if (!env.RECEIVER_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
    page: 'https://www.clinic.example/',
    submittedAt: '2026-11-26T10:00:05.000Z',
    _gotcha: '',
    ...overrides,
  };
}

/** Posts like the widget does (widget/contact/deliver.ts): JSON, the Idempotency-Key is the id. */
export function post(url: string, lead: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: CLINIC, 'Idempotency-Key': String(lead.id), ...headers },
    body: JSON.stringify(lead),
  });
}

export const bearer = { Authorization: `Bearer ${PASSWORD}` };

export interface LeadJson {
  id: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  handled: boolean;
  receivedAt: string;
  transcript: { from: string; text: string; at: string }[];
}

export async function storedLeads(url: string): Promise<LeadJson[]> {
  const res = await fetch(`${url}/leads.json`, { headers: bearer });
  if (res.status !== 200) throw new Error(`/leads.json answered ${res.status}`);
  return ((await res.json()) as { leads: LeadJson[] }).leads;
}

/** Signs in through the form as a browser would; returns the cookie and the page's CSRF token. */
export async function signIn(url: string, password = PASSWORD): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url },
    body: new URLSearchParams({ password }),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const page = await (await fetch(`${url}/leads`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf };
}

/** A form POST from the inbox page, with the session cookie. */
export function formPost(url: string, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url, Cookie: cookie },
    body: new URLSearchParams(fields),
  });
}

/** A request with a Host header of our choosing, which fetch does not allow. */
export function rawRequest(
  url: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });
}
