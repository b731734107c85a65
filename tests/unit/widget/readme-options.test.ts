// The README's options table is what clinic owners read; parseConfig is what the widget reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseConfig } from '../../../widget/config.ts';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
/** Each row of the options table: its attribute and its stated default. */
const rows = [...README.matchAll(/^\| `data-([a-z-]+)` \| ([^|]+) \|/gm)].map(([, attr, fallback]) => ({
  attr,
  key: attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
  fallback: fallback.trim(),
}));

describe("the README's options table", () => {
  it('lists every setting parseConfig reads, once, and nothing else', () => {
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('states each literal default as parseConfig sets it', () => {
    const { config } = parseConfig({});
    for (const { key, fallback } of rows) {
      const literal = /^`([^`]*)`$/.exec(fallback)?.[1];
      const value = config[key as keyof typeof config];
      if (literal !== undefined) expect(String(value), `data default of ${key}`).toBe(literal);
      else if (fallback === 'none') expect(value, `no default for ${key}`).toBe('');
    }
  });

  it('names each attribute as the widget reads it from the script tag', () => {
    for (const { attr, key } of rows) {
      const { config, warnings } = parseConfig({ [key]: key === 'zIndex' ? '5' : 'x' });
      // A value the widget cannot use is named in a warning by its data- attribute.
      const used = config[key as keyof typeof config] !== DEFAULTS[key as keyof typeof DEFAULTS];
      expect(used || warnings.some((w) => w.includes(`data-${attr}=`)), attr).toBe(true);
    }
  });
});
