// Issue #10: graded red-flag replies in the built widget, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { axeViolations, inWidget, visit } from './harness.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function say(page: Page, text: string) {
  if (!(await page.locator(inWidget('textarea')).count())) await page.locator(inWidget('.launcher')).click();
  await page.locator(inWidget('textarea')).fill(text);
  await page.keyboard.press('Enter');
}

/** The links of the newest bot message, and its text. */
async function lastReply(page: Page) {
  const reply = page.locator(inWidget('.msg.bot')).last();
  return { text: (await reply.textContent()) ?? '', hrefs: await reply.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))) };
}

describe('a red flag in the built widget', () => {
  it('answers thoughts of suicide with 988 to call or text, then 911, and tells the page the level', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await page.evaluate(() => (window as unknown as { FaqWidget: { on: (e: string, h: (p: unknown) => void) => void } }).FaqWidget.on('urgent', (p) => ((window as unknown as { __urgent: unknown }).__urgent = p)));
    await say(page, "honestly i don't want to be here anymore");
    await page.waitForSelector(inWidget('[role="alert"]'));
    const reply = await lastReply(page);
    expect(reply.hrefs).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(await page.evaluate(() => (window as unknown as { __urgent: unknown }).__urgent)).toEqual({ text: "honestly i don't want to be here anymore", level: 'crisis' });
  });

  it('uses the clinic\'s emergency number alone for a crisis where no crisis line is set, and warns the owner once', async () => {
    const { page, warnings } = await visit(browser, `${server.url}/uk.html`);
    await say(page, 'my brother keeps saying he wants to kill himself');
    await page.waitForSelector(inWidget('[role="alert"]'));
    const reply = await lastReply(page);
    expect(reply.hrefs).toEqual(['tel:999']);
    expect(reply.text).toMatch(/your brother/);
    expect(warnings.filter((w) => w.includes('data-crisis-line'))).toHaveLength(1);
  });

  it('shows an emergency, a crisis and a doctor reply with no accessibility violation', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    for (const q of ['my groin has gone numb', 'i want to end my life', 'fever and lower back pain since sunday']) await say(page, q);
    await expect.poll(() => page.locator(inWidget('.msg.bot.urgent')).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives a general question about warning signs the list, not an alarm', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await say(page, 'which symptoms mean I should go to A&E?');
    await expect.poll(async () => (await lastReply(page)).hrefs).toEqual(['tel:911']);
    expect(await page.locator(inWidget('[role="alert"]')).count()).toBe(0);
  });
});
