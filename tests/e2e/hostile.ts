// Steps the hardening tests repeat on every hostile page: ask, send a lead, photograph the panel.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { StoredLead } from '../../receiver/store.ts';
import { INBOX_AUTH } from '../../scripts/lib/browser.ts';
import { inWidget } from './harness.ts';

/** Opens the panel if needed, asks `text` and waits for the reply. Returns the reply's text. */
export async function ask(page: Page, text: string): Promise<string> {
  if (!(await page.locator(inWidget('[role="dialog"]')).count())) await page.locator(inWidget('.launcher')).click();
  const replies = page.locator(inWidget('.msg.bot'));
  const before = await replies.count();
  await page.locator(inWidget('.composer textarea')).fill(text);
  await page.locator(inWidget('.composer textarea')).press('Enter');
  const reply = replies.nth(before);
  await reply.waitFor({ timeout: 5000 });
  return (await reply.textContent()) ?? '';
}

/** The texts of the conversation so far, visitor and bot, greeting excluded. */
export function transcript(page: Page): Promise<string[]> {
  return page.locator(inWidget('.log .msg')).evaluateAll((els) => els.slice(1).map((e) => (e.textContent ?? '').trim()));
}

/**
 * Asks for a person, which opens the contact form, fills it and sends it as a person would
 * (typing and clicking: the form's bot guard asks for no more); resolves once the widget confirms.
 */
export async function sendLead(page: Page, name: string): Promise<void> {
  if (!(await page.locator(inWidget('[role="dialog"]')).count())) await page.locator(inWidget('.launcher')).click();
  // Asking for a person answers and switches the panel to the form in one go.
  await page.locator(inWidget('.composer textarea')).fill('I would like to talk to someone');
  await page.locator(inWidget('.composer textarea')).press('Enter');
  const field = (id: string) => page.locator(inWidget(`#faq-${id}`));
  await field('name').fill(name);
  await field('email').fill('visitor@example.com');
  await field('message').fill(`Please call me back, ${name}.`);
  await field('consent').check();
  await page.locator(inWidget('form.contact button[type="submit"]')).click();
  await page.locator(inWidget('.msg.bot'), { hasText: 'your message was sent' }).waitFor({ timeout: 10_000 });
}

/** The leads the demo receiver stored, read back over HTTP as a clinic would. */
export async function storedLeads(serverUrl: string): Promise<StoredLead[]> {
  const res = await fetch(`${serverUrl}/leads.json`, { headers: INBOX_AUTH });
  return ((await res.json()) as { leads: StoredLead[] }).leads;
}

export type Box = { x: number; y: number; width: number; height: number };

/** The open panel's box, once its opening animation is over. */
export async function panelBox(page: Page): Promise<Box | null> {
  const panel = page.locator(inWidget('.panel'));
  await panel.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  return panel.boundingBox();
}

/**
 * A screenshot of the viewport clipped to `clip`, caret hidden, animations finished. Hostile pages
 * are clipped to the panel's box on the plain page, so a panel pushed elsewhere shows as a diff.
 */
export async function shoot(page: Page, clip: Box): Promise<PNG> {
  return PNG.sync.read(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
}

/** Share of pixels (0..1) that differ between two screenshots; 1 when their sizes differ. */
export function pixelDiff(a: PNG, b: PNG, threshold: number): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold }) / (a.width * a.height);
}
