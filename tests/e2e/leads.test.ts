// Issue #5: a message the visitor sends reaches the clinic exactly once, or they are told.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { INBOX_AUTH, launch, serve } from '../../scripts/lib/browser.ts';
import { inWidget, visit } from './harness.ts';

let browser: Browser;
let server: RunningServer;
let dbPath: string;

interface StoredLead {
  id: string;
  name: string;
  email: string;
  message: string;
  transcript: { from: string; text: string }[];
}

const leads = async (): Promise<StoredLead[]> => ((await (await fetch(`${server.url}/leads.json`, { headers: INBOX_AUTH })).json()) as { leads: StoredLead[] }).leads;
/** Leads the page still has to deliver: the outbox is emptied once the receiver has taken them. */
const undelivered = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('faq-widget:outbox') ?? '[]') as unknown[]).length);
/** The page's clock moved past everything the widget does after loading: mounting, the index at 1.5 s, the outbox at 2.5 s. */
const AFTER_LOAD_MS = 5000;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'leads.db');
});
afterEach(async () => {
  await server?.close();
});

/** Asks something the guide does not cover, then opens the form from the fallback reply. */
async function toForm(page: Page, question = 'do you take blue cross insurance?') {
  await page.locator(inWidget('.launcher')).click();
  await page.locator(inWidget('textarea')).fill(question);
  await page.keyboard.press('Enter');
  await page.locator(inWidget('button:has-text("Send a message")')).click();
  await page.locator(inWidget('#faq-name')).fill('Sam Example');
  await page.locator(inWidget('#faq-email')).fill('sam@example.com');
  await page.locator(inWidget('#faq-consent')).check();
}

const sendButton = (page: Page) => page.locator(inWidget('form.contact button:text-is("Send")'));

describe('sending a lead to the real receiver', () => {
  it('delivers the fallback question with its transcript, once', async () => {
    server = await serve({ dbPath: join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'a.db') });
    const { page } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await toForm(page);
    await sendButton(page).click();
    await page.waitForSelector(inWidget('.msg.bot:has-text("Thank you")'));
    const stored = await leads();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Sam Example', email: 'sam@example.com', message: 'do you take blue cross insurance?' });
    expect(stored[0].transcript.map((t) => t.from)).toEqual(['visitor', 'bot']);
    expect(stored[0].transcript[0].text).toBe('do you take blue cross insurance?');
  });

  it('delivers a form a person sends one second after opening it (no fill-time refusal)', async () => {
    server = await serve({ dbPath: join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'fast.db') });
    const { page } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await toForm(page);
    await page.clock.runFor(1000);
    await sendButton(page).click();
    await page.waitForSelector(inWidget('.msg.bot:has-text("Thank you")'));
    expect(await leads()).toHaveLength(1);
  });

  it('queues the lead while the receiver is down and delivers it exactly once on the next page load', async () => {
    server = await serve({ dbPath });
    const port = server.port;
    const { page } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await toForm(page);
    await server.close();
    await sendButton(page).click();
    await page.waitForSelector(inWidget('.msg.bot:has-text("as soon as we can")'));
    server = await serve({ dbPath, port });
    await page.reload();
    await page.clock.runFor(AFTER_LOAD_MS);
    await expect.poll(async () => (await leads()).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => undelivered(page)).toBe(0);
    // The next page finds nothing left to send.
    await page.reload();
    await page.clock.runFor(AFTER_LOAD_MS);
    expect(await undelivered(page)).toBe(0);
    expect(await leads()).toHaveLength(1);
  });

  it('keeps every field filled when the service answers 422', async () => {
    server = await serve({ dbPath: join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'b.db') });
    const { page } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await page.route('**/api/leads', (route) =>
      route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ ok: false, errors: { email: 'This address bounced.' } }) }),
    );
    await toForm(page);
    await page.locator(inWidget('#faq-phone')).fill('(555) 010-0199');
    await sendButton(page).click();
    await page.waitForSelector(inWidget('form.contact [role=status]:has-text("could not be delivered")'));
    const values = await page.locator(inWidget('form.contact input:not([type=checkbox]):not([name=_gotcha]), form.contact textarea')).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(['Sam Example', 'sam@example.com', '(555) 010-0199', 'do you take blue cross insurance?']);
    await expect(page.locator(inWidget('#faq-consent')).isChecked()).resolves.toBe(true);
  });

  it('stores one lead when Send is double-clicked', async () => {
    server = await serve({ dbPath: join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'c.db') });
    const { page } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await toForm(page);
    await sendButton(page).dblclick();
    await page.waitForSelector(inWidget('.msg.bot:has-text("Thank you")'));
    // Each Send goes into the outbox before its request, and leaves it once delivered.
    await expect.poll(() => undelivered(page)).toBe(0);
    expect(await leads()).toHaveLength(1);
  });
});

type Probe = Window & { FaqWidget: ((...a: unknown[]) => void) & { q?: unknown[] }; __failed?: unknown };

describe('a queued message that can never be delivered', () => {
  it('is given up after 7 days with lead:failed, a note for the visitor and the message back in the form', async () => {
    server = await serve({ dbPath: join(mkdtempSync(join(tmpdir(), 'faq-leads-')), 'd.db') });
    const { page, warnings } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    const id = '00000000-0000-4000-8000-00000000e4e4';
    await page.evaluate((id) => {
      const then = Date.now() - 8 * 24 * 60 * 60 * 1000;
      const lead = { id, name: 'Sam Example', email: 'sam@example.com', phone: '', message: 'Is Friday free?', consent: true, transcript: [], page: location.href, submittedAt: new Date(then).toISOString(), _gotcha: '' };
      localStorage.setItem('faq-widget:outbox', JSON.stringify([{ lead, queuedAt: then, attempts: 12, nextAt: then }]));
    }, id);
    // The README's queue stub, so the listener is there before the widget's first flush.
    await page.addInitScript(() => {
      const w = window as unknown as Probe;
      w.FaqWidget = function (...args: unknown[]) {
        (w.FaqWidget.q = w.FaqWidget.q || []).push(args);
      } as Probe['FaqWidget'];
      w.FaqWidget('on', 'lead:failed', (e: unknown) => (w.__failed = e));
    });
    await page.reload();
    await page.clock.runFor(AFTER_LOAD_MS);
    await expect.poll(() => page.evaluate(() => (window as unknown as Probe).__failed), { timeout: 10_000 }).toEqual({ id, status: 0 });
    expect(warnings).toEqual([]);
    expect(await leads()).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('faq-widget:outbox'))).toBeNull();
    await page.locator(inWidget('.launcher')).click();
    const note = page.locator(inWidget('.msg.bot:has-text("could not be delivered")'));
    await expect(note.locator('a[href^="tel:"]').count()).resolves.toBe(1);
    await note.locator('button:has-text("Send a message")').click();
    await expect(page.locator(inWidget('#faq-message')).inputValue()).resolves.toBe('Is Friday free?');
    await expect(page.locator(inWidget('#faq-name')).inputValue()).resolves.toBe('Sam Example');
  });
});
