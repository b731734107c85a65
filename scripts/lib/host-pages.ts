// The pages of `npm run bench:host` and the loopback servers that serve them: one small clinic
// page, alone, with our built widget, and with Open Chat Studio's widget (each as its own
// documentation embeds it), plus an "API" port that answers 404 to everything.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from './host-cost.ts';

const REPO = resolve(import.meta.dirname, '../..');
export const OURS_FILE = join(REPO, 'dist/faq-widget.js');
/** Open Chat Studio's browser build: a Stencil loader module that imports its chunks lazily. */
export const PEER_DIR = join(REPO, 'node_modules/open-chat-studio-widget/dist/open-chat-studio-widget');
export const PEER_NAME = 'Open Chat Studio 0.6.0';

const HOST_STYLE = `
  body { margin: 0; font: 16px/1.55 system-ui, sans-serif; color: #1f2933; background: #fff; }
  header { background: #0f766e; color: #fff; padding: 1rem 2rem; display: flex; justify-content: space-between; align-items: center; }
  header nav a { color: #fff; margin-left: 1.25rem; text-decoration: none; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
  .hero { padding: 2rem 0; border-bottom: 1px solid #e4e7eb; }
  .services { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
  .services article { border: 1px solid #e4e7eb; border-radius: .5rem; padding: 1rem; }
  table { border-collapse: collapse; } td { padding: .25rem 1rem .25rem 0; }
  footer { background: #f5f7fa; padding: 1.5rem 2rem; font-size: .875rem; }`;

const HOST_BODY = `
  <header>
    <strong>Maple Street Physiotherapy</strong>
    <nav><a href="#services">Services</a><a href="#team">Team</a><a href="#visit">Visit us</a></nav>
  </header>
  <main>
    <section class="hero">
      <h1>Physiotherapy that gets you moving again</h1>
      <p>We treat back and neck pain, sports injuries, and recovery after surgery. Most visitors
      see a physiotherapist within three days of calling, and no referral is needed.</p>
      <p><a href="#visit">Book an assessment</a> or call (555) 010-0199.</p>
    </section>
    <section id="services">
      <h2>Services</h2>
      <div class="services">
        <article><h3>Manual therapy</h3><p>Hands-on treatment of joints and soft tissue to ease pain and restore movement.</p></article>
        <article><h3>Dry needling</h3><p>Fine needles release tight muscle bands. Most people feel a brief twitch, then relief.</p></article>
        <article><h3>Sports rehabilitation</h3><p>A return-to-play plan, from the first week after injury to full training.</p></article>
        <article><h3>Post-operative care</h3><p>Guided exercise after knee, hip and shoulder surgery, in step with your surgeon.</p></article>
      </div>
    </section>
    <section id="team">
      <h2>Our team</h2>
      <p>Six registered physiotherapists and a massage therapist, with 80 years of practice between them.
      Several of us still play the sports we treat.</p>
      <ul><li>Dana Okafor, clinic director</li><li>Luis Marin, sports physiotherapist</li><li>Priya Shah, pelvic health</li></ul>
    </section>
    <section id="visit">
      <h2>Visit us</h2>
      <p>12 Maple Street, second floor (lift available). Street parking and a bus stop outside.</p>
      <table>
        <tr><td>Monday to Thursday</td><td>7:30 – 19:00</td></tr>
        <tr><td>Friday</td><td>7:30 – 17:00</td></tr>
        <tr><td>Saturday</td><td>9:00 – 13:00</td></tr>
      </table>
    </section>
  </main>
  <footer>© Maple Street Physiotherapy · hello@example.com · (555) 010-0199</footer>`;

/**
 * The same clinic page for the three loads. Ours is the README's snippet (an async script
 * before `</body>`). Open Chat Studio's is its README's: a module script in the head, the
 * `<open-chat-studio-widget>` element in the body, `api-base-url` pointing at `api`.
 */
export function hostPage(page: Page, api: string): string {
  const head =
    page === 'peer' ? `\n    <script type="module" src="/ocs/open-chat-studio-widget.esm.js"></script>` : '';
  const tail =
    page === 'ours'
      ? `\n  <script src="/faq-widget.js" async data-clinic-name="Maple Street Physiotherapy" data-endpoint="${api}/leads" data-phone="(555) 010-0199" data-email="hello@example.com"></script>`
      : page === 'peer'
        ? `\n  <open-chat-studio-widget chatbot-id="bench-chatbot" api-base-url="${api}"></open-chat-studio-widget>`
        : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Maple Street Physiotherapy</title>
    <!-- No favicon request: Chromium would fetch /favicon.ico after load, at a moment that varies. -->
    <link rel="icon" href="data:," />
    <style>${HOST_STYLE}
    </style>${head}
  </head>
  <body>${HOST_BODY}${tail}
  </body>
</html>
`;
}

export interface BenchServers {
  /** The pages and the widgets' files, e.g. http://127.0.0.1:40001 */
  origin: string;
  /** The widgets' API: every request answers 404. */
  api: string;
  /** Each page's path: /host.html, /ours.html, /peer.html */
  path: Record<Page, string>;
  /** The body served for a path, or undefined (to gzip what a load downloaded). */
  body(path: string): Buffer | undefined;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', map: 'application/json' };

function listen(server: Server): Promise<string> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

const close = (server: Server) => new Promise<void>((ok) => server.close(() => ok()));

/** Starts the static server and the 404 API server on loopback, on free ports. */
export async function startBenchServers(): Promise<BenchServers> {
  const api = createServer((_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': '9' }).end('Not found');
  });
  const apiUrl = await listen(api);
  const files = new Map<string, Buffer>();
  const path: Record<Page, string> = { host: '/host.html', ours: '/ours.html', peer: '/peer.html' };
  for (const page of ['host', 'ours', 'peer'] as const) files.set(path[page], Buffer.from(hostPage(page, apiUrl)));
  files.set('/faq-widget.js', readFileSync(OURS_FILE));
  for (const name of readdirSync(PEER_DIR)) files.set(`/ocs/${name}`, readFileSync(join(PEER_DIR, name)));
  const site = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const type = TYPES[(req.url ?? '').split('?')[0].split('.').pop() ?? ''] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' }).end(body);
  });
  const origin = await listen(site);
  return {
    origin,
    api: apiUrl,
    path,
    body: (p) => files.get(p),
    close: async () => void (await Promise.all([close(site), close(api)])),
  };
}
