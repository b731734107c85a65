import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from '../../../widget/contact/backoff.ts';

describe('backoffDelay', () => {
  it('doubles from 2 s and stops at the 5 minute cap', () => {
    const top = () => 1;
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, top));
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000, 300000, 300000]);
    expect(BACKOFF_CAP_MS).toBe(300_000);
  });

  it('grows strictly with each attempt below the cap whatever the jitter', () => {
    for (let n = 1; n < 8; n++) expect(backoffDelay(n + 1, () => 0)).toBeGreaterThan(backoffDelay(n, () => 0.999));
  });

  it('jitters within 75-100% of the step, never past the cap', () => {
    expect(backoffDelay(3, () => 0)).toBe(6000);
    expect(backoffDelay(3, () => 0.5)).toBe(7000);
    expect(backoffDelay(50, () => 0)).toBe(225_000);
    expect(backoffDelay(1000, () => 0.999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('stays finite and sane for odd inputs', () => {
    expect(backoffDelay(0, () => 1)).toBe(2000);
    expect(backoffDelay(1, () => Number.NaN)).toBe(2000);
    expect(backoffDelay(1, () => 7)).toBe(2000);
  });
});
