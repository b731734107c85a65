// Settings from the environment, each checked at start-up with a sentence saying what to write.
import { homedir } from 'node:os';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../scripts/lib/cli.ts';
import { receiverCommand } from '../../scripts/receiver.ts';
import { readSettings } from '../../receiver/settings.ts';

const GOOD = { ALLOWED_ORIGINS: 'https://www.clinic.example', RECEIVER_PASSWORD: 'a long enough password' };
const errorsFor = (env: Record<string, string>) => readSettings({ ...GOOD, ...env }).errors.join('\n');

describe('the receiver settings', () => {
  it('refuse an empty ALLOWED_ORIGINS with a sentence saying what to write', () => {
    expect(errorsFor({ ALLOWED_ORIGINS: '' })).toMatch(/ALLOWED_ORIGINS is empty.*like ALLOWED_ORIGINS=https:\/\/www\.myclinic\.example/);
  });

  it.each(['www.clinic.example', 'https://www.clinic.example/contact', 'ftp://clinic.example'])('refuse the origin %s', (origin) => {
    expect(errorsFor({ ALLOWED_ORIGINS: origin })).toMatch(/is not a site origin: write it as the browser shows it/);
  });

  it('refuse a password shorter than 12 characters, such as "1"', () => {
    expect(errorsFor({ RECEIVER_PASSWORD: '1' })).toMatch(/RECEIVER_PASSWORD is only 1 characters.*at least 12/);
    expect(errorsFor({ RECEIVER_PASSWORD: '' })).toMatch(/RECEIVER_PASSWORD is not set/);
  });

  it('take INBOX_PASSWORD as the old name of RECEIVER_PASSWORD', () => {
    const { settings, errors } = readSettings({ ALLOWED_ORIGINS: GOOD.ALLOWED_ORIGINS, INBOX_PASSWORD: 'the old variable name' });
    expect(errors).toEqual([]);
    expect(settings.password).toBe('the old variable name');
  });

  it('answer to localhost, 127.0.0.1 and HOST unless ALLOWED_HOSTS says otherwise', () => {
    expect(readSettings({ ...GOOD, HOST: '10.0.0.5' }).settings.allowedHosts).toEqual(['localhost', '127.0.0.1', '10.0.0.5']);
    expect(readSettings({ ...GOOD, ALLOWED_HOSTS: 'Leads.Clinic.Example' }).settings.allowedHosts).toEqual(['leads.clinic.example']);
    expect(errorsFor({ ALLOWED_HOSTS: 'https://leads.clinic.example' })).toMatch(/ALLOWED_HOSTS entry .* is not a host name/);
  });

  it('keep the data outside the checkout by default, so git clean -fdx cannot delete leads', () => {
    const dir = readSettings(GOOD).settings.dataDir;
    const repo = resolve(import.meta.dirname, '../..');
    expect(relative(repo, dir).startsWith('..')).toBe(true);
    expect(dir.startsWith(homedir()) || dir.startsWith(process.env.XDG_DATA_HOME ?? homedir())).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc" is not valid/],
    [{ RETENTION_DAYS: '0' }, /RETENTION_DAYS="0" is not valid: write a whole number from 1/],
    [{ DB_MAX_MB: 'lots' }, /DB_MAX_MB="lots" is not valid/],
    [{ TRUSTED_PROXY: 'proxy.local' }, /TRUSTED_PROXY entry "proxy.local" is not an IP address/],
    [{ TZ: 'Mars/Olympus' }, /TZ="Mars\/Olympus" is not a time zone/],
    [{ SMTP_URL: 'smtp://mail.example' }, /NOTIFY_TO is needed with SMTP_URL/],
    [{ NOTIFY_TO: 'desk@clinic.example' }, /NOTIFY_TO is set but SMTP_URL is not/],
  ])('refuse %j with a sentence', (env, message) => {
    expect(errorsFor(env)).toMatch(message);
  });

  it('default to 180 days of retention', () => {
    expect(readSettings(GOOD).settings.retentionDays).toBe(180);
  });
});

describe('npm run receiver', () => {
  it('does not start with an empty ALLOWED_ORIGINS, and says what to write', async () => {
    const r = await capture(receiverCommand, [], { env: { RECEIVER_PASSWORD: 'a long enough password' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^receiver: ALLOWED_ORIGINS is empty/m);
    expect(r.stdout).toBe('');
  });
});
