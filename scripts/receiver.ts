// npm run receiver (npm run inbox is the old name): the lead receiver on its own, for a clinic
// that keeps its leads on its own server. Settings come from the environment; see docs/receiver.md.
import { createReceiver } from '../receiver/app.ts';
import { listen } from '../receiver/server.ts';
import { readSettings } from '../receiver/settings.ts';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';

const USAGE = 'ALLOWED_ORIGINS=https://www.myclinic.example RECEIVER_PASSWORD=... npm run receiver (settings come from the environment; see docs/receiver.md)';

/** Starts the receiver and returns 0 while it listens (it keeps the process alive until Ctrl+C), or 1 with what is wrong. */
export async function receiverCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, {});
  if ('error' in args) return usage(io, 'receiver', args.error, USAGE);
  const { settings, errors } = readSettings(io.env);
  for (const e of errors) io.err(`receiver: ${e}`);
  if (errors.length) return 1;
  let receiver;
  try {
    receiver = createReceiver(settings, { log: io.err });
    const server = await listen(receiver.app, { port: settings.port, host: settings.host, onClose: receiver.close });
    io.out(`lead receiver: POST ${server.url}/api/leads   inbox: ${server.url}/leads (sign in with RECEIVER_PASSWORD)`);
    io.out(`data: ${receiver.store.path}   leads older than ${settings.retentionDays} days are deleted daily   times shown in ${settings.timeZone}`);
    io.out(`accepts leads from: ${settings.allowedOrigins.join(', ')}   answers to: ${settings.allowedHosts.join(', ')}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return 0;
  } catch (error) {
    receiver?.close();
    io.err(`receiver: could not start: ${(error as Error).message}`);
    return 1;
  }
}

runIfMain(import.meta, receiverCommand);
