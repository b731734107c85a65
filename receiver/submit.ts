// POST /api/leads: what the widget sends (widget/contact/deliver.ts). Every refusal carries
// CORS headers, so the widget can read the status and tell "refused" from "offline".
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { rateLimiter } from 'hono-rate-limiter';
import { MAX_BODY_BYTES, validateLead } from './lead-schema.ts';
import { BoundedStore } from './limit-store.ts';
import { clientAddress, limitKey } from './network.ts';
import type { Deps } from './deps.ts';
import { StoreGoneError } from './store.ts';

const fail = (c: Context, status: 400 | 403 | 409 | 413 | 415 | 429 | 500 | 503, error: string, extra: object = {}) =>
  c.json({ ok: false, error, ...extra }, status);

/** Same site: the Origin's host is the Host this request came to (already checked against ALLOWED_HOSTS). */
function originAllowed(origin: string, c: Context, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/** Decodes the body by its charset: the JSON spec allows UTF-16, and browsers may label it so. */
function decode(bytes: ArrayBuffer, charset: string): string | undefined {
  const view = new Uint8Array(bytes);
  if (charset === '' || charset === 'utf-8' || charset === 'utf8') return new TextDecoder('utf-8').decode(view);
  if (charset === 'utf-16be') return new TextDecoder('utf-16be').decode(view);
  if (charset === 'utf-16le') return new TextDecoder('utf-16le').decode(view);
  // Plain "utf-16" says its byte order with a BOM; without one it is big-endian (RFC 2781).
  if (charset === 'utf-16') return new TextDecoder(view[0] === 0xff && view[1] === 0xfe ? 'utf-16le' : 'utf-16be').decode(view);
  return undefined;
}

const PATH = '/api/leads';

/** The route on its own path, so its middleware touches nothing else when mounted at '/'. */
export function leadRoutes(deps: Deps): Hono {
  const { settings, store, limits, log } = deps;
  const app = new Hono();
  const reported = new Set<string>();
  const retryAfter = (seconds: number) => ({ 'Retry-After': String(seconds) });

  app.use(
    PATH,
    // Reflects any origin so a refusal is readable; the Origin check below decides what is stored.
    cors({ origin: (o) => o, allowMethods: ['POST'], allowHeaders: ['Content-Type', 'Accept', 'Idempotency-Key'], exposeHeaders: ['Retry-After'], maxAge: 600 }),
  );
  app.use(PATH, async (c, next) => {
    const origin = c.req.header('origin');
    // No Origin: curl or a server. CORS only guards browsers, and those always send one on a POST.
    if (origin === undefined || originAllowed(origin, c, settings.allowedOrigins)) return next();
    if (reported.size < 100 && !reported.has(origin)) {
      reported.add(origin);
      log(`receiver: refused a lead from ${origin}, which is not in ALLOWED_ORIGINS; if that is your site, add it: ALLOWED_ORIGINS=${[...settings.allowedOrigins, origin].join(',')}`);
    }
    return fail(c, 403, 'origin not allowed', { origin });
  });
  const tooMany = (c: Context) => fail(c, 429, 'too many requests');
  const keyOf = (c: Context) => limitKey(clientAddress(c, settings.trustedProxies));
  // Every POST counts per client, valid or not, so a script cannot probe or fill the disk for free.
  app.post(PATH, rateLimiter({ ...limits.perClient, store: new BoundedStore(), keyGenerator: keyOf, standardHeaders: 'draft-6', handler: tooMany }));
  // And all clients share one budget of stored leads: 100 addresses behind a proxy are still bounded.
  app.post(PATH, rateLimiter({ ...limits.global, keyGenerator: () => 'all', standardHeaders: 'draft-6', skipFailedRequests: true, handler: tooMany }));
  app.post(PATH, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, 'message too large', { maxBytes: MAX_BODY_BYTES }) }));

  app.post(PATH, async (c) => {
    const [type, ...params] = (c.req.header('content-type') ?? '').split(';').map((s) => s.trim().toLowerCase());
    if (type !== 'application/json') return fail(c, 415, 'expected application/json');
    const charset = (params.find((p) => p.startsWith('charset=')) ?? '').slice(8).replace(/"/g, '');
    const text = decode(await c.req.arrayBuffer(), charset);
    if (text === undefined) return fail(c, 415, `charset ${charset} is not supported: send UTF-8`);

    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return fail(c, 400, 'malformed JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(c, 400, 'expected a JSON object');
    const fields = parsed as Record<string, unknown>;
    // Honeypot before validation: a bot learns nothing, not even which fields are wrong.
    if (Object.hasOwn(fields, '_gotcha') && fields._gotcha !== '' && fields._gotcha !== null) return c.json({ ok: true }, 200);

    const result = validateLead(fields, c.req.header('idempotency-key'));
    if (!result.ok) return c.json({ ok: false, error: 'invalid fields', errors: result.errors }, 422);
    const lead = result.lead;

    if (store.size() >= settings.dbMaxBytes) {
      log(`receiver: the database has reached DB_MAX_MB (${settings.dbMaxBytes / 1048576} MB); new leads get 503 until old ones are deleted or DB_MAX_MB is raised.`);
      return c.json({ ok: false, error: 'the inbox is full; try again later' }, 503, retryAfter(3600));
    }
    const fingerprint = createHash('sha256').update(JSON.stringify(lead)).digest('hex');
    let outcome;
    try {
      // Synchronous commit: the answer below is only sent once the row is on disk.
      outcome = store.insert(lead, fingerprint);
    } catch (error) {
      // The error text only, never the lead: it is personal health data.
      log(`receiver: could not store a lead: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof StoreGoneError) return c.json({ ok: false, error: 'could not store the message' }, 503, retryAfter(60));
      return fail(c, 500, 'could not store the message');
    }
    if (outcome === 'conflict')
      return fail(c, 409, 'This Idempotency-Key was already used for a different message. A retry must send the same body; a new message needs a new id.');
    if (outcome === 'new') void deps.notifier.send(lead);
    // A replay gets the original answer, as Stripe does, marked so a client can tell.
    return c.json({ ok: true, id: lead.id }, 201, outcome === 'replay' ? { 'Idempotent-Replayed': 'true' } : {});
  });
  return app;
}
