// The receiver's settings, read from the environment. A clinic owner's typo stops the receiver
// with a sentence saying what to write, rather than starting one that refuses every lead or
// shows visitors' health questions to whoever finds the address.
import { isIP } from 'node:net';
import { join } from 'node:path';
import envPaths from 'env-paths';

export interface Settings {
  port: number;
  host: string;
  allowedOrigins: string[];
  /** Host names (no port) the receiver answers to. */
  allowedHosts: string[];
  password: string;
  /** The data folder: leads.db lives here. */
  dataDir: string;
  /** Addresses of proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  retentionDays: number;
  /** Database size cap in bytes; POSTs get 503 beyond it. */
  dbMaxBytes: number;
  smtp?: { url: string; to: string; from: string };
  timeZone: string;
}

export const MIN_PASSWORD = 12;
type Env = Record<string, string | undefined>;

/** An origin exactly as browsers send it: scheme and host, no path, no trailing slash. */
function origin(value: string): string | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The default data folder: per user, outside the checkout, so `git clean -fdx` cannot delete leads. */
export function defaultDataDir(): string {
  return join(envPaths('faq-widget-receiver', { suffix: '' }).data);
}

/** Parses the environment; `errors` holds one sentence per bad variable. */
export function readSettings(env: Env): { settings: Settings; errors: string[] } {
  const errors: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number, example: string): number => {
    const raw = env[name]?.trim() || String(fallback);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) errors.push(`${name}="${env[name]}" is not valid: write a whole number from ${min} to ${max}, like ${name}=${example}.`);
    return value;
  };
  const port = number('PORT', 8787, 0, 65535, '8787');
  const host = env.HOST?.trim() || '127.0.0.1';

  const allowedOrigins: string[] = [];
  for (const item of list(env.ALLOWED_ORIGINS)) {
    const o = origin(item);
    if (o) allowedOrigins.push(o);
    else errors.push(`ALLOWED_ORIGINS entry "${item}" is not a site origin: write it as the browser shows it, like ALLOWED_ORIGINS=https://www.myclinic.example (no path, no trailing slash).`);
  }
  if (!list(env.ALLOWED_ORIGINS).length)
    errors.push('ALLOWED_ORIGINS is empty, so every visitor\'s message would be refused: write the address of each site that shows the widget, like ALLOWED_ORIGINS=https://www.myclinic.example,https://myclinic.example.');

  const allowedHosts = list(env.ALLOWED_HOSTS).map((h) => h.toLowerCase());
  for (const h of allowedHosts) if (!/^[a-z0-9.-]+$|^\[?[0-9a-f:]+\]?$/.test(h)) errors.push(`ALLOWED_HOSTS entry "${h}" is not a host name: write names without scheme or port, like ALLOWED_HOSTS=leads.myclinic.example.`);
  if (!allowedHosts.length) allowedHosts.push(...new Set(['localhost', '127.0.0.1', host.toLowerCase()]));

  const password = env.RECEIVER_PASSWORD ?? env.INBOX_PASSWORD ?? '';
  if (password.length < MIN_PASSWORD)
    errors.push(`RECEIVER_PASSWORD is ${password ? `only ${password.length} characters` : 'not set'}: the inbox holds health questions, so set one of at least ${MIN_PASSWORD} characters, like RECEIVER_PASSWORD='four random words together'.`);

  const trustedProxies = list(env.TRUSTED_PROXY);
  for (const p of trustedProxies) if (!isIP(p)) errors.push(`TRUSTED_PROXY entry "${p}" is not an IP address: write the address your proxy connects from, like TRUSTED_PROXY=127.0.0.1.`);

  const retentionDays = number('RETENTION_DAYS', 180, 1, 3650, '180');
  const dbMaxBytes = number('DB_MAX_MB', 1024, 1, 1_000_000, '1024') * 1024 * 1024;

  const timeZone = env.TZ?.trim() || Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    errors.push(`TZ="${env.TZ}" is not a time zone: write one like TZ=Europe/London.`);
  }

  const smtpUrl = env.SMTP_URL?.trim();
  let smtp: Settings['smtp'];
  if (smtpUrl) {
    const to = env.NOTIFY_TO?.trim() ?? '';
    const from = env.NOTIFY_FROM?.trim() || to;
    if (!/^smtps?:\/\//.test(smtpUrl)) errors.push('SMTP_URL must start with smtp:// or smtps://, like SMTP_URL=smtps://user:pass@mail.myclinic.example:465.');
    if (!to.includes('@')) errors.push('NOTIFY_TO is needed with SMTP_URL: write the address that gets new-lead emails, like NOTIFY_TO=reception@myclinic.example.');
    smtp = { url: smtpUrl, to, from };
  } else if (env.NOTIFY_TO?.trim()) {
    errors.push('NOTIFY_TO is set but SMTP_URL is not, so no email would be sent: add SMTP_URL=smtps://user:pass@mail.myclinic.example:465.');
  }

  const dataDir = env.RECEIVER_DATA?.trim() || defaultDataDir();
  return {
    settings: { port, host, allowedOrigins, allowedHosts, password, dataDir, trustedProxies, retentionDays, dbMaxBytes, smtp, timeZone },
    errors,
  };
}
