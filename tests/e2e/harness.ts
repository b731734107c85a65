// End-to-end harness: the BUILT widget, served by the demo server from tests/fixtures/,
// loaded through a real <script> tag in Debian's Chromium driven by playwright-core
// (launch() and serve() are in scripts/lib/browser.ts, which npm run bench uses too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** console.warn lines starting with [faq-widget]. */
  warnings: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export interface VisitOptions {
  viewport?: { width: number; height: number };
  /**
   * Installs Playwright's fake clock before the page loads. Time still flows, and a test moves it
   * on with `page.clock.runFor(ms)` instead of sleeping: the widget's timers (mounting, the index
   * and the outbox at 2.5 s) read this clock.
   */
  clock?: boolean;
}

/** Opens a page and records what the widget says and requests. */
export async function visit(browser: Browser, url: string, { viewport = { width: 1200, height: 800 }, clock = false }: VisitOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport });
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const v: Visit = { page, warnings: [], errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('[faq-widget]')) v.warnings.push(m.text());
    if (m.type() === 'error' && !/favicon/.test(m.text()) && !/Failed to load resource/.test(m.text())) v.errors.push(m.text());
  });
  page.on('pageerror', (e) => v.errors.push(e.message));
  page.on('request', (r) => v.requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('#faq-widget', { state: 'attached', timeout: 5000 });
  return v;
}

/** The widget's elements live in an open shadow root; Playwright's CSS engine pierces it. */
export const inWidget = (selector: string) => `#faq-widget ${selector}`;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG 2.1 A and AA rules axe-core checks. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the page; each violation as "rule: [targets]", none when accessible. */
export async function axeViolations(page: Page, tags: string[] = WCAG): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (values) => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, tags);
}
