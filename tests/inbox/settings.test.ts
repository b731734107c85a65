import { describe, expect, it } from 'vitest';
import { inboxSettings } from '../../demo/inbox/settings.ts';
import { capture } from '../../scripts/lib/cli.ts';
import { inboxCommand } from '../../scripts/inbox.ts';

describe('the receiver settings from the environment', () => {
  it('defaults to port 8787 on every interface, no allowed origins, and asks for a password there', () => {
    expect(inboxSettings({ INBOX_PASSWORD: 'pw' })).toEqual({ settings: { port: 8787, host: '0.0.0.0', dbPath: undefined, allowedOrigins: [], password: 'pw' }, errors: [] });
    expect(inboxSettings({}).errors).toEqual([expect.stringMatching(/^INBOX_PASSWORD is not set, so anyone .* HOST=127\.0\.0\.1\.$/)]);
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('lets a receiver that only listens on this machine (HOST=%s) go without a password', (host) => {
    expect(inboxSettings({ HOST: host })).toMatchObject({ settings: { host, password: '' }, errors: [] });
  });

  it.each(['0.0.0.0', '192.168.1.20', '::'])('refuses to serve leads on HOST=%s without a password', (host) => {
    expect(inboxSettings({ HOST: host }).errors).toEqual([expect.stringContaining('INBOX_PASSWORD is not set')]);
  });

  it('reads every variable, and accepts origins with a trailing slash as browsers send them without it', () => {
    const { settings, errors } = inboxSettings({
      PORT: ' 9000 ',
      HOST: '127.0.0.1',
      INBOX_DB: '/var/lib/leads.db',
      INBOX_PASSWORD: 's3cret',
      ALLOWED_ORIGINS: 'https://www.myclinic.example/, http://localhost:8080 ,,',
    });
    expect(errors).toEqual([]);
    expect(settings).toEqual({ port: 9000, host: '127.0.0.1', dbPath: '/var/lib/leads.db', allowedOrigins: ['https://www.myclinic.example', 'http://localhost:8080'], password: 's3cret' });
  });

  it('treats an empty PORT as unset', () => {
    expect(inboxSettings({ PORT: ' ', HOST: '127.0.0.1' })).toMatchObject({ settings: { port: 8787 }, errors: [] });
  });

  it.each(['abc', '99999', '-1', '80.5'])('refuses PORT=%j with a sentence that says what to write', (port) => {
    const { errors } = inboxSettings({ PORT: port, HOST: '127.0.0.1' });
    expect(errors).toEqual([`PORT="${port}" is not a port number: use a whole number from 1 to 65535, like 8787.`]);
  });

  it.each(['www.myclinic.example', 'https://www.myclinic.example/contact', 'ftp://files.example', '*'])(
    'refuses the ALLOWED_ORIGINS entry %j, which no browser would ever send, and keeps the good ones',
    (bad) => {
      const { settings, errors } = inboxSettings({ ALLOWED_ORIGINS: `https://ok.example,${bad}`, INBOX_PASSWORD: 'pw' });
      expect(settings.allowedOrigins).toEqual(['https://ok.example']);
      expect(errors).toEqual([expect.stringContaining(`"${bad}" is not a site origin`)]);
    },
  );
});

describe('npm run inbox with a bad setting', () => {
  it('says what to write and exits 1 without starting a server', async () => {
    const r = await capture(inboxCommand, [], { env: { PORT: 'abc', HOST: '127.0.0.1', ALLOWED_ORIGINS: 'www.myclinic.example' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('inbox: PORT="abc" is not a port number');
    expect(r.stderr).toContain('inbox: ALLOWED_ORIGINS entry "www.myclinic.example" is not a site origin');
    expect(r.stdout).not.toContain('lead receiver:');
  });
});
