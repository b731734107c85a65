// npm run screenshots: drives the BUILT widget in Chromium on the demo pages and writes
// docs/screenshots/ (closed launcher, an answer on desktop, the panel on a phone, the form,
// and the owner's setup page with its live preview and its answers editor).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../demo/server.ts';
import { launch } from './lib/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const out = join(repo, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer({ port: 0, root: join(repo, 'demo'), widget: join(repo, 'dist/faq-widget.js'), dataDir: mkdtempSync(join(tmpdir(), 'faq-shots-')) });
const browser = await launch();
const w = (sel: string) => `#faq-widget ${sel}`;

async function page(width: number, height: number): Promise<Page> {
  const p = await (await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, reducedMotion: 'reduce' })).newPage();
  await p.goto(`${server.url}/`);
  await p.waitForSelector('#faq-widget', { state: 'attached' });
  return p;
}

async function ask(p: Page, question: string) {
  await p.locator(w('textarea')).fill(question);
  await p.keyboard.press('Enter');
  await p.waitForTimeout(200);
}

try {
  const desk = await page(1280, 800);
  await desk.screenshot({ path: join(out, 'closed.png') });
  await desk.locator(w('.launcher')).click();
  await ask(desk, 'Is dry needling safe?');
  await desk.screenshot({ path: join(out, 'answer-desktop.png') });
  // The demo clinic's own facts answer insurance and prices; children are left to its team.
  await ask(desk, 'Do you treat children?');
  await desk.locator(w('button:has-text("Send a message")')).click();
  await desk.locator(w('#faq-name')).fill('Sam Example');
  await desk.locator(w('#faq-email')).fill('sam@example.com');
  await desk.screenshot({ path: join(out, 'contact-form.png') });

  const phone = await page(375, 667);
  await phone.locator(w('.launcher')).click();
  await ask(phone, 'how is it different from acupuncture?');
  await phone.screenshot({ path: join(out, 'phone.png') });

  const setup = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, reducedMotion: 'reduce' })).newPage();
  await setup.goto(`${server.url}/setup`);
  await setup.locator('#f-clinic-name').fill('Maple Street Physiotherapy');
  await setup.locator('#f-phone').fill('(555) 010-0199');
  await setup.frameLocator('#preview-desktop').locator('#faq-widget .launcher').waitFor();
  // The preview re-mounts 300 ms after the last change.
  await setup.waitForTimeout(1000);
  await setup.screenshot({ path: join(out, 'setup.png') });

  // The answers editor: one made-up price, and "Try a question" answering from it.
  await setup.click('#add-fact');
  const fact = setup.locator('fieldset.fact').first();
  await fact.locator('textarea.questions').fill('How much does a session cost?\nWhat is the price of dry needling?');
  await fact.locator('textarea.answer').fill('A 45-minute session is **$00** (an example price: write your own).');
  await setup.fill('#try-question', 'how much is a session?');
  await setup.click('#try-ask');
  await setup.locator('#try-result').filter({ hasText: 'prices' }).waitFor();
  await setup.locator('section.answers').screenshot({ path: join(out, 'answers-editor.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
