import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrast, parseColor, theme } from '../../../widget/theme.ts';

const rgb = (hex: string) => parseColor(hex)!;

describe('theme', () => {
  it('parses hex in every length, and nothing else', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#0F766E')).toEqual([15, 118, 110]);
    expect(parseColor('#0f766eff')).toEqual([15, 118, 110]);
    expect(parseColor('rgb(1, 2, 3)')).toBeNull();
    expect(parseColor('red')).toBeNull();
    expect(parseColor('#ggg')).toBeNull();
  });

  it('picks dark text on a light colour and white text on a dark one', () => {
    expect(theme('#ffe066').on).toBe('#111827');
    expect(theme('#1e3a8a').on).toBe('#fff');
  });

  it('keeps text readable (WCAG AA, 4.5:1) on whatever colour a clinic picks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const t = theme('#' + n.toString(16).padStart(6, '0'));
        expect(contrast(rgb(t.color), rgb(t.on === '#fff' ? '#ffffff' : t.on))).toBeGreaterThanOrEqual(4.5);
        expect(contrast(rgb(t.ink), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the default teal for a value that is not a colour', () => {
    expect(theme('nonsense').color).toBe('#0f766e');
  });
});
