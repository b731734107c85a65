// The rules file's phrase syntax, matched against a sentence's words:
//   numb*          a word starting with "numb"
//   pee/wee        either word
//   (loss of/no)   either phrase
//   lost ... control   up to MAX_GAP other words in between
//   <number>       any number
//   <year>         a year from 1900 to 2099
/** Numbers people spell out: "three metres", "ten kilos". */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty'.split(' '),
);

/** Stand for any number, and for a year, in a phrase. */
const NUMBER = '<number>';
const YEAR = '<year>';

type Word = { word: string } | { prefix: string } | { number: 'any' | 'year' };
type Step = { gap: true } | { alternatives: Word[][] };
export type Pattern = Step[];

/** The most words "..." stands for. */
export const MAX_GAP = 4;

function parseWord(w: string): Word {
  if (w === NUMBER) return { number: 'any' };
  if (w === YEAR) return { number: 'year' };
  return w.endsWith('*') ? { prefix: w.slice(0, -1) } : { word: w };
}

/** Parses one phrase; the build has already checked its syntax (knowledge/red-flags.ts). */
export function parsePattern(text: string): Pattern {
  const steps: Pattern = [];
  for (const [token] of text.matchAll(/\([^)]*\)|\S+/g)) {
    if (token === '...') steps.push({ gap: true });
    else if (token.startsWith('(')) {
      const phrases = token.slice(1, -1).split('/');
      steps.push({ alternatives: phrases.map((p) => p.trim().split(/\s+/).map(parseWord)) });
    } else steps.push({ alternatives: token.split('/').map((w) => [parseWord(w)]) });
  }
  return steps;
}

function fits(w: Word, token: string): boolean {
  if ('word' in w) return token === w.word;
  if ('prefix' in w) return token.startsWith(w.prefix);
  return w.number === 'year' ? /^(19|20)\d\d$/.test(token) : /^\d+$/.test(token) || NUMBER_WORDS.has(token);
}

/** Where the pattern ends when it matches at `start`, or -1. */
export function matchAt(pattern: Pattern, tokens: readonly string[], start: number, step = 0): number {
  if (step === pattern.length) return start;
  const s = pattern[step];
  if ('gap' in s) {
    for (let skip = 0; skip <= MAX_GAP && start + skip < tokens.length; skip++) {
      const end = matchAt(pattern, tokens, start + skip, step + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const phrase of s.alternatives) {
    let i = start;
    if (phrase.every((w) => i < tokens.length && fits(w, tokens[i++]))) {
      const end = matchAt(pattern, tokens, i, step + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/**
 * The literal first words a phrase can start with, or null when it starts with a prefix, a
 * number or a gap: read from its first token alone, what indexing needs without parsing the rest.
 */
export function firstWordsOf(text: string): string[] | null {
  // String methods, not a regex per phrase: the rules file has over a thousand phrases.
  const token = text[0] === '(' ? text.slice(1, text.indexOf(')')) : text.split(' ', 1)[0];
  const words = token.split('/').map((p) => p.trim().split(' ', 1)[0]);
  return words.every((w) => w !== '...' && w[0] !== '<' && !w.endsWith('*')) ? words : null;
}
