// Inbox sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure unless the
// receiver is reached on this machine), each with its own CSRF token for the inbox's forms.
// Kept in memory and capped, so a restart logs the owner out and nothing grows without bound.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hostName, isLoopbackHost } from './network.ts';

export const COOKIE = 'inbox_session';
const MAX_SESSIONS = 100;
const LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface Session {
  csrf: string;
  expiresAt: number;
}

/** Compares secrets in constant time: hashing first gives equal-length buffers. */
export function sameSecret(a: string, b: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function createSessions(now: () => number = Date.now) {
  const sessions = new Map<string, Session>();

  const cookieOptions = (c: Context) =>
    ({ httpOnly: true, sameSite: 'Strict', path: '/', secure: !isLoopbackHost(hostName(c.req.header('host'))) }) as const;

  return {
    /** Starts a session and sets its cookie. */
    open(c: Context): Session {
      for (const [token, s] of sessions) if (s.expiresAt <= now()) sessions.delete(token);
      // The oldest goes first when full: Map keeps insertion order.
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      const token = randomBytes(32).toString('base64url');
      const session = { csrf: randomBytes(24).toString('base64url'), expiresAt: now() + LIFETIME_MS };
      sessions.set(token, session);
      setCookie(c, COOKIE, token, { ...cookieOptions(c), maxAge: LIFETIME_MS / 1000 });
      return session;
    },
    /** The request's live session, if any. */
    get(c: Context): Session | undefined {
      const token = getCookie(c, COOKIE);
      const session = token ? sessions.get(token) : undefined;
      if (!session || session.expiresAt <= now()) return undefined;
      return session;
    },
    close(c: Context): void {
      const token = getCookie(c, COOKIE);
      if (token) sessions.delete(token);
      deleteCookie(c, COOKIE, cookieOptions(c));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
