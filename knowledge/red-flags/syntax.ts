// The phrase syntax of the rules file, checked at build time so the engine can trust it:
// words of letters and digits, `word*` prefixes, `a/b` alternatives, `(a b/c)` phrase
// alternatives, `...` gaps and `<number>` for any number (see the head of knowledge/red-flags.yaml).

import { lemma } from '../../widget/engine/index.ts';

const WORD = /^([a-z0-9]+\*?|<number>|<year>)$/;

/** Lowercase, no accents, no apostrophes: the form visitors' words take (widget/engine/text.ts). */
export function normalise(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A phrase with every word reduced as the engine reduces visitors' words (lemma.ts), and
 * alternatives that became the same dropped: "fall/falls/falling" ships as "fall".
 */
export function reduce(phrase: string): string {
  const word = (w: string) => (w.startsWith('<') ? w : w.endsWith('*') ? lemma(w.slice(0, -1)) + '*' : lemma(w));
  return (phrase.match(/\([^)]*\)|\S+/g) ?? [])
    .map((t) => {
      if (t === '...') return t;
      const bracketed = t.startsWith('(');
      const alternatives = [
        ...new Set((bracketed ? t.slice(1, -1) : t).split('/').map((a) => a.trim().split(' ').map(word).join(' '))),
      ];
      return bracketed ? `(${alternatives.join('/')})` : alternatives.join('/');
    })
    .join(' ');
}

/** What is wrong with a phrase, or null. */
export function phraseProblem(phrase: string): string | null {
  const tokens = phrase.match(/\([^)]*\)|\S+/g) ?? [];
  if (!tokens.length) return 'empty phrase';
  if (tokens[0] === '...' || tokens[tokens.length - 1] === '...') return '"..." must stand between two words';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '...') {
      if (tokens[i + 1] === '...') return 'two "..." in a row';
      continue;
    }
    const bracketed = t.startsWith('(') && t.endsWith(')');
    if (!bracketed && /[()]/.test(t)) return `unbalanced brackets in "${t}"`;
    const alternatives = bracketed ? t.slice(1, -1).split('/') : t.split('/');
    for (const alt of alternatives) {
      const words = alt.trim().split(' ');
      if (!alt.trim()) return `an empty alternative in "${t}"`;
      if (!bracketed && words.length > 1) return `"${t}" holds a space; write phrase alternatives in brackets: (a b/c)`;
      for (const w of words) {
        if (!WORD.test(w)) return `"${w}" may hold only letters and digits, a final *, or be <number> or <year>`;
        if (w.endsWith('*') && w.length < 4) return `"${w}" is too short a prefix: give at least three letters`;
      }
    }
  }
  return null;
}

/** The alternatives of each slot of a reduced phrase: `(a b/c) d/e* ... f` is [[a b, c], [d, e*], [...], [f]]. */
const slots = (phrase: string) =>
  (phrase.match(/\([^)]*\)|\S+/g) ?? []).map((t) => (t.startsWith('(') ? t.slice(1, -1) : t).split('/'));

/** Whether every alternative of `small` is one of `big`'s, or a single word that a prefix of `big`'s (`word*`) takes. */
const covers = (big: string[], small: string[]) =>
  small.every(
    (a) => big.includes(a) || (!a.includes(' ') && big.some((b) => b.endsWith('*') && a.startsWith(b.slice(0, -1)))),
  );

/**
 * Drops the alternatives of a slot that another in it already takes: "paralysis" beside the
 * prefix "paraly*". Only in a slot of single words: among phrase alternatives the engine takes
 * the first that fits, so dropping one could let a longer one fit first.
 */
const simplify = (slot: string[]) => {
  const unique = [...new Set(slot)];
  if (unique.some((a) => a.includes(' '))) return unique;
  return unique.filter(
    (a) =>
      !covers(
        unique.filter((b) => b !== a),
        [a],
      ),
  );
};

/**
 * A list of reduced phrases without the redundant ones, which the bundle need not carry: each
 * dropped phrase or alternative matches only what another one matches, at the same words; and
 * phrases that differ in one word only, merged into one.
 */
export function pruneRedundant(phrases: string[]): string[] {
  const parsed = phrases.map((p) => slots(p).map(simplify));
  // Only phrases of a fixed length, one word a slot, no gap: the engine takes the first way a
  // phrase fits, so with a gap or a phrase alternative another list could end the match elsewhere.
  const fixed = (p: string[][]) => p.every((slot) => slot.every((a) => a !== '...' && !a.includes(' ')));
  const within = (a: string[][], b: string[][]) =>
    fixed(a) && fixed(b) && a.length === b.length && a.every((slot, i) => covers(b[i], slot));
  const prune = (list: string[][][]) =>
    list.filter((p, i) => !list.some((q, j) => j !== i && within(p, q) && (!within(q, p) || j < i)));
  const kept = prune(parsed);
  // Two such phrases that differ in one slot only are one phrase with both words in that slot:
  // "end her life" and "take her life" ship as "end/take her life", matching the same words.
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w) => b.includes(w));
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const [a, b] = [kept[i], kept[j]];
      if (!fixed(a) || !fixed(b) || a.length !== b.length) continue;
      const differ = a.flatMap((slot, k) => (same(slot, b[k]) ? [] : [k]));
      if (differ.length !== 1) continue;
      kept[i] = a.map((slot, k) => (k === differ[0] ? simplify([...slot, ...b[k]]) : slot));
      kept.splice(j, 1);
      j = i;
    }
  }
  return prune(kept).map((p) =>
    p.map((slot) => (slot.some((a) => a.includes(' ')) ? `(${slot.join('/')})` : slot.join('/'))).join(' '),
  );
}
