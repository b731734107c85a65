// A deliberately light stemmer: enough to fold "needles", "needling" and "needled"
// together, applied identically to questions and to what visitors type.

export function stem(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  // "soreness" is about being sore, "numbness" about being numb.
  if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  if (/([^aeiouls])\1$/.test(s) && s.length > 4) s = s.slice(0, -1);
  return s;
}

/** A set of the stems of space-separated words. */
export const stems = (s: string) => new Set(s.split(' ').map(stem));
