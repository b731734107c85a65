// The new-lead email, sent with nodemailer to a local SMTP server this test starts and reads back.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, start, validLead } from './helpers.ts';

interface Mail {
  from: string;
  to: string[];
  data: string;
}

const mails: Mail[] = [];
let smtp: SMTPServer;
let port: number;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        done();
      });
    },
  });
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => smtp.close(done)));

describe('a new lead', () => {
  it('is emailed to NOTIFY_TO through SMTP_URL, once, with the message and a link to the inbox', async () => {
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, NOTIFY_TO: 'desk@clinic.example', NOTIFY_FROM: 'inbox@clinic.example', ALLOWED_HOSTS: '127.0.0.1,leads.clinic.example' };
    const server = await start(env);
    try {
      const lead = validLead({ name: 'Mail Test', message: 'Can I book for Tuesday?' });
      expect((await post(server.url, lead)).status).toBe(201);
      expect((await post(server.url, lead)).status).toBe(201); // a replay sends nothing more
      await expect.poll(() => mails.length, { timeout: 10_000 }).toBe(1);
      const [mail] = mails;
      expect(mail.from).toBe('inbox@clinic.example');
      expect(mail.to).toEqual(['desk@clinic.example']);
      expect(mail.data).toMatch(/^Subject: New message from Mail Test/m);
      expect(mail.data).toMatch(/^Reply-To: sam@example.com/m);
      expect(mail.data).toContain('Can I book for Tuesday?');
      expect(mail.data).toContain('https://leads.clinic.example/leads');
    } finally {
      await server.close();
    }
  });

  it('is still stored when the mail server cannot be reached, and the log says so', async () => {
    const server = await start({ SMTP_URL: 'smtp://127.0.0.1:1', NOTIFY_TO: 'desk@clinic.example' });
    try {
      expect((await post(server.url, validLead())).status).toBe(201);
      await expect.poll(() => server.logs.join('\n'), { timeout: 10_000 }).toMatch(/new-lead email could not be sent \(the lead is stored\)/);
    } finally {
      await server.close();
    }
  });
});
