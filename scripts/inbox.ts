// npm run inbox: the included lead receiver on its own, for a clinic that wants to keep
// leads on its own server. Settings come from the environment:
//   PORT=8787  ALLOWED_ORIGINS=https://www.myclinic.example  INBOX_PASSWORD=...  INBOX_DB=./leads.db
import { resolve } from 'node:path';
import { startServer } from '../demo/server.ts';
import { inboxSettings } from '../demo/inbox/settings.ts';

const repo = resolve(import.meta.dirname, '..');
const { settings, errors } = inboxSettings(process.env);
for (const e of errors) console.error(`inbox: ${e}`);
if (errors.length) process.exit(1);
if (!settings.password) console.warn('inbox: no INBOX_PASSWORD: /leads is open to anyone on this machine.');
try {
  const server = await startServer({
    port: settings.port,
    host: settings.host,
    root: resolve(repo, 'demo'),
    widget: resolve(repo, 'dist/faq-widget.js'),
    dbPath: resolve(settings.dbPath ?? resolve(repo, 'demo/inbox/data/leads.db')),
    allowedOrigins: settings.allowedOrigins,
    password: settings.password,
  });
  console.log(`lead receiver: POST ${server.url}/api/leads   read: ${server.url}/leads   export: ${server.url}/leads.csv`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`inbox: could not start: ${(error as Error).message}`);
  process.exit(1);
}
