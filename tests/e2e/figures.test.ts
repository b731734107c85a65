// ARCHITECTURE's byte table quotes the built file; this fails when it drifts from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE, between, byteFigures } from '../../scripts/lib/figures.ts';
import { BUDGET_GZIP } from '../../scripts/size.ts';

describe("ARCHITECTURE's byte table", () => {
  it('matches the built dist/faq-widget.js (npm run size -- --write rewrites it)', () => {
    const built = readFileSync(new URL('../../dist/faq-widget.js', import.meta.url));
    expect(between(readFileSync(ARCHITECTURE, 'utf8'), 'bytes')).toBe(byteFigures(built, BUDGET_GZIP));
  });
});
