// Turns what a visitor types into plain lowercase words: accents, curly quotes,
// apostrophes, emoji, markup and control characters all reduce to spaces or letters.

// Far beyond the composer limit (500), so red flags are found anywhere in a pasted message.
const MAX_CHARS = 20000;

/** Lowercase ASCII-ish words; never throws, whatever the input. */
export function words(raw: string): string[] {
  const s = String(raw)
    .slice(0, MAX_CHARS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return s ? s.split(' ') : [];
}
