// End-to-end harness: the BUILT widget, served by the demo server from tests/fixtures/,
// loaded through a real <script> tag in Debian's Chromium driven by playwright-core.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer, type ServerOptions } from '../../demo/server.ts';

const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'tests/fixtures');
export const WIDGET = join(REPO, 'dist/faq-widget.js');
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  if (!existsSync(WIDGET)) throw new Error('dist/faq-widget.js is missing: run npm run build first');
  return chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'faq-e2e-')), 'leads.db');
  return startServer({ port: 0, root: FIXTURES, widget: WIDGET, dbPath, rateLimit: { max: 1000, windowMs: 60_000 }, ...options });
}

export interface Visit {
  page: Page;
  /** console.warn lines starting with [faq-widget]. */
  warnings: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Opens a page and records what the widget says and requests. */
export async function visit(browser: Browser, url: string, viewport = { width: 1200, height: 800 }): Promise<Visit> {
  const context = await browser.newContext({ viewport });
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
