// Issue #6, hostile input: whatever a visitor (or a script) types, the engine returns null for
// blank input and otherwise one of the kinds of reply, and never throws. How fast it answers
// is measured by npm run bench (a 10,000-character message included), not asserted here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answer } from '../../../widget/engine/answer.ts';
import type { ReplyKind } from '../../../widget/engine/types.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { slim } from '../../../knowledge/bundle.ts';

/** The base exactly as the widget ships it (one question per entry, precomputed terms). */
const knowledge = slim(compileKnowledge().knowledge);
/** Every kind of reply; `satisfies` makes a new kind fail to compile until it is listed here. */
const KINDS = Object.keys({
  answer: 1,
  clarify: 1,
  fallback: 1,
  urgent: 1,
  'warning-signs': 1,
  smalltalk: 1,
  contact: 1,
  booking: 1,
} satisfies Record<ReplyKind, 1>);

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
const controls = fc.oneof(char(0, 0x1f), char(0x7f, 0x9f), fc.constantFrom('\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u2028', '\ufffd'));
const loneSurrogates = char(0xd800, 0xdfff);
const rtl = fc.oneof(char(0x0590, 0x05ff), char(0x0600, 0x06ff));
/** Words the engine knows, so mixed input reaches the search and the answer paths, not just "no idea". */
const known = fc.constantFrom('dry', 'needling', 'safe', 'hurt', 'sciatica', 'pregnant', 'how', 'many', 'sessions', 'is', 'it', 'does', 'what', '?', ',', '.', '!', 'book', 'hi', 'thanks', 'numb', 'bladder');
/** Markup, and words that are also Object.prototype keys (a lookup table built on {} would trip on them). */
const hostile = fc.constantFrom(
  '<img src=x onerror="window.__pwned=1">',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '</textarea>',
  '**bold** [x](javascript:alert(1))',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '${alert(1)}',
  '%s%n%x',
  '\\',
  '🪡💉😬👍🏽',
  '👨‍👩‍👧‍👦',
);

const ARBITRARIES: [string, fc.Arbitrary<string>, number][] = [
  ['any Unicode code points', fc.string({ unit: 'binary', maxLength: 300 }), 300],
  ['graphemes, emoji included', fc.string({ unit: 'grapheme', maxLength: 200 }), 200],
  ['control and invisible characters', fc.string({ unit: controls, maxLength: 200 }), 150],
  ['lone surrogates', fc.string({ unit: fc.oneof(loneSurrogates, fc.constantFrom('a', ' ', '?')), maxLength: 200 }), 150],
  ['right-to-left text', fc.string({ unit: fc.oneof(rtl, fc.constantFrom(' ', '?', '\u202e')), maxLength: 200 }), 150],
  ['known words mixed with markup and hostile tokens', fc.array(fc.oneof(known, hostile, controls, loneSurrogates, rtl), { maxLength: 60 }).map((a) => a.join(' ')), 400],
  ['very long strings up to 10,000 characters', fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', ' ', '?', '.', ','), known, hostile), minLength: 2000, maxLength: 10_000 }), 40],
];

function check(text: string): void {
  const reply = answer(text, knowledge);
  if (!text.trim()) {
    expect(reply).toBeNull();
    return;
  }
  expect(reply).not.toBeNull();
  const r = reply!;
  expect(KINDS).toContain(r.kind);
  expect(typeof r.text).toBe('string');
  expect(r.text.trim()).not.toBe('');
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  // Only an answer names an entry; only "did you mean" offers candidates.
  if (r.kind === 'answer') expect(knowledge.entries.map((e) => e.id)).toContain(r.id);
  else expect([r.id, r.topic]).toEqual([null, null]);
  if (r.kind !== 'clarify') expect(r.suggestions).toEqual([]);
}

describe('answering hostile input', () => {
  it.each(ARBITRARIES)('returns null for blank input and a well-formed reply of a known kind otherwise, for %s', (_, arbitrary, numRuns) => {
    fc.assert(fc.property(arbitrary, (text) => void check(text)), { numRuns });
  });

  it.each(['', ' ', '\t\n\r', '\u00a0\u2028\u2029\ufeff', '\u3000'])('returns null for the blank message %j', (text) => {
    expect(answer(text, knowledge)).toBeNull();
  });

  it.each(['\u200b', '\u0000', '\u202e', '\ud800', '\udc00'])('answers rather than ignores the invisible but non-blank message %j', (text) => {
    expect(KINDS).toContain(answer(text, knowledge)?.kind);
  });
});
