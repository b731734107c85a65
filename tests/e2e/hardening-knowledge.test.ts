// Issue #6: a clinic's own compiled knowledge base (data-knowledge) is used when it is sound,
// and anything else (bad shape, unknown topic, over 512 KB, missing) keeps the built-in answers
// with exactly one warning for the site owner.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { compileKnowledge } from '../../knowledge/compile.ts';
import { slim } from '../../knowledge/bundle.ts';
import { answer } from '../../widget/engine/answer.ts';
import { phrasingTerms } from '../../widget/engine/phrasings.ts';
import { plainText } from '../../widget/engine/markdown.ts';
import type { Entry } from '../../widget/engine/types.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { visit } from './harness.ts';
import { ask } from './hostile.ts';

/** A question only the clinic's own base can answer: its one extra entry is about taping. */
const ONLY_CUSTOM = 'what is kinesiology tape?';
const MARK = 'CUSTOM BASE';
const EXTRA: Entry = {
  id: 'kinesio-tape',
  topic: 'after-session',
  questions: ['What is kinesiology tape?', 'Will you tape my back after needling?', 'what does kinesio taping do'],
  related: [],
  keywords: ['kinesio', 'taping'],
  md: `${MARK}: **kinesiology tape** is a stretchy tape your physiotherapist may add after a session.`,
};

const { knowledge } = compileKnowledge();
/** The same mapping as `npm run knowledge -- --json`: the compiled entries plus answer text and search terms. */
const custom = {
  entries: [...knowledge.entries, EXTRA].map((e) => ({ ...e, answer: plainText(e.md), terms: phrasingTerms(e) })),
  realWords: knowledge.realWords,
  redFlags: knowledge.redFlags,
};
const json = (data: unknown) => JSON.stringify(data);

/** Every refused base still carries the extra entry, so using it by mistake would show. */
const REFUSED: Record<string, { body?: string; why: RegExp }> = {
  'bad-shape': { body: json({ ...custom, entries: Object.fromEntries(custom.entries.map((e) => [e.id, e])) }), why: /entries/ },
  'unknown-topic': { body: json({ ...custom, entries: custom.entries.map((e, i) => (i ? e : { ...e, topic: 'astrology' })) }), why: /unknown topic/ },
  // Valid JSON, valid base: only the size is wrong (whitespace is still bytes on the wire).
  'too-big': { body: json(custom).replace('{', '{' + ' '.repeat(520 * 1024)), why: /512 KB/ },
  missing: { why: /404/ },
};

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'faq-knowledge-'));
  const page = (name: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><h1>${name}</h1>` +
    `<script src="/faq-widget.js" defer data-clinic-name="Own Base" data-endpoint="/api/leads" data-knowledge="/${name}.json"></script></body></html>`;
  writeFileSync(join(root, 'custom.json'), json(custom));
  writeFileSync(join(root, 'custom.html'), page('custom'));
  for (const [name, { body }] of Object.entries(REFUSED)) {
    if (body !== undefined) writeFileSync(join(root, `${name}.json`), body);
    writeFileSync(join(root, `${name}.html`), page(name));
  }
  [browser, server] = await Promise.all([launch(), serve({ root })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a clinic's own knowledge base", () => {
  it('is needed for the question: the built-in base does not answer it', () => {
    expect(answer(ONLY_CUSTOM, slim(knowledge))?.kind).not.toBe('answer');
    expect(answer(ONLY_CUSTOM, custom)?.id).toBe(EXTRA.id);
    expect(REFUSED['too-big'].body?.length).toBeGreaterThan(512 * 1024);
  });

  it('answers from it when it is valid, without a warning', async () => {
    const { page, warnings, errors } = await visit(browser, `${server.url}/custom.html`);
    // The base is fetched and checked after the widget mounts: ask until the answer comes from it.
    await expect.poll(() => ask(page, ONLY_CUSTOM), { timeout: 5000 }).toContain(MARK);
    expect(await ask(page, 'is dry needling safe?')).toMatch(/Was this helpful/);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(Object.entries(REFUSED))('keeps the built-in answers and warns exactly once when it is %s', async (name, { why }) => {
    const { page, warnings } = await visit(browser, `${server.url}/${name}.html`);
    await expect.poll(() => warnings.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(await ask(page, ONLY_CUSTOM)).not.toContain(MARK);
    expect(await ask(page, 'is dry needling safe?')).toMatch(/Was this helpful/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^\\[faq-widget\\] data-knowledge="/${name}.json" ignored`));
    expect(warnings[0]).toMatch(why);
  });
});
