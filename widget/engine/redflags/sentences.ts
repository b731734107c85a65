// A message as sentences of words, each word tagged with its clause. A clause ends at a
// comma, a colon, a dash or a bracket; a sentence at . ! ? ; or a new line. Numbers keep
// their decimal point ("38.5" is "38 5", in one sentence) and "10kg" reads "10 kg".
import { words } from '../text.ts';

export interface Sentence {
  tokens: string[];
  /** The clause number of each word, rising through the message. */
  clause: number[];
}

const SENTENCE_END = /[.!?;\n\u3002]+/;
const CLAUSE_END = /[,:()\u2013\u2014]|\s-\s/;

export function sentences(raw: string): Sentence[] {
  let clauseNumber = 0;
  const joined = String(raw).replace(/(\d)[.,](\d)/g, '$1 $2');
  return joined.split(SENTENCE_END).flatMap((text) => {
    const s: Sentence = { tokens: [], clause: [] };
    for (const part of text.split(CLAUSE_END)) {
      const ws = words(part).flatMap((w) => w.split(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/));
      if (!ws.length) continue;
      clauseNumber++;
      for (const w of ws) {
        s.tokens.push(w);
        s.clause.push(clauseNumber);
      }
    }
    return s.tokens.length ? [s] : [];
  });
}
