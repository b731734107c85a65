import type { IncomingMessage } from 'node:http';
import type { RateLimit } from './types.ts';

export type OriginCheck = { allowed: true; corsHeaders: Record<string, string> } | { allowed: false };

/**
 * Requests without an Origin (curl, server-to-server) are allowed: CORS only protects browsers,
 * and a non-browser client could forge any Origin anyway.
 */
export function checkOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): OriginCheck {
  const origin = req.headers.origin;
  if (origin === undefined) return { allowed: true, corsHeaders: {} };
  if (!allowedOrigins.includes(origin) && !isSameOrigin(origin, req.headers.host)) return { allowed: false };
  return {
    allowed: true,
    corsHeaders: {
      'Access-Control-Allow-Origin': origin,
      // Lets the widget read how long to wait after a 429.
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    },
  };
}

// The scheme is not compared: behind a TLS proxy this server sees http while the page is https.
function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

export interface RateLimiter {
  /** Counts one attempt; returns 0 when allowed, else the seconds until the window resets. */
  hit(address: string): number;
}

/**
 * A fixed window per client address, kept only in memory (addresses are never written to disk)
 * and swept as windows expire so the map cannot grow without bound.
 */
export function createRateLimiter({ max, windowMs }: RateLimit, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + windowMs;
  return {
    hit(address) {
      const time = now();
      if (time >= nextSweep) {
        for (const [key, entry] of windows) if (entry.resetAt <= time) windows.delete(key);
        nextSweep = time + windowMs;
      }
      let entry = windows.get(address);
      if (!entry || entry.resetAt <= time) {
        entry = { count: 0, resetAt: time + windowMs };
        windows.set(address, entry);
      }
      entry.count += 1;
      return entry.count > max ? Math.max(1, Math.ceil((entry.resetAt - time) / 1000)) : 0;
    },
  };
}
