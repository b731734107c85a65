// Serves a Hono app on node:http with the limits a hand-written server lacked: a slow body is
// cut after BODY_TIMEOUT_MS (Node's default waits 300 s) and connections are capped.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListenOptions {
  port: number;
  host: string;
  /** Time for a whole request, headers and body; default 10 s. */
  requestTimeoutMs?: number;
  /** Open connections at most; default 512. Past it, new ones are closed at once. */
  maxConnections?: number;
  /** Called after the server stops listening, e.g. to close the database. */
  onClose?: () => void;
}

export interface RunningServer {
  /** The origin, without a trailing slash: `${url}/leads`. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      requestTimeout,
      headersTimeout: requestTimeout,
      // Node checks the timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
      keepAliveTimeout: 5000,
    },
  }) as Server;
  server.maxConnections = options.maxConnections ?? 512;

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port, options.host, () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    options.onClose?.();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = options.host.includes(':') ? `[${options.host}]` : options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          options.onClose?.();
          done();
        });
        // Keep-alive sockets (a browser, a test) would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}
