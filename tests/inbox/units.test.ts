import { describe, expect, it } from 'vitest';
import { csvCell } from '../../demo/inbox/csv.ts';
import { createRateLimiter } from '../../demo/inbox/guard.ts';
import { escapeHtml } from '../../demo/inbox/page.ts';

describe('csvCell', () => {
  it('leaves plain text alone and doubles quotes inside quoted cells', () => {
    expect(csvCell('Sam Doe')).toBe('Sam Doe');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd'])('prefixes %j with a quote so it is not a formula', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('quotes a guarded cell that also holds a comma', () => {
    expect(csvCell('=HYPERLINK("x", "y")')).toBe(`"'=HYPERLINK(""x"", ""y"")"`);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can break out of text or attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('createRateLimiter', () => {
  it('allows max hits per address per window, then reports the seconds left', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000 }, () => now);
    expect(limiter.hit('a')).toBe(0);
    expect(limiter.hit('a')).toBe(0);
    now = 2_500;
    expect(limiter.hit('a')).toBe(8);
    expect(limiter.hit('b')).toBe(0);
  });

  it('opens again once the window has passed', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 1_000 }, () => now);
    limiter.hit('a');
    expect(limiter.hit('a')).toBe(1);
    now = 1_000;
    expect(limiter.hit('a')).toBe(0);
  });
});
