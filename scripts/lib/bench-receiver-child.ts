// The receiver as npm run bench:receiver runs it in a child process (so it can be killed with
// -9): the real app and settings, with rate limits raised, since every request comes from one
// loopback address. Prints its URL as the first line.
import { createReceiver } from '../../receiver/app.ts';
import { listen } from '../../receiver/server.ts';
import { readSettings } from '../../receiver/settings.ts';

const { settings, errors } = readSettings(process.env);
if (errors.length) throw new Error(errors.join('\n'));
const many = { limit: 1e9, windowMs: 60_000 };
const receiver = createReceiver(settings, { limits: { perClient: many, global: many }, log: () => {} });
const server = await listen(receiver.app, { port: 0, host: '127.0.0.1', maxConnections: 1024, onClose: receiver.close });
console.log(server.url);
