// Opening the built setup page (dist/setup.html) in Chromium, for the setup page's e2e tests.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { WIDGET } from '../../scripts/lib/browser.ts';

/** The built setup page, and its address when an owner opens it from disk. */
export const SETUP_FILE = resolve(WIDGET, '../setup.html');
export const FROM_DISK = pathToFileURL(SETUP_FILE).href;

/**
 * Opens the setup page in a fresh context (downloads allowed) once `ready` is on it, collecting
 * uncaught errors.
 */
export async function openSetup(
  browser: Browser,
  url = FROM_DISK,
  ready = '#f-color',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector(ready);
  return { page, errors };
}
