// npm run inbox: the included lead receiver on its own, for a clinic that wants to keep
// leads on its own server. Settings come from the environment:
//   PORT=8787  ALLOWED_ORIGINS=https://www.myclinic.example  INBOX_PASSWORD=...  INBOX_DB=./leads.db
import { resolve } from 'node:path';
import { startServer } from '../demo/server.ts';

const repo = resolve(import.meta.dirname, '..');
const env = process.env;
if (!env.INBOX_PASSWORD) console.warn('inbox: INBOX_PASSWORD is not set, so anyone who can reach /leads can read them. Set it before going live.');
try {
  const server = await startServer({
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '0.0.0.0',
    root: resolve(repo, 'demo'),
    widget: resolve(repo, 'dist/faq-widget.js'),
    dbPath: resolve(env.INBOX_DB ?? resolve(repo, 'demo/inbox/data/leads.db')),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  });
  console.log(`lead receiver: POST ${server.url}/api/leads   read: ${server.url}/leads   export: ${server.url}/leads.csv`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`inbox: could not start: ${(error as Error).message}`);
  process.exit(1);
}
