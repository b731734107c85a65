// Issue #2: the one script tag a clinic pastes, loaded from the built file in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../demo/server.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { inWidget, visit } from './harness.ts';
import { ask } from './hostile.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the script tag', () => {
  it('shows a launcher that opens a panel and closes it again, with defer', async () => {
    const { page, errors } = await visit(browser, `${server.url}/plain.html`);
    const launcher = page.locator(inWidget('.launcher'));
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
    await launcher.click();
    await expect(page.locator(inWidget('[role="dialog"]')).isVisible()).resolves.toBe(true);
    await page.locator(inWidget('.x')).click();
    await expect(page.locator(inWidget('[role="dialog"]')).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('works with async, as the README pastes it, and replays a call the page queued before it loaded', async () => {
    const { page, errors } = await visit(browser, `${server.url}/async.html`);
    await page.waitForFunction(() => (window as unknown as { FaqWidget: { isOpen: boolean } }).FaqWidget.isOpen === true);
    await expect(page.locator(inWidget('#faq-title')).textContent()).resolves.toBe('Async Clinic');
    await expect(page.locator(inWidget('.msg.visitor')).textContent()).resolves.toContain('does it hurt?');
    await expect(page.locator(inWidget('.msg.bot')).last().textContent()).resolves.toMatch(/twitch or dull ache/);
    expect(errors).toEqual([]);
  });

  it('works without defer from the head, before the body exists', async () => {
    const { page, errors } = await visit(browser, `${server.url}/nodefer.html`);
    await page.locator(inWidget('.launcher')).click();
    await expect(page.locator(inWidget('#faq-title')).textContent()).resolves.toBe('Head Clinic');
    expect(errors).toEqual([]);
  });

  it('mounts one widget when the tag is pasted twice, and says so once', async () => {
    const { page, warnings } = await visit(browser, `${server.url}/twice.html`);
    await page.waitForLoadState('load');
    await expect(page.locator('#faq-widget').count()).resolves.toBe(1);
    await page.locator(inWidget('.launcher')).click();
    await expect(page.locator(inWidget('#faq-title')).textContent()).resolves.toBe('First Copy');
    expect(warnings.filter((w) => /twice/.test(w))).toHaveLength(1);
  });

  it('replays commands queued before it loaded, and skips an unknown one with a warning', async () => {
    const { page, warnings } = await visit(browser, `${server.url}/queue.html`);
    await page.waitForFunction(
      () => (window as unknown as { FaqWidget: { isOpen: boolean } }).FaqWidget.isOpen === true,
    );
    await expect(page.locator(inWidget('.msg.visitor')).textContent()).resolves.toContain('is it safe?');
    const questions = await page.evaluate(() => (window as unknown as { __questions: unknown[] }).__questions);
    expect(questions).toEqual([{ text: 'is it safe?', kind: 'answer', topic: 'safety' }]);
    expect(warnings.filter((w) => /no-such-command/.test(w))).toHaveLength(1);
  });

  it('is ready for a page that calls it in the very next script, before its own start-up task', async () => {
    const { page, errors } = await visit(browser, `${server.url}/api-at-once.html`);
    type Probe = { __openBefore: boolean; __openAfter: boolean; __questions?: unknown[] };
    await page.waitForFunction(() => (window as unknown as Probe).__questions?.length === 1);
    expect(
      await page.evaluate(() => [(window as unknown as Probe).__openBefore, (window as unknown as Probe).__openAfter]),
    ).toEqual([false, true]);
    await expect(page.locator(inWidget('.msg.visitor')).textContent()).resolves.toContain('is it safe?');
    expect(errors).toEqual([]);
  });

  it('keeps the default colour for a bad data-color and warns exactly once', async () => {
    const { page, warnings } = await visit(browser, `${server.url}/bad-color.html`);
    const bg = await page.locator(inWidget('.launcher')).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(15, 118, 110)');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[faq-widget\] data-color="blurple"/);
  });
});

describe('the page API', () => {
  it('opens the contact form with FaqWidget.contact()', async () => {
    const { page, errors } = await visit(browser, `${server.url}/plain.html`);
    await page.waitForFunction(() => 'FaqWidget' in window);
    await page.evaluate(() => (window as unknown as { FaqWidget: { contact(): void } }).FaqWidget.contact());
    await page.locator(inWidget('form.contact')).waitFor();
    expect(await page.evaluate(() => (window as unknown as { FaqWidget: { isOpen: boolean } }).FaqWidget.isOpen)).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('removes every node, listener and timer on destroy(), and can be loaded again afterwards', async () => {
    const { page, errors } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    await page.locator(inWidget('.launcher')).click();
    await page.evaluate(() => (window as unknown as { FaqWidget: { destroy(): void } }).FaqWidget.destroy());
    expect(
      await page.evaluate(() => [
        document.getElementById('faq-widget'),
        typeof (window as unknown as { FaqWidget?: unknown }).FaqWidget,
      ]),
    ).toEqual([null, 'undefined']);
    // The body observer is gone: rewriting the body must not bring the widget back.
    await page.evaluate(() => {
      document.body.innerHTML = '<p>rewritten</p>';
      window.dispatchEvent(new Event('online'));
    });
    // Every timer the widget could have left (the index at 1.5 s, the outbox at 2.5 s) would fire now.
    await page.clock.runFor(3000);
    expect(await page.locator('#faq-widget').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.addScriptTag({ url: '/faq-widget.js' });
    await page.waitForSelector('#faq-widget', { state: 'attached' });
  });

  it('tells the site owner when visitors have no way to write to the clinic', async () => {
    const { warnings } = await visit(browser, `${server.url}/nodefer.html`);
    expect(warnings).toEqual([expect.stringMatching(/^\[faq-widget\] add data-endpoint/)]);
  });
});

describe('isolation', () => {
  const look = (el: Element, sel: string) => {
    const s = getComputedStyle(el);
    return {
      sel,
      font: s.fontFamily,
      size: s.fontSize,
      color: s.color,
      bg: s.backgroundColor,
      padding: s.padding,
      border: s.borderTopWidth,
    };
  };

  it('is not restyled by a host page that sets * { font; color } with !important', async () => {
    const styles = async (path: string) => {
      const { page } = await visit(browser, `${server.url}${path}`);
      await page.locator(inWidget('.launcher')).click();
      await page.locator(inWidget('textarea')).fill('hello');
      const out = [];
      for (const sel of ['.launcher', '.panel', 'h2', '.msg', 'textarea', '.chip'])
        out.push(await page.locator(inWidget(sel)).first().evaluate(look, sel));
      return out;
    };
    const plain = await styles('/plain.html');
    const hostile = await styles('/hostile-css.html');
    expect(hostile).toEqual(plain);
    expect(plain.find((s) => s.sel === 'textarea')!.size).toBe('16px');
  });

  it('makes no request to any other host', async () => {
    const { page, requests } = await visit(browser, `${server.url}/plain.html`, { clock: true });
    expect(await ask(page, 'does it hurt?')).toMatch(/Was this helpful/);
    // What the widget does later (the index at 1.5 s, the outbox at 2.5 s) happens now.
    await page.clock.runFor(3000);
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });
});
