// Issue #4: the conversation as visitors on keyboards, phones and screen readers meet it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { axeViolations, inWidget, visit, WCAG } from './harness.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What has focus, looking inside the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    if (host?.id !== 'faq-widget') return host?.tagName ?? null;
    const el = host.shadowRoot!.activeElement;
    // The element's tag and first class, which names its part: 'button.launcher', 'textarea.'.
    return el ? `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''}` : 'host';
  });

describe('a keyboard-only visitor', () => {
  it('tabs to the launcher, opens the chat, asks, reads the answer, and Escape returns focus to the launcher', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    let seen = '';
    for (let i = 0; i < 6 && seen !== 'button.launcher'; i++) {
      await page.keyboard.press('Tab');
      seen = String(await focused(page));
    }
    expect(seen).toBe('button.launcher');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('textarea.');
    await page.keyboard.type('how many sessions will i need');
    await page.keyboard.press('Enter');
    await page.waitForSelector(inWidget('.msg.visitor'));
    await expect(page.locator(inWidget('.msg.bot')).last().textContent()).resolves.toMatch(/one to three/i);
    await page.keyboard.press('Escape');
    await expect(page.locator(inWidget('[role="dialog"]')).count()).resolves.toBe(0);
    expect(await focused(page)).toBe('button.launcher');
  });
});

describe('accessibility', () => {
  it('has no axe violations with an answer on screen, including inside the shadow root', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await page.locator(inWidget('.launcher')).click();
    await page.locator(inWidget('textarea')).fill('is it safe?');
    await page.keyboard.press('Enter');
    await page.waitForSelector(inWidget('[aria-label="Related questions"]'));
    expect(await axeViolations(page, [...WCAG, 'best-practice'])).toEqual([]);
  });

  it('has no axe violations on the contact form showing errors', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await page.locator(inWidget('.launcher')).click();
    await page.locator(inWidget('textarea')).fill('do you have parking');
    await page.keyboard.press('Enter');
    await page.locator(inWidget('button:has-text("Send a message")')).click();
    await page.locator(inWidget('form.contact button:text-is("Send")')).click();
    await page.waitForSelector(inWidget('.error'));
    expect(await axeViolations(page, [...WCAG, 'best-practice'])).toEqual([]);
  });
});

describe('the message list', () => {
  it('follows new messages, but leaves a visitor who scrolled up in place while they type', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await page.locator(inWidget('.launcher')).click();
    const box = page.locator(inWidget('textarea'));
    for (const q of ['is it safe', 'does it hurt', 'how many sessions', 'what should i do after']) {
      await box.fill(q);
      await page.keyboard.press('Enter');
    }
    const log = page.locator(inWidget('[role="log"]'));
    const atBottom = () => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 2);
    await expect.poll(atBottom).toBe(true);
    await log.evaluate((el) => (el.scrollTop = 0));
    await box.pressSequentially('abc');
    expect(await log.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(atBottom).toBe(true);
  });
});

describe('on a phone', () => {
  it('fills the 375x667 screen, with a 16 px composer so iOS does not zoom', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`, { viewport: { width: 375, height: 667 } });
    await page.locator(inWidget('.launcher')).click();
    const dialog = page.locator(inWidget('[role="dialog"]'));
    await dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const box = (await dialog.boundingBox())!;
    expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, 375, 667]);
    const size = await page.locator(inWidget('textarea')).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    const composer = await page.locator(inWidget('textarea')).boundingBox();
    expect(composer!.y + composer!.height).toBeLessThanOrEqual(667);
  });
});

describe('across pages', () => {
  it('keeps the conversation and the open panel when the visitor moves to another page of the site', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    await page.locator(inWidget('.launcher')).click();
    await page.locator(inWidget('textarea')).fill('does it hurt');
    await page.keyboard.press('Enter');
    await page.waitForSelector(inWidget('.msg.visitor'));
    await page.click('a[href="/second.html"]');
    await page.waitForURL(/second/);
    await page.waitForSelector(inWidget('.msg.visitor'));
    await expect(page.locator(inWidget('.msg.visitor')).textContent()).resolves.toContain('does it hurt');
    await expect(page.locator(inWidget('[role="dialog"]')).isVisible()).resolves.toBe(true);
  });
});

describe('when closed', () => {
  it('lets a click through to the host page button under where the panel would be', async () => {
    const { page } = await visit(browser, `${server.url}/plain.html`);
    const box = (await page.locator('#under').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.evaluate(() => (window as unknown as { __clicked?: number }).__clicked)).resolves.toBe(1);
  });
});
