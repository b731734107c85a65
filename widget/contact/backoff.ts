export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60 * 1000;

/**
 * Delay before retry number `attempts` (1-based): 2 s, 4 s, 8 s ... capped at 5 minutes,
 * scaled into [75%, 100%] by `random` so visitors queued during one outage do not retry in lockstep.
 */
export function backoffDelay(attempts: number, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20)); // 2^20 * 2 s is far past the cap; avoids Infinity
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const raw = random();
  // A broken random (NaN) must not turn into a 0 ms retry loop; treat it as no jitter.
  const r = Number.isNaN(raw) ? 1 : Math.min(1, Math.max(0, raw));
  return Math.round(ceiling * (0.75 + 0.25 * r));
}
