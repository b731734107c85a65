// npm run inbox: the included lead receiver on its own, for a clinic that wants to keep
// leads on its own server. Settings come from the environment:
//   PORT=8787  ALLOWED_ORIGINS=https://www.myclinic.example  INBOX_PASSWORD=...  INBOX_DB=./leads.db
import { resolve } from 'node:path';
import { startServer } from '../demo/server.ts';
import { inboxSettings } from '../demo/inbox/settings.ts';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';

const repo = resolve(import.meta.dirname, '..');
const USAGE = 'PORT=8787 ALLOWED_ORIGINS=https://www.myclinic.example INBOX_PASSWORD=... npm run inbox (settings come from the environment)';

/** Starts the receiver and returns 0 while it listens (it keeps the process alive until Ctrl+C), or 1 with what is wrong. */
export async function inboxCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, {});
  if ('error' in args) return usage(io, 'inbox', args.error, USAGE);
  const { settings, errors } = inboxSettings(io.env);
  for (const e of errors) io.err(`inbox: ${e}`);
  if (errors.length) return 1;
  if (!settings.password) io.err('inbox: no INBOX_PASSWORD: /leads is open to anyone on this machine.');
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
    io.out(`lead receiver: POST ${server.url}/api/leads   read: ${server.url}/leads   export: ${server.url}/leads.csv`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return 0;
  } catch (error) {
    io.err(`inbox: could not start: ${(error as Error).message}`);
    return 1;
  }
}

runIfMain(import.meta, inboxCommand);
