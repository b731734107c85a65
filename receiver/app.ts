// The receiver as a Hono app: only configured Host names, the lead route, the inbox, and the
// daily purge. `listen` (server.ts) serves it; `npm run demo` mounts it beside the demo site.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DEFAULT_LIMITS, type Deps, type Limits } from './deps.ts';
import { inboxRoutes } from './inbox.ts';
import { hostName, isLoopbackHost } from './network.ts';
import { createNotifier } from './notify.ts';
import { createSessions } from './sessions.ts';
import type { Settings } from './settings.ts';
import { openStore, type LeadStore } from './store.ts';
import { leadRoutes } from './submit.ts';

export interface ReceiverOptions {
  limits?: Partial<Limits>;
  log?: (line: string) => void;
  /** Where the inbox is reached, for the new-lead email's link; default: the first public ALLOWED_HOSTS name. */
  publicUrl?: string;
}

export interface Receiver {
  app: Hono;
  store: LeadStore;
  settings: Settings;
  /** Deletes leads older than RETENTION_DAYS; runs at start and then daily. */
  purge(): number;
  close(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Behind a proxy the inbox is reached by its public name over HTTPS; else where it listens. */
function inboxUrl(settings: Settings): string {
  const name = settings.allowedHosts.find((host) => !isLoopbackHost(host));
  return name && name !== settings.host ? `https://${name}/leads` : `http://${settings.host}:${settings.port}/leads`;
}

export function createReceiver(settings: Settings, options: ReceiverOptions = {}): Receiver {
  const log = options.log ?? ((line: string) => console.error(line));
  const store = openStore(settings.dataDir);
  const deps: Deps = {
    settings,
    store,
    sessions: createSessions(),
    notifier: createNotifier(settings.smtp, options.publicUrl ?? inboxUrl(settings), log),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    log,
  };
  const app = new Hono();
  const hosts = new Set(settings.allowedHosts.map((h) => h.replace(/^\[|\]$/g, '')));
  // DNS rebinding: a page on evil.example whose name now points here must not read the inbox.
  app.use('*', async (c, next) => {
    const name = hostName(c.req.header('host'));
    if (hosts.has(name)) return next();
    if (c.req.path === '/api/leads') {
      // Readable by the widget, so a visitor hears "refused" rather than "queued" for days.
      if (c.req.method === 'OPTIONS') return next();
      const origin = c.req.header('origin');
      if (origin) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Vary', 'Origin');
      }
    }
    return c.json({ ok: false, error: `this receiver does not answer to the host name "${name}"; if it is yours, add it to ALLOWED_HOSTS` }, 421);
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.route('/', leadRoutes(deps));
  app.route('/', inboxRoutes(deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // The error text only, never the request: it may hold health data.
    log(`receiver: request failed: ${error.message}`);
    return c.json({ ok: false, error: 'internal error' }, 500);
  });

  const purge = (): number => {
    const removed = store.purge(new Date(Date.now() - settings.retentionDays * DAY_MS));
    if (removed) log(`receiver: deleted ${removed} lead${removed === 1 ? '' : 's'} older than ${settings.retentionDays} days (RETENTION_DAYS).`);
    return removed;
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return {
    app,
    store,
    settings,
    purge,
    close() {
      clearInterval(timer);
      deps.notifier.close();
      store.close();
    },
  };
}
