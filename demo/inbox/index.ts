import type { IncomingMessage, ServerResponse } from 'node:http';
import { openLeadStore } from './db.ts';
import { createRateLimiter } from './guard.ts';
import { sendError } from './http.ts';
import { handleRead, READ_ROUTES, type ReadRoute } from './read.ts';
import { handleLeads } from './submit.ts';
import type { RateLimit } from './types.ts';

export type { Lead, StoredLead, TranscriptLine, RateLimit } from './types.ts';

export interface InboxOptions {
  /** SQLite file (folders are created) or ':memory:'. */
  dbPath: string;
  /** Origins allowed to POST leads from a browser; the server's own origin is always allowed. */
  allowedOrigins: string[];
  /** Per client address; every POST to /api/leads counts. Default 20 per 10 minutes. */
  rateLimit?: RateLimit;
  /** Largest accepted body in bytes; default 32 KB. */
  maxBytes?: number;
  /**
   * Protects GET /leads, /leads.csv and /leads.json with HTTP Basic auth (any user name, this
   * password). Defaults to the INBOX_PASSWORD environment variable; empty or unset means open,
   * which is only sensible on localhost.
   */
  password?: string;
}

/** Returns true when the request was for an inbox route (the answer may still be in flight). */
export type InboxHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Callable as a handler itself, or through `handle`; `close()` closes the database. */
export type Inbox = InboxHandler & { handle: InboxHandler; close(): void };

export function createInbox(options: InboxOptions): Inbox {
  const store = openLeadStore(options.dbPath);
  const limiter = createRateLimiter(options.rateLimit ?? { max: 20, windowMs: 10 * 60 * 1000 });
  const password = options.password ?? process.env.INBOX_PASSWORD ?? '';
  const ctx = { store, limiter, allowedOrigins: options.allowedOrigins, maxBytes: options.maxBytes ?? 32 * 1024 };

  const handle: InboxHandler = (req, res) => {
    const path = pathOf(req.url ?? '/');
    if (path === '/api/leads') {
      handleLeads(req, res, ctx).catch((error: unknown) => fail(res, error));
      return true;
    }
    if ((READ_ROUTES as readonly string[]).includes(path)) {
      try {
        handleRead(req, res, path as ReadRoute, store, password);
      } catch (error) {
        fail(res, error);
      }
      return true;
    }
    return false;
  };
  return Object.assign((req: IncomingMessage, res: ServerResponse) => handle(req, res), { handle, close: () => store.close() });
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

// A bad request must never take the server down; report the error text only, never the request.
function fail(res: ServerResponse, error: unknown): void {
  console.error('inbox: request failed:', error instanceof Error ? error.message : String(error));
  if (!res.headersSent) sendError(res, 500, 'internal error');
  else res.destroy();
}
