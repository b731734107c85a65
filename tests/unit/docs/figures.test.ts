// The README quotes figures the code produces; these tests fail when they drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { between, qualityFigures, README, replaceBetween } from '../../../scripts/lib/figures.ts';

describe('the figures in the documents', () => {
  // Scores every labelled set: seconds of work, more on a busy machine.
  it("match the README's answer-quality and red-flag tables (npm run eval -- --write rewrites them)", { timeout: 60_000 }, () => {
    const written = between(readFileSync(README, 'utf8'), 'quality');
    expect(written).toBe(qualityFigures(compileKnowledge().knowledge));
  });

  it('are replaced between their markers and nowhere else', () => {
    const text = 'intro\n<!-- x:start -->\nold\n<!-- x:end -->\noutro\n';
    expect(replaceBetween(text, 'x', 'new\n')).toBe('intro\n<!-- x:start -->\nnew\n<!-- x:end -->\noutro\n');
    expect(() => between('no markers here', 'x')).toThrow(/x:start/);
  });
});
