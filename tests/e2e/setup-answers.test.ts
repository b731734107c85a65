// Issue 15, items 1, 2 and 4, in Chromium: the setup page's answers editor adds a `prices` fact,
// "Try a question" answers it, clinic.json is downloaded, and the BUILT widget on a host page
// with data-knowledge pointing at that file answers the price question and still the guide's.
// Then: `npm run ask -- --knowledge` and the widget give the same replies from one clinic file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { capture } from '../../scripts/lib/cli.ts';
import { askCommand } from '../../scripts/ask.ts';
import { CLINIC_FORMAT } from '../../widget/answers/clinic.ts';
import { visit } from './harness.ts';
import { openSetup } from './setup-page.ts';
import { ask } from './hostile.ts';

const PRICE_QUESTION = 'How much does dry needling cost?';
const PRICE_MARK = 'A session is $X';

let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A folder served by the demo server, with a host page loading the built widget and `knowledge`. */
async function hostWith(clinicJson: string): Promise<RunningServer> {
  const root = mkdtempSync(join(tmpdir(), 'faq-clinic-host-'));
  writeFileSync(join(root, 'clinic.json'), clinicJson);
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A clinic</h1>' +
      '<script src="/faq-widget.js" defer data-clinic-name="Host Clinic" data-endpoint="/api/leads" data-knowledge="/clinic.json"></script></body></html>',
  );
  const server = await serve({ root });
  servers.push(server);
  return server;
}

describe('the answers editor on the setup page', () => {
  it('adds a prices fact that "Try a question" answers, downloads clinic.json, and the widget answers from it', async () => {
    const { page, errors } = await openSetup(browser, undefined, '#add-fact');
    await page.click('#add-fact');
    const fact = page.locator('fieldset.fact').first();
    await expect.poll(() => fact.getAttribute('data-id')).toBe('prices');
    await fact.locator('textarea.questions').fill(`${PRICE_QUESTION}\nWhat is the price of a session?`);
    await fact.locator('textarea.answer').fill(`${PRICE_MARK} (**made up** for this test).`);
    await expect.poll(() => fact.locator('.md-preview b').textContent()).toBe('made up');
    await expect.poll(() => page.locator('fieldset.fact.bad').count()).toBe(0);

    await page.fill('#try-question', PRICE_QUESTION);
    await page.click('#try-ask');
    await expect.poll(() => page.locator('#try-result').textContent()).toContain('Answered by your answer "prices"');
    await page.fill('#try-question', 'is dry needling safe?');
    await page.click('#try-ask');
    await expect
      .poll(() => page.locator('#try-result').textContent())
      .toContain('Answered by the built-in answer "is-it-safe"');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-clinic')]);
    expect(download.suggestedFilename()).toBe('clinic.json');
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({
      format: CLINIC_FORMAT,
      version: 1,
      entries: [{ id: 'prices', topic: 'prices' }],
      disabled: [],
    });
    expect(errors).toEqual([]);

    const server = await hostWith(file);
    const host = await visit(browser, `${server.url}/`);
    // The file is fetched and checked after the widget wakes: ask until the answer comes from it.
    await expect.poll(() => ask(host.page, PRICE_QUESTION), { timeout: 5000 }).toContain(PRICE_MARK);
    expect(await ask(host.page, 'is dry needling safe?')).toMatch(/Was this helpful/);
    expect(await ask(host.page, 'Do you take my insurance?')).not.toMatch(/Was this helpful/);
    expect(host.warnings).toEqual([]);
    expect(host.errors).toEqual([]);
  });

  it('tells the owner in plain words what is wrong with a fact, and offers no clinic.json until it is fixed', async () => {
    const { page } = await openSetup(browser, undefined, '#add-fact');
    await page.click('#add-fact');
    const fact = page.locator('fieldset.fact').first();
    await fact.locator('textarea.questions').fill(PRICE_QUESTION);
    await fact.locator('textarea.answer').fill('# Prices\nMade up.');
    await expect.poll(() => fact.locator('.problems').textContent()).toContain('give at least two phrasings');
    expect(await fact.locator('.problems').textContent()).toContain('Answer: headings are not allowed');
    expect(await page.locator('#download-clinic').count()).toBe(0);
  });

  it('keeps the drafts in this browser, switches off and replaces built-in answers, and offers their Markdown files', async () => {
    const { page } = await openSetup(browser, undefined, '#add-fact');
    await page.click('summary:has-text("built-in answers")');
    await page.locator('.built-in li[data-id="aftercare"] input[type="checkbox"]').check();
    await page.locator('.built-in li[data-id="is-it-safe"] button').click();
    const own = page.locator('fieldset.fact[data-id="is-it-safe"]');
    await own.locator('textarea.answer').fill('Our own words on safety, made up for this test.');
    await expect.poll(() => page.locator('a.md-file').allTextContents()).toEqual(['is-it-safe.md ', 'disabled.txt ']);

    await page.reload();
    await page.waitForSelector('#add-fact');
    expect(await page.locator('fieldset.fact[data-id="is-it-safe"] textarea.answer').inputValue()).toBe(
      'Our own words on safety, made up for this test.',
    );
    await page.fill('#try-question', 'is dry needling safe?');
    await page.click('#try-ask');
    await expect.poll(() => page.locator('#try-result').textContent()).toContain('Our own words on safety');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-clinic')]);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ entries: [{ id: 'is-it-safe' }], disabled: ['aftercare'] });

    // The built widget replaces and switches off the guide's answers by the same ids.
    const server = await hostWith(file);
    const host = await visit(browser, `${server.url}/`);
    await expect
      .poll(() => ask(host.page, 'is dry needling safe?'), { timeout: 5000 })
      .toContain('Our own words on safety');
    expect(await ask(host.page, 'What should I do after a dry needling session?')).not.toMatch(/Go easy for a day/);
    expect(host.warnings).toEqual([]);
  });
});

/** The demo clinic's file, and questions about its facts, the guide, and what neither covers. */
const DEMO_CLINIC = readFileSync(new URL('../../demo/clinic.json', import.meta.url), 'utf8');
const QUESTIONS = [
  'How much does dry needling cost?',
  'when are you open on saturday',
  'is there parking',
  'do you bill my insurance directly?',
  'how long is the first appointment',
  'who does the needling',
  'is it safe?',
  'does dry needling hurt',
  'how many sessions will i need',
  'do you treat children?',
  'can i bring my dog',
  'I want to book an appointment',
  'thanks!',
  'I suddenly cannot control my bladder',
];

describe('the widget and npm run ask -- --knowledge', () => {
  it('give the same reply to every question from one clinic file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-clinic-ask-'));
    writeFileSync(join(dir, 'clinic.json'), DEMO_CLINIC);
    const cli = await capture(askCommand, ['--knowledge', join(dir, 'clinic.json'), '--jsonl'], {
      input: QUESTIONS.join('\n'),
    });
    expect(cli.status).toBe(0);
    const expected = cli.stdout
      .trim()
      .split('\n')
      .map((l) => {
        const { kind, topic } = JSON.parse(l) as { kind: string; topic: string | null };
        return { kind, topic };
      });

    const server = await hostWith(DEMO_CLINIC);
    const { page } = await visit(browser, `${server.url}/`);
    await expect.poll(() => ask(page, QUESTIONS[0]), { timeout: 5000 }).toContain('$X');
    const seen = await page.evaluate(async (questions) => {
      type Api = {
        on: (e: string, f: (p: { kind: string; topic: string | null }) => void) => void;
        ask: (t: string) => void;
      };
      const api = (window as unknown as { FaqWidget: Api }).FaqWidget;
      const replies: { kind: string; topic: string | null }[] = [];
      api.on('question', ({ kind, topic }) => replies.push({ kind, topic }));
      for (const q of questions) api.ask(q);
      return replies;
    }, QUESTIONS);
    expect(seen).toEqual(expected);
    // Both used the clinic's facts, not only the built-in answers.
    expect(expected.filter((r) => r.kind === 'answer').map((r) => r.topic)).toEqual(
      expect.arrayContaining(['prices', 'hours', 'location', 'insurance', 'booking', 'staff', 'safety']),
    );
  });
});
