// The built widget in a real browser: Debian's Chromium driven by playwright-core, and the demo
// server serving tests/fixtures/ with dist/faq-widget.js. Shared by the e2e tests and npm run bench.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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

/** The inbox password of every served receiver, and the header that reads the inbox with it. */
export const PASSWORD = 'e2e inbox password';
export const INBOX_AUTH = { Authorization: `Bearer ${PASSWORD}` };

export type ServeOptions = Partial<ServerOptions> & {
  /** A file in the data folder (the receiver keeps leads.db there): its folder is the data folder. */
  dbPath?: string;
};

/** The fixtures and the built widget on a free port, with a fresh data folder unless one is given. */
export function serve({ dbPath, ...options }: ServeOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (dbPath ? dirname(dbPath) : mkdtempSync(join(tmpdir(), 'faq-e2e-')));
  const limits = { perClient: { limit: 1000, windowMs: 60_000 } };
  return startServer({ port: 0, root: FIXTURES, widget: WIDGET, password: PASSWORD, limits, ...options, dataDir });
}
