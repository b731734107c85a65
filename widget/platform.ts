// The browser services the widget uses, as types: the page entry passes the real ones in,
// tests pass fakes. Nothing here runs.

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The subset of `fetch` the widget uses; `window.fetch` fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Timer functions. Method syntax keeps the handle type loose so both the browser's
 * numeric handles and Node's Timeout objects fit.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
