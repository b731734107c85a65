// What the routes share: the settings, the store, the sessions and the limits (tests shrink them).
import type { Notifier } from './notify.ts';
import type { Sessions } from './sessions.ts';
import type { Settings } from './settings.ts';
import type { LeadStore } from './store.ts';

export interface Window {
  limit: number;
  windowMs: number;
}

export interface Limits {
  /** POST /api/leads per client (an IPv4 address or an IPv6 /64). */
  perClient: Window;
  /** Leads stored by all clients together. */
  global: Window;
  /** Failed sign-ins per client, and by everyone together. */
  loginPerClient: Window;
  loginGlobal: Window;
  /** How long a failed sign-in waits before it is answered. */
  failDelayMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  perClient: { limit: 20, windowMs: 10 * 60_000 },
  global: { limit: 600, windowMs: 10 * 60_000 },
  loginPerClient: { limit: 5, windowMs: 15 * 60_000 },
  loginGlobal: { limit: 50, windowMs: 15 * 60_000 },
  failDelayMs: 1000,
};

export interface Deps {
  settings: Settings;
  store: LeadStore;
  sessions: Sessions;
  notifier: Notifier;
  limits: Limits;
  log: (line: string) => void;
}
