// The demo serves its site and mounts the receiver beside it (npm run demo, the e2e tests).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../demo/server.ts';
import { rawRequest, tempDir, validLead } from './helpers.ts';

let demo: RunningServer;
const dir = tempDir();

beforeAll(async () => {
  mkdirSync(join(dir, 'site/sub'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'site/sub/index.html'), '<p>sub</p>');
  writeFileSync(join(dir, 'site/.env'), 'SECRET=1');
  writeFileSync(join(dir, 'site/notes.ts'), 'secret source');
  writeFileSync(join(dir, 'widget.js'), 'console.log("widget")');
  demo = await startServer({ root: join(dir, 'site'), widget: join(dir, 'widget.js'), dataDir: join(dir, 'data'), headers: { 'Content-Security-Policy': "default-src 'self'" } });
});
afterAll(() => demo.close());

describe('the demo', () => {
  it('serves its pages and the widget with its own headers', async () => {
    const page = await fetch(`${demo.url}/`);
    expect(await page.text()).toBe('<p>home</p>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await (await fetch(`${demo.url}/sub/`)).text()).toBe('<p>sub</p>');
    expect(await (await fetch(`${demo.url}/faq-widget.js`)).text()).toContain('widget');
  });

  it('never serves hidden files, sources or paths outside its folder', async () => {
    expect((await rawRequest(demo.url, '/.env')).status).toBe(403);
    expect((await rawRequest(demo.url, '/%2eenv')).status).toBe(403);
    expect((await fetch(`${demo.url}/notes.ts`)).status).toBe(404);
    expect((await rawRequest(demo.url, '/%E0%A4%A')).status).toBe(400);
    for (const path of ['/../widget.js', '/sub/..%2f..%2fwidget.js', '/%2e%2e/widget.js']) {
      const res = await rawRequest(demo.url, path);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain('widget');
    }
  });

  it('mounts the receiver on the same origin, locked with the password it generated', async () => {
    const lead = validLead();
    const res = await fetch(`${demo.url}/api/leads`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: demo.url }, body: JSON.stringify(lead) });
    expect(res.status).toBe(201);
    expect(demo.password.length).toBeGreaterThanOrEqual(12);
    expect((await fetch(`${demo.url}/leads.json`)).status).toBe(401);
    const leads = (await (await fetch(`${demo.url}/leads.json`, { headers: { Authorization: `Bearer ${demo.password}` } })).json()) as { leads: { id: string }[] };
    expect(leads.leads.map((l) => l.id)).toEqual([lead.id]);
    // The inbox keeps its own strict policy, not the site's.
    expect((await fetch(`${demo.url}/login`)).headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });
});
