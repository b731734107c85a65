// The local demo: clinic pages from demo/, the built widget, and the lead receiver mounted on
// one origin, with a password generated for this run and printed. Run `npm run build` first,
// then `npx tsx scripts/demo.ts` (PORT=8080 to change the port). Leads are kept in the
// receiver's data folder (RECEIVER_DATA, by default a per-user folder outside the checkout).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo/server.ts';
import { defaultDataDir } from '../receiver/settings.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widget = resolve(repo, 'dist/faq-widget.js');
const port = Number(process.env.PORT ?? 5173);

// The same policy a careful clinic would set, so the demo proves the widget needs nothing looser.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

if (!existsSync(widget)) {
  console.error('faq-widget demo: dist/faq-widget.js is missing; run `npm run build` first.');
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`faq-widget demo: PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const server = await startServer({
    port,
    host: 'localhost',
    root: resolve(repo, 'demo'),
    widget,
    dataDir: process.env.RECEIVER_DATA || join(defaultDataDir(), 'demo'),
    headers: { 'Content-Security-Policy': CSP },
  });
  const base = `http://localhost:${server.port}`;
  console.log(`faq-widget demo: ${base}/`);
  console.log(`setup page (settings, preview, snippet, test message): ${base}/setup`);
  console.log(`clinic inbox: ${base}/leads   password for this run: ${server.password}`);

  let stopping = false;
  const stop = (): void => {
    // A second Ctrl+C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`faq-widget demo: port ${port} is already in use; stop the other server or run with PORT=<another port>.`);
  else if (code === 'EACCES') console.error(`faq-widget demo: not allowed to listen on port ${port}; try PORT=5173.`);
  else console.error(`faq-widget demo: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
