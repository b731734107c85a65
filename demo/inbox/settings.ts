// The included receiver's settings, read from the environment by `npm run inbox`. A clinic
// owner's typo must stop the server with a sentence saying what to write, not start a
// receiver that refuses every lead (an origin without https:// never matches a browser's),
// and visitors' health questions are never readable by anyone who finds the address.

export interface InboxSettings {
  port: number;
  host: string;
  dbPath?: string;
  allowedOrigins: string[];
  password: string;
}

/** An origin exactly as browsers send it: scheme and host, no path, no trailing slash. */
function origin(value: string): string | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Parses the environment; `errors` holds one sentence per bad variable. */
export function inboxSettings(env: Record<string, string | undefined>): { settings: InboxSettings; errors: string[] } {
  const errors: string[] = [];
  const rawPort = env.PORT?.trim() || '8787';
  const port = Number(rawPort);
  if (!/^\d{1,5}$/.test(rawPort) || port > 65535) errors.push(`PORT="${env.PORT}" is not a port number: use a whole number from 1 to 65535, like 8787.`);
  const allowedOrigins: string[] = [];
  for (const item of (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const o = origin(item);
    if (o) allowedOrigins.push(o);
    else errors.push(`ALLOWED_ORIGINS entry "${item}" is not a site origin: write it as the browser shows it, like https://www.myclinic.example (no path).`);
  }
  const host = env.HOST?.trim() || '0.0.0.0';
  const password = env.INBOX_PASSWORD ?? '';
  // Only a receiver reachable from this machine alone may go without a password.
  if (!password && !/^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(host))
    errors.push(`INBOX_PASSWORD is not set, so anyone who finds this server could read visitors' messages at /leads: set one, or listen on this machine only with HOST=127.0.0.1.`);
  return {
    settings: { port, host, dbPath: env.INBOX_DB?.trim() || undefined, allowedOrigins, password },
    errors,
  };
}
