import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createInbox, type RateLimit } from './inbox/index.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Folder of static files. */
  root: string;
  /** The built widget, served at /faq-widget.js. */
  widget: string;
  dbPath: string;
  allowedOrigins?: string[];
  rateLimit?: RateLimit;
  password?: string;
  /** Extra headers on every static response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface RunningServer {
  /** The origin, without a trailing slash: `${url}/leads`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

// Only these types are served, which also keeps .ts sources and SQLite files under root private.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const root = await realpath(resolve(options.root));
  const inbox = createInbox({
    dbPath: options.dbPath,
    allowedOrigins: options.allowedOrigins ?? [],
    rateLimit: options.rateLimit,
    password: options.password,
  });
  // Never serve the lead database, even if it lives under root (demo/inbox/data does).
  const inMemory = options.dbPath === ':memory:' || options.dbPath === '';
  const dataDir = inMemory ? undefined : await realpath(resolve(dirname(options.dbPath)));
  const staticHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...options.headers };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { ...staticHeaders, ...extra, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };

  async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const head = req.method === 'HEAD';
    const text = (status: number, message: string, extra?: Record<string, string>): void =>
      send(res, status, 'text/plain; charset=utf-8', message + '\n', head, extra);
    if (req.method !== 'GET' && !head) return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });

    const rawPath = (req.url ?? '/').split(/[?#]/)[0];
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return text(400, 'Bad request');
    }
    if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return text(400, 'Bad request');
    // Checked on the decoded path, so "%2e%2e" is caught too; hidden files (.env, .git) are refused as well.
    if (path.split('/').some((part) => part.startsWith('.'))) return text(403, 'Forbidden');

    if (path === '/faq-widget.js') {
      const widget = await readFile(options.widget).catch(() => undefined);
      if (!widget) return text(404, 'Widget not built: run `npm run build`');
      return send(res, 200, TYPES['.js'], widget, head);
    }

    let file = resolve(root, '.' + path);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      // Relative links in the page need the trailing slash.
      if (!path.endsWith('/')) return send(res, 301, 'text/plain; charset=utf-8', '', head, { Location: '/' + rawPath.replace(/^\/+/, '') + '/' });
      file = resolve(file, 'index.html');
    }
    const type = TYPES[extname(file).toLowerCase()];
    const real = await realpath(file).catch(() => undefined);
    if (!type || !real || !inside(root, real) || (dataDir && inside(dataDir, real))) return text(404, 'Not found');
    const body = await readFile(real).catch(() => undefined);
    if (!body) return text(404, 'Not found');
    send(res, 200, type, body, head);
  }

  const server = createServer((req, res) => {
    if (inbox(req, res)) return;
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n', false);
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    inbox.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          inbox.close();
          done();
        });
        // Keep-alive sockets (a browser, the e2e test) would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}

/** True when `path` is `dir` or below it; symlinks are already resolved by the caller. */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}
