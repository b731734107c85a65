import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../demo/server.ts';
import { rawGet, start, tempDir } from './helpers.ts';

const CSP = "default-src 'self'; script-src 'self'";
const tmp = tempDir();
const root = join(tmp.dir, 'site');
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(root, 'clinic'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Clinic</title>');
  writeFileSync(join(root, 'clinic', 'index.html'), '<!doctype html><title>Inner</title>');
  writeFileSync(join(root, 'style.css'), 'body{color:red}');
  writeFileSync(join(root, 'notes.ts'), 'export const secret = 1;');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'data', 'export.json'), '{"secret":true}');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside the root');
  writeFileSync(join(tmp.dir, 'widget.js'), 'console.log("widget")');
  symlinkSync(join(tmp.dir, 'secret.txt'), join(root, 'link.txt'));
  server = await start(tmp.dir, {
    root,
    widget: join(tmp.dir, 'widget.js'),
    dbPath: join(root, 'data', 'leads.db'),
    headers: { 'Content-Security-Policy': CSP },
  });
});
afterAll(async () => {
  await server.close();
  tmp.remove();
});

describe('static files', () => {
  it('serves index.html for the root with the CSP header and no caching', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<title>Clinic</title>');
  });

  it('serves css with its content type', async () => {
    const res = await fetch(`${server.url}/style.css`);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects a folder without a slash, then serves its index', async () => {
    const res = await fetch(`${server.url}/clinic`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/clinic/');
    expect(await (await fetch(`${server.url}/clinic/`)).text()).toContain('Inner');
  });

  it('serves the built widget at /faq-widget.js', async () => {
    const res = await fetch(`${server.url}/faq-widget.js`);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(await res.text()).toContain('widget');
  });

  it('answers 404 for a missing file, still with the CSP header', async () => {
    const res = await fetch(`${server.url}/missing.html`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/clinic/../../secret.txt', '/%2E%2E%2Fsecret.txt', '/..%5csecret.txt'])(
    'refuses the traversal %s',
    async (path) => {
      const res = await rawGet(server.url, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('outside the root');
    },
  );

  it.each(['/link.txt', '/notes.ts', '/.env', '/data/leads.db', '/data/export.json'])('does not serve %s', async (path) => {
    const res = await rawGet(server.url, path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toMatch(/outside the root|secret|SQLite/);
  });
});
