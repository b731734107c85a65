// The demo site: static pages from a folder, the built widget at /faq-widget.js, the setup page
// at /setup, and the lead receiver (receiver/) mounted on the same origin. Used by npm run demo, the e2e tests
// (scripts/lib/browser.ts), npm run bench and npm run screenshots. Not for production: the
// clinic's own site serves its pages, and the receiver runs alone (npm run receiver).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { createReceiver } from '../receiver/app.ts';
import type { Limits } from '../receiver/deps.ts';
import { listen, type RunningServer as Listening } from '../receiver/server.ts';
import { readSettings } from '../receiver/settings.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Folder of static files. */
  root: string;
  /** The built widget, served at /faq-widget.js. */
  widget: string;
  /** The built setup page, served at /setup; dist/setup.html next to the widget when not given. */
  setup?: string;
  /** The receiver's data folder (RECEIVER_DATA). */
  dataDir: string;
  /** The inbox password; a random one when not given (see `password` on the result). */
  password?: string;
  limits?: Partial<Limits>;
  /** Extra headers on every static response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface RunningServer extends Omit<Listening, 'server'> {
  /** The inbox password, for /login or as `Authorization: Bearer <password>`. */
  password: string;
}

// Only these types are served, which also keeps .ts sources private.
const TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.png', '.svg', '.ico', '.txt']);

const isSetup = (path: string) => path === '/setup';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const password = options.password ?? randomBytes(12).toString('base64url');
  const { settings, errors } = readSettings({
    // The demo's own pages post from the receiver's origin, which is always allowed; these are for show.
    ALLOWED_ORIGINS: 'http://localhost,http://127.0.0.1',
    HOST: host,
    RECEIVER_PASSWORD: password,
    RECEIVER_DATA: options.dataDir,
    TZ: process.env.TZ,
  });
  if (errors.length) throw new Error(errors.join(' '));
  const receiver = createReceiver(settings, { limits: options.limits });

  const site = new Hono();
  site.route('/', receiver.app);
  site.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Method not allowed\n', 405, { Allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Bad request\n', 400);
    }
    // Hidden files (.env, .git) are never served.
    if (path.split('/').some((part) => part.startsWith('.'))) return c.text('Forbidden\n', 403);
    await next();
    // The setup page is the owner's tool, not a clinic page: it inlines its script and previews
    // the widget from a blob: URL, so a clinic page's policy would stop it.
    if (!isSetup(c.req.path)) for (const [name, value] of Object.entries(options.headers ?? {})) c.header(name, value);
    c.header('Cache-Control', 'no-store');
  });
  site.get('/faq-widget.js', async (c) => {
    const widget = await readFile(options.widget).catch(() => undefined);
    if (!widget) return c.text('Widget not built: run `npm run build`\n', 404);
    return c.body(widget, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  const setup = options.setup ?? join(dirname(options.widget), 'setup.html');
  site.get('/setup', async (c) => {
    const page = await readFile(setup).catch(() => undefined);
    if (!page) return c.text('Setup page not built: run `npm run build`\n', 404);
    return c.body(page, 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });
  site.use('*', async (c, next) => {
    const path = c.req.path.endsWith('/') ? c.req.path + 'index.html' : c.req.path;
    if (!TYPES.has(extname(path).toLowerCase()) && extname(path) !== '') return c.text('Not found\n', 404);
    return next();
  });
  site.use('*', serveStatic({ root: options.root }));
  site.notFound((c) => c.text('Not found\n', 404));

  const server = await listen(site, { port: options.port ?? 0, host, onClose: () => receiver.close() });
  return { url: server.url, port: server.port, password, close: server.close };
}
