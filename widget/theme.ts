// Colours: parse what a clinic owner writes, and keep every text readable (WCAG AA).

type RGB = number[];

/** [r, g, b] in 0..255, or null when the string is not a hex colour (#rgb, #rrggbb, with alpha). */
export function parseColor(value: string): RGB | null {
  const m = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(value.trim());
  const hex = m && (m[1].length < 5 ? m[1].replace(/./g, '$&$&') : m[1]);
  return hex ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
}

const lum = (c: RGB) =>
  c.reduce(
    (s, x, i) => s + [0.2126, 0.7152, 0.0722][i] * ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4),
    0,
  );

/** Contrast ratio between two colours (1..21). */
export function contrast(a: RGB, b: RGB): number {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => p - q);
  return (y + 0.05) / (x + 0.05);
}

const INK: RGB = [17, 24, 39];
const WHITE: RGB = [255, 255, 255];
const hex = (c: RGB) => '#' + c.map((n) => n.toString(16).padStart(2, '0')).join('');
/** Darkens in 5% steps until `ok`: the smallest change that makes the colour work. */
const darken = (c: RGB, ok: (x: RGB) => boolean) => {
  let x = c;
  for (let t = 0.05; !ok(x) && t < 1; t += 0.05) x = c.map((n) => Math.round(n * (1 - t)));
  return x;
};

/**
 * The theme from the clinic's colour: `color` for filled surfaces with `on` as their
 * text, `ink` for the colour as text on white. A colour on which no text reaches AA
 * (4.5:1) is darkened just enough.
 */
export function theme(value: string): { color: string; on: string; ink: string } {
  const base = parseColor(value) ?? [15, 118, 110];
  const bg = darken(base, (x) => Math.max(contrast(x, INK), contrast(x, WHITE)) >= 4.5);
  return {
    color: hex(bg),
    on: contrast(bg, INK) > contrast(bg, WHITE) ? hex(INK) : '#fff',
    ink: hex(darken(base, (x) => contrast(x, WHITE) >= 4.5)),
  };
}
