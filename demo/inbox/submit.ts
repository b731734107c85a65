import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LeadStore } from './db.ts';
import { checkOrigin, type RateLimiter } from './guard.ts';
import { readBody, sendError, sendJson } from './http.ts';
import { validateLead } from './validate.ts';

export interface SubmitContext {
  store: LeadStore;
  allowedOrigins: readonly string[];
  limiter: RateLimiter;
  maxBytes: number;
}

const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

/** Handles /api/leads: the preflight and the POST from the widget. */
export async function handleLeads(req: IncomingMessage, res: ServerResponse, ctx: SubmitContext): Promise<void> {
  const origin = checkOrigin(req, ctx.allowedOrigins);
  if (!origin.allowed) return sendError(res, 403, 'origin not allowed');
  const cors = origin.corsHeaders;

  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...cors, ...PREFLIGHT_HEADERS, 'Content-Length': '0' });
    res.end();
    return;
  }
  if (req.method !== 'POST') return sendError(res, 405, 'method not allowed', { ...cors, Allow: 'POST, OPTIONS' });

  // Every POST counts, valid or not, so a script cannot probe validation or fill the disk for free.
  const retryAfter = ctx.limiter.hit(req.socket.remoteAddress ?? 'unknown');
  if (retryAfter > 0) return sendError(res, 429, 'too many requests', { ...cors, 'Retry-After': String(retryAfter) });

  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return sendError(res, 415, 'expected application/json', cors);

  const body = await readBody(req, ctx.maxBytes);
  if (!body.ok) {
    if (body.reason === 'too-large') sendError(res, 413, 'message too large', { ...cors, Connection: 'close' });
    else req.destroy();
    return;
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return sendError(res, 400, 'malformed JSON', cors);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return sendError(res, 400, 'expected a JSON object', cors);
  }
  const fields = parsed as Record<string, unknown>;

  // Honeypot checked before validation: a bot learns nothing, not even which fields are wrong.
  const gotcha = fields._gotcha;
  if (gotcha !== undefined && gotcha !== null && gotcha !== '') return sendJson(res, 200, { ok: true }, cors);

  const key = req.headers['idempotency-key'];
  const result = validateLead(fields, typeof key === 'string' ? key : undefined);
  if (!result.ok) return sendJson(res, 422, { ok: false, error: 'invalid fields', errors: result.errors }, cors);

  let isNew: boolean;
  try {
    // Synchronous commit: the answer below is only sent once the row is on disk.
    isNew = ctx.store.insert(result.lead, new Date().toISOString());
  } catch (error) {
    // The error text only, never the lead: it is personal health data.
    console.error('inbox: could not store a lead:', error instanceof Error ? error.message : String(error));
    return sendError(res, 500, 'could not store the message', cors);
  }
  const id = result.lead.id;
  if (isNew) sendJson(res, 201, { ok: true, id }, cors);
  else sendJson(res, 200, { ok: true, id, duplicate: true }, cors);
}
