// Issue #15, item 3: the setup page, built to dist/setup.html, driven in Chromium. Opened from
// disk (file://) like an owner who double-clicks it, and served at /setup by the demo server
// for the test messages that need a web address.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { INBOX_AUTH, launch, serve, WIDGET } from '../../scripts/lib/browser.ts';
import { parseConfig } from '../../widget/config.ts';
import { axeViolations } from './harness.ts';
import { FROM_DISK, openSetup, SETUP_FILE } from './setup-page.ts';

const INTEGRITY = `sha384-${createHash('sha384').update(readFileSync(WIDGET)).digest('base64')}`;

let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const open = (url?: string) => openSetup(browser, url);

const desktop = (page: Page) => page.frameLocator('#preview-desktop');
const phone = (page: Page) => page.frameLocator('#preview-phone');
const launcher = (frame: FrameLocator) => frame.locator('#faq-widget .launcher');
const background = (frame: FrameLocator) => launcher(frame).evaluate((el) => getComputedStyle(el).backgroundColor);
/** Where the launcher sits: "left" when it is in the left half of its frame. */
const side = (frame: FrameLocator) => launcher(frame).evaluate((el) => (el.getBoundingClientRect().left < innerWidth / 2 ? 'left' : 'right'));

async function serveWith(options: Parameters<typeof serve>[0] = {}): Promise<RunningServer> {
  const server = await serve(options);
  servers.push(server);
  return server;
}

describe('the setup page opened from disk', () => {
  it('shows the real widget in a desktop frame and a phone frame', async () => {
    const { page, errors } = await open();
    await expect.poll(() => background(desktop(page))).toBe('rgb(15, 118, 110)');
    await expect.poll(() => background(phone(page))).toBe('rgb(15, 118, 110)');
    const widths = await page.locator('iframe').evaluateAll((els) => els.map((el) => (el as HTMLIFrameElement).contentWindow!.innerWidth));
    expect(widths[0]).toBeGreaterThan(900);
    expect(widths[1]).toBeLessThan(420);
    expect(errors).toEqual([]);
  });
});

/** Waits until the preview frame shows the page with this data-* value (the preview is re-mounted after a pause). */
const mounted = (frame: FrameLocator, attr: string, value: string | null) =>
  expect
    .poll(() => frame.locator(`script[src^="blob:"]`).evaluate((el, a) => el.getAttribute(a), `data-${attr}`), { timeout: 10_000 })
    .toBe(value);

describe('changing a setting', () => {
  it('changes the colour, corner and phone number of the widget in both preview frames, without taking the owner\'s focus', async () => {
    const { page, errors } = await open();
    await expect.poll(() => side(desktop(page))).toBe('right');
    await page.fill('#f-color', '#7c3aed');
    await page.selectOption('#f-position', 'left');
    await page.fill('#f-phone', '(555) 010-0142');
    for (const frame of [desktop(page), phone(page)]) {
      await expect.poll(() => background(frame), { timeout: 10_000 }).toBe('rgb(124, 58, 237)');
      await expect.poll(() => side(frame)).toBe('left');
    }
    await mounted(desktop(page), 'phone', '(555) 010-0142');
    // Re-mounting the preview leaves the owner typing where they were.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-phone');
    // The phone is offered when the chat cannot answer.
    const frame = desktop(page);
    await launcher(frame).click();
    await frame.locator('#faq-widget textarea').fill('do you take blue cross insurance?');
    await frame.locator('#faq-widget textarea').press('Enter');
    await expect(frame.locator('#faq-widget a[href^="tel:"]').first().textContent({ timeout: 10_000 })).resolves.toContain('(555) 010-0142');
    expect(errors).toEqual([]);
  });

  it('shows parseConfig\'s own warning next to a bad value, keeps the default in the preview, and clears it once fixed', async () => {
    const { page } = await open();
    await page.fill('#f-color', 'teal');
    const expected = parseConfig({ color: 'teal' }).warnings;
    expect(expected).toHaveLength(1);
    await expect(page.locator('#w-color').textContent()).resolves.toBe(expected[0]);
    await expect(page.locator('#f-color').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#snippet').textContent()).resolves.not.toContain('data-color');
    await expect(page.locator('#snippet ~ .warn, .warn:has-text("Left out")').first().textContent()).resolves.toContain('data-color');
    await expect.poll(() => background(desktop(page))).toBe('rgb(15, 118, 110)');

    await page.fill('#f-color', '#b45309');
    await expect(page.locator('#w-color').count()).resolves.toBe(0);
    await expect(page.locator('#snippet').textContent()).resolves.toContain('data-color="#b45309"');
  });

  it('asks for a crisis line when the emergency number is not 911, with the widget\'s words', async () => {
    const { page } = await open();
    await page.fill('#f-emergency-number', '999');
    const expected = parseConfig({ emergencyNumber: '999' }).warnings;
    await expect(page.locator('#w-crisis-line').textContent()).resolves.toBe(expected.join(' '));
    await page.fill('#f-crisis-line', '116 123');
    await expect(page.locator('#w-crisis-line').count()).resolves.toBe(0);
  });

  it('passes on what the widget itself says in the preview, like a missing way to write to the clinic', async () => {
    const { page } = await open();
    await expect(page.locator('#preview-notes').textContent({ timeout: 10_000 })).resolves.toContain('add data-endpoint (or data-email)');
    await page.fill('#f-email', 'hello@example.com');
    await mounted(desktop(page), 'email', 'hello@example.com');
    await expect.poll(() => page.locator('#preview-notes').textContent().catch(() => '')).not.toContain('add data-endpoint (or data-email)');
  });
});

describe('the snippet', () => {
  it('follows the form and carries the integrity hash of the built widget', async () => {
    const { page } = await open();
    await expect(page.locator('#snippet').textContent()).resolves.toContain(`integrity="${INTEGRITY}"`);
    await page.fill('#f-clinic-name', 'Maple & "Co" Physio');
    await page.fill('#f-booking-url', 'https://example.com/book');
    await page.check('#f-open');
    const text = await page.locator('#snippet').textContent();
    expect(text).toContain('data-clinic-name="Maple &amp; &quot;Co&quot; Physio"');
    expect(text).toContain('data-booking-url="https://example.com/book"');
    expect(text).toMatch(/\n {2}data-open\n/);
    expect(text).toContain('src="https://YOUR-WEBSITE.example/faq-widget.js"');
  });

  it('copies to the clipboard', async () => {
    const { page } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.fill('#f-phone', '(555) 010-0177');
    await page.click('#copy');
    await expect.poll(() => page.locator('#copy ~ [role=status]').textContent()).toMatch(/^Copied\./);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet').textContent());
    expect(copied).toContain('data-phone="(555) 010-0177"');
  });

  it('works when pasted on a page that hosts the built file: the browser checks the hash and the widget starts', async () => {
    const server = await serveWith();
    const { page } = await open();
    await page.fill('#f-clinic-name', 'Pasted Clinic');
    const tag = (await page.locator('#snippet').textContent())!.replace('https://YOUR-WEBSITE.example/faq-widget.js', `${server.url}/faq-widget.js`);
    const site = await browser.newPage();
    await site.route(`${server.url}/pasted.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Pasted</title><p>A clinic page</p>${tag}` }));
    await site.goto(`${server.url}/pasted.html`);
    await site.locator('#faq-widget .launcher').click();
    await expect(site.locator('#faq-widget #faq-title').textContent()).resolves.toBe('Pasted Clinic');
    // A different file under the same tag is refused.
    const wrong = tag.replace(INTEGRITY, `sha384-${createHash('sha384').update('something else').digest('base64')}`);
    await site.route(`${server.url}/wrong.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Wrong</title>${wrong}` }));
    await site.goto(`${server.url}/wrong.html`);
    await site.waitForLoadState('load');
    await expect(site.locator('#faq-widget').count()).resolves.toBe(0);
  });
});

interface StoredLead {
  name: string;
  email: string;
  message: string;
  page: string;
}
const leads = async (server: RunningServer): Promise<StoredLead[]> =>
  ((await (await fetch(`${server.url}/leads.json`, { headers: INBOX_AUTH })).json()) as { leads: StoredLead[] }).leads;

async function sendTest(page: Page, endpoint: string, email?: string): Promise<string> {
  await page.fill('#f-endpoint', endpoint);
  if (email !== undefined) await page.fill('#test-email', email);
  await page.click('#send-test');
  await page.waitForSelector('#test-result:not(:empty)', { timeout: 20_000 });
  return (await page.locator('#test-result').textContent())!;
}

describe('"Send a test message" with the bundled receiver', () => {
  it('says it was sent, and the receiver holds one lead marked as a test', async () => {
    const server = await serveWith();
    const { page } = await open(`${server.url}/setup`);
    const said = await sendTest(page, `${server.url}/api/leads`);
    expect(said).toMatch(/^Sent\./);
    await expect(page.locator('#test-result.ok').count()).resolves.toBe(1);
    const stored = await leads(server);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Setup page test', email: 'test@example.com', page: `${server.url}/setup` });
    expect(stored[0].message).toMatch(/^TEST MESSAGE/);
  });

  it('sends to a path on the same site as well, as data-endpoint="/api/leads" would', async () => {
    const server = await serveWith();
    const { page } = await open(`${server.url}/setup`);
    expect(await sendTest(page, '/api/leads')).toMatch(/^Sent\./);
    expect(await leads(server)).toHaveLength(1);
  });

  it('says which address to add to ALLOWED_ORIGINS when the receiver refuses this page\'s origin', async () => {
    const [site, receiver] = [await serveWith(), await serveWith()];
    const { page } = await open(`${site.url}/setup`);
    const said = await sendTest(page, `${receiver.url}/api/leads`);
    expect(said).toMatch(/^Refused: this address is not allowed\./);
    expect(said).toContain(`ALLOWED_ORIGINS=https://www.your-clinic.example,${site.url}`);
    await expect(page.locator('#test-result.fail').count()).resolves.toBe(1);
    expect(await leads(receiver)).toEqual([]);
  });

  it('tells an owner who opened the page from disk that a file has no address a receiver can allow', async () => {
    const receiver = await serveWith();
    const { page } = await open();
    const said = await sendTest(page, `${receiver.url}/api/leads`);
    expect(said).toMatch(/^Refused: this address is not allowed\./);
    expect(said).toContain('opened from a file');
    expect(await leads(receiver)).toEqual([]);
  });

  it('passes on what the receiver said when it answers 422', async () => {
    const server = await serveWith();
    const { page } = await open(`${server.url}/setup`);
    // "owner@clinic" has no domain ending: the receiver refuses it.
    const said = await sendTest(page, `${server.url}/api/leads`, 'owner@clinic');
    expect(said).toMatch(/^Refused by the service \(HTTP 422\)\./);
    expect(said).toContain('email: Please enter a valid email address.');
    expect(await leads(server)).toEqual([]);
  });

  it('says nothing answered when the receiver is down', async () => {
    const receiver = await serveWith();
    const endpoint = `${receiver.url}/api/leads`;
    await receiver.close();
    servers.splice(servers.indexOf(receiver), 1);
    const { page } = await open();
    const said = await sendTest(page, endpoint);
    expect(said).toMatch(/^Could not reach the service\./);
    expect(said).toContain(receiver.url);
  });
});

describe('"Send a test message" with other services', () => {
  it('names the origin to allow when a form service hides its answer from this page (CORS)', async () => {
    const site = await serveWith();
    // A form service that does not allow this page: its answers carry no CORS headers, so the
    // browser stops the request (a route in Playwright would skip that check: this is a real server).
    const posts: string[] = [];
    const service = createServer((req, res) => {
      if (req.method === 'POST') posts.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((done) => service.listen(0, '127.0.0.1', done));
    try {
      const { port } = service.address() as AddressInfo;
      const { page } = await open(`${site.url}/setup`);
      const said = await sendTest(page, `http://127.0.0.1:${port}/f/abc123`);
      expect(said).toMatch(/^Refused: this address is not allowed \(CORS\)\./);
      expect(said).toContain(`Add ${site.url} to ALLOWED_ORIGINS`);
      expect(said).toContain('allowed domains');
      // The preflight was refused, so the message itself was never posted.
      expect(posts).toEqual([]);
    } finally {
      // Chromium keeps the connection open; close() alone would wait for it.
      service.closeAllConnections();
      await new Promise((done) => service.close(done));
    }
  });

  it('says the service has a problem on a 5xx, with its words', async () => {
    const site = await serveWith();
    const { page } = await open(`${site.url}/setup`);
    await page.route(`${site.url}/api/leads`, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'the inbox is full; try again later' }) }),
    );
    const said = await sendTest(page, `${site.url}/api/leads`);
    expect(said).toMatch(/^The service has a problem \(HTTP 503\)\./);
    expect(said).toContain('the inbox is full; try again later');
  });
});

describe('the page itself', () => {
  it('is served at /setup by the demo server without the clinic pages\' CSP, which those pages keep', async () => {
    const csp = "default-src 'self'; script-src 'self'";
    const server = await serveWith({ headers: { 'Content-Security-Policy': csp } });
    const setup = await fetch(`${server.url}/setup`);
    expect(setup.status).toBe(200);
    expect(setup.headers.get('content-security-policy')).toBeNull();
    expect(await setup.text()).toBe(readFileSync(SETUP_FILE, 'utf8'));
    expect((await fetch(`${server.url}/plain.html`)).headers.get('content-security-policy')).toBe(csp);
    const { page } = await open(`${server.url}/setup`);
    await expect.poll(() => background(desktop(page))).toBe('rgb(15, 118, 110)');
  });

  it('has no WCAG 2.1 AA violation, with a warning and a test result showing', async () => {
    const { page } = await open();
    await page.fill('#f-color', 'teal');
    await page.fill('#f-endpoint', '/api/leads');
    await page.click('#send-test');
    await page.waitForSelector('#test-result:not(:empty)');
    // axe runs in this page only: the widget inside the preview frames has its own accessibility tests.
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is one file: nothing but the preview\'s own blob: script is loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(FROM_DISK);
    await expect.poll(() => background(desktop(page))).toBe('rgb(15, 118, 110)');
    expect(requests.filter((u) => u !== FROM_DISK && !u.startsWith('blob:') && u !== 'about:srcdoc')).toEqual([]);
  });
});
