// Issue #6: invisible to the host page, and safe under hostile pages and hostile input.
// Fixtures live in tests/fixtures/hardening/; each hostile page says in a comment what it does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { RunningServer } from '../../demo/server.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { inWidget, visit, type VisitOptions } from './harness.ts';
import { ask, panelBox, pixelDiff, sendLead, shoot, storedLeads, transcript, type Box } from './hostile.ts';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";
const OUTPUT = join(import.meta.dirname, '__output__');

type Probe = Window & { __violations?: string[]; __pwned?: unknown; __renders?: number; rewriteBody(): void; replaceBody(): void };

let browser: Browser;
let server: RunningServer;
let strict: RunningServer;

beforeAll(async () => {
  [browser, server, strict] = await Promise.all([launch(), serve(), serve({ headers: { 'Content-Security-Policy': STRICT_CSP } })]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), strict?.close()]);
});

const open = (path: string, on = server, options?: VisitOptions) => visit(browser, `${on.url}/hardening/${path}`, options);
/** How the host element sits in the page: out of its flow, and transparent to clicks. */
const hostBox = (page: Page) =>
  page.locator('#faq-widget').evaluate((el) => {
    const style = getComputedStyle(el);
    return { position: style.position, pointerEvents: style.pointerEvents, contain: style.contain };
  });

describe('under a strict Content-Security-Policy', () => {
  it('is styled, answers and delivers a lead without a single violation', async () => {
    const { page, errors } = await open('csp.html', strict, { clock: true });
    const violations = () => page.evaluate(() => (window as unknown as Probe).__violations);
    await expect(page.locator(inWidget('.launcher')).evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(15, 118, 110)');
    expect(await ask(page, 'does it hurt?')).toMatch(/Was this helpful/);
    await sendLead(page, 'Strict Policy');
    expect((await storedLeads(strict.url)).map((l) => l.name)).toContain('Strict Policy');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // The zero above proves nothing unless the watcher sees what a widget would do wrong in a shadow root.
    await page.evaluate(() => {
      const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      root.appendChild(document.createElement('style')).textContent = 'p { color: red }';
    });
    await expect.poll(async () => (await violations())?.length).toBeGreaterThan(0);
    for (const v of (await violations()) ?? []) expect(v).toMatch(/^style-src-elem blocked inline/);
  });
});

describe('on pages with hostile CSS', () => {
  /**
   * Same question, same viewport, same fonts: the panel should be the same picture. threshold 0.1
   * is pixelmatch's default colour tolerance (anti-aliasing noise); up to 0.5% of pixels may differ
   * because compositing over a page's layers (a transformed or fixed element) can shift the
   * anti-aliasing of a few glyph edges and the rounded corners show the page behind them (under
   * 0.1% measured). A single leaked property (letter-spacing, text-transform, white-space) reflows
   * every line and changes 5-15% of the panel.
   */
  const THRESHOLD = 0.1;
  const MAX_DIFF = 0.005;
  const QUESTION = 'does it hurt?';
  type Shot = { png: PNG; panel: Box | null; launcher: Box | null; host: { position: string; pointerEvents: string; contain: string } };
  const shots = new Map<string, Promise<Shot>>();
  const photograph = (name: string): Promise<Shot> => {
    if (!shots.has(name))
      shots.set(
        name,
        (async () => {
          const clip = name === 'plain' ? null : (await photograph('plain')).panel;
          const { page } = await open(`${name}.html`);
          // Opened through the page API: a launcher pushed off screen is reported by its box, not a click timeout.
          await page.evaluate(() => (window as unknown as { FaqWidget: { open(): void } }).FaqWidget.open());
          await ask(page, QUESTION);
          const panel = await panelBox(page);
          const shot = { panel, launcher: await page.locator(inWidget('.launcher')).boundingBox(), host: await hostBox(page) };
          const png = await shoot(page, clip ?? panel!);
          await page.context().close();
          return { ...shot, png };
        })(),
      );
    return shots.get(name)!;
  };

  const PAGES = ['hostile-reset', 'hostile-root', 'hostile-layers'];

  it.each(PAGES)('puts the launcher and the open panel in the same place on %s as on a plain page', async (name) => {
    const [plain, hostile] = await Promise.all([photograph('plain'), photograph(name)]);
    expect({ panel: hostile.panel, launcher: hostile.launcher }).toEqual({ panel: plain.panel, launcher: plain.launcher });
  });

  it.each(PAGES)('draws the open panel pixel for pixel as on a plain page on %s', async (name) => {
    const [plain, hostile] = await Promise.all([photograph('plain'), photograph(name)]);
    const diff = pixelDiff(plain.png, hostile.png, THRESHOLD);
    if (diff > MAX_DIFF) saveDiff(name, plain.png, hostile.png, THRESHOLD);
    expect(diff, `share of differing pixels; images in tests/e2e/__output__/${name}-*.png`).toBeLessThanOrEqual(MAX_DIFF);
  });

  it.each([...PAGES, 'plain'])('takes no room in the layout of %s, and lays out only itself', async (name) => {
    expect((await photograph(name)).host).toEqual({ position: 'fixed', pointerEvents: 'none', contain: 'layout style' });
  });
});

/** Keeps the pair and the pixelmatch diff for a failed comparison (the folder is git-ignored). */
function saveDiff(name: string, a: PNG, b: PNG, threshold: number): void {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, `${name}-plain.png`), PNG.sync.write(a));
  writeFileSync(join(OUTPUT, `${name}-hostile.png`), PNG.sync.write(b));
  if (a.width !== b.width || a.height !== b.height) return;
  const out = new PNG({ width: a.width, height: a.height });
  pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold });
  writeFileSync(join(OUTPUT, `${name}-diff.png`), PNG.sync.write(out));
}

describe('on pages with hostile scripts', () => {
  it('comes back, conversation intact, when the page rewrites or replaces its body', async () => {
    const { page, errors } = await open('rerender.html');
    await page.waitForFunction(() => (window as unknown as Probe).__renders === 1);
    await ask(page, 'does it hurt?');
    const said = await transcript(page);
    expect(said).toHaveLength(2);
    for (const wipe of ['rewriteBody', 'replaceBody'] as const) {
      await page.evaluate((fn) => (window as unknown as Probe)[fn](), wipe);
      await page.waitForFunction(() => document.body.contains(document.getElementById('faq-widget')));
      await expect(page.locator(inWidget('[role="dialog"]')).isVisible()).resolves.toBe(true);
      expect(await transcript(page)).toEqual(said);
    }
    expect(await ask(page, 'is it safe?')).toMatch(/Was this helpful/);
    await expect(page.locator('#faq-widget').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('answers and delivers a lead despite extended prototypes and a wrapped fetch', async () => {
    const { page, errors } = await open('polluted.html', server, { clock: true });
    expect(await ask(page, 'does it hurt?')).toMatch(/Was this helpful/);
    await sendLead(page, 'Old Library');
    const lead = (await storedLeads(server.url)).find((l) => l.name === 'Old Library');
    expect(lead?.transcript.map((t) => t.text)).toContain('does it hurt?');
    expect(errors).toEqual([]);
  });

  it('stays on screen, conversation intact, when a single-page app changes route', async () => {
    const { page, errors } = await open('router.html');
    await ask(page, 'does it hurt?');
    const said = await transcript(page);
    await page.click('a[data-route="/treatments"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Treatments');
    expect(new URL(page.url()).pathname).toBe('/treatments');
    expect(await transcript(page)).toEqual(said);
    expect(await ask(page, 'is it safe?')).toMatch(/Was this helpful/);
    await page.goBack();
    await expect(page.locator('h1').textContent()).resolves.toBe('Home');
    expect(await transcript(page)).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});

describe('with markup where text belongs', () => {
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as Probe).__pwned);
  const elements = (page: Page) => page.locator(inWidget('.log')).evaluate((el) => [...el.querySelectorAll('img, script, svg, iframe, b, a[href^="javascript"]')].map((e) => e.outerHTML));
  /**
   * Runs the attack on the page itself, a detached <img src=x> with an error handler, and waits for
   * the handler: by then the same markup let through by the widget would have run too.
   */
  const attackHasHadTimeToRun = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const img = document.createElement('img');
          img.onerror = () => resolve();
          img.src = 'x';
        }),
    );

  it("shows a visitor's markup as text and never runs it", async () => {
    const { page } = await open('plain.html');
    const attack = '<img src=x onerror="window.__pwned=1">';
    await ask(page, attack);
    await expect(page.locator(inWidget('.msg.visitor')).last().textContent()).resolves.toContain(attack);
    await attackHasHadTimeToRun(page);
    expect(await elements(page)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
  });

  it("shows markup in a clinic's own knowledge base as text and never runs it", async () => {
    const { page, warnings } = await open('xss.html');
    // The clinic's base is fetched and checked after the widget mounts: ask until it answers from it.
    let reply = '';
    await expect.poll(async () => (reply = await ask(page, 'is it safe?')), { timeout: 5000 }).toContain('MARKUP-ANSWER');
    expect(reply).toContain('MARKUP-ANSWER <img src=x onerror=');
    expect(reply).toContain('<script>window.__pwned');
    expect(reply).toContain('<svg onload=');
    await attackHasHadTimeToRun(page);
    expect(await elements(page)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
