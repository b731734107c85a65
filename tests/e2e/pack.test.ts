// Issue 15, item 6: hosting without a build. npm pack makes the tarball a CDN would serve; the
// test unpacks it into a temp folder, serves that folder on loopback at the path a CDN uses
// (/npm/<name>@<version>/) and loads the widget from it through a real <script> tag, pinned
// with the SRI hash, in Chromium. The suite runs after npm run build, so npm pack is run with
// --ignore-scripts: its prepack build would rebuild dist/ under the other test files.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { inWidget, visit } from './harness.ts';
import { ask } from './hostile.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  exports: Record<string, string>;
  unpkg: string;
  jsdelivr: string;
};
/** What npm puts in every tarball whatever `files` says. */
const ALWAYS = ['package.json'];

interface Packed {
  filename: string;
  files: { path: string }[];
}

let work: string;
let unpacked: string;
let listed: string[];
let browser: Browser;
let server: Server;
let origin: string;

/** Serves `root` read-only on 127.0.0.1: GET of a file under it, 404 for anything else. */
function serveFolder(root: string, page: string): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.txt': 'text/plain', '.md': 'text/markdown', '.json': 'application/json' };
  const prefix = `/npm/${PKG.name}@${PKG.version}/`;
  const s = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!path.startsWith(prefix) || !file.startsWith(root + sep)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'faq-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO });
  const [packed] = JSON.parse(stdout) as Packed[];
  listed = packed.files.map((f) => f.path).sort();
  await run('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  unpacked = join(work, 'package');

  const widget = readFileSync(join(unpacked, PKG.unpkg));
  const sri = `sha384-${createHash('sha384').update(widget).digest('base64')}`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Packed</title>
<script>window.FaqWidget = window.FaqWidget || function () { (FaqWidget.q = FaqWidget.q || []).push(arguments); };
FaqWidget('on', 'question', function (e) { (window.__questions = window.__questions || []).push(e); });</script></head>
<body><h1>A clinic page with the widget from the unpacked package</h1>
<script src="/npm/${PKG.name}@${PKG.version}/${PKG.jsdelivr}" integrity="${sri}" crossorigin="anonymous" defer data-clinic-name="Packed Clinic"></script>
</body></html>`;
  [browser, server] = await Promise.all([launch(), serveFolder(unpacked, page)]);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds exactly what `files` promises: the built widget, LICENSES.txt, the README, LICENSE, the changelog and the setup page when built', () => {
    const promised = [...PKG.files.filter((f) => existsSync(join(REPO, f))), ...ALWAYS].sort();
    expect(listed).toEqual(promised);
    for (const needed of ['dist/faq-widget.js', 'dist/LICENSES.txt', 'README.md', 'LICENSE', 'CHANGELOG.md']) expect(listed).toContain(needed);
    if (existsSync(join(REPO, 'dist/setup.html'))) expect(listed).toContain('dist/setup.html');
  });

  it('holds no source, tests, knowledge, receiver or configuration', () => {
    expect(listed.filter((f) => /\.(ts|tsx|mjs|cjs|map)$/.test(f) || /^(widget|tests|knowledge|receiver|demo|scripts|docs|node_modules)\//.test(f))).toEqual([]);
    expect(listed.filter((f) => /^(vite\.config|tsconfig|eslint\.config|package-lock)/.test(f) || f.startsWith('.'))).toEqual([]);
  });

  it('holds the very files the build wrote', () => {
    for (const f of ['dist/faq-widget.js', 'dist/LICENSES.txt']) expect(readFileSync(join(unpacked, f)).equals(readFileSync(join(REPO, f))), f).toBe(true);
  });

  it('points exports, unpkg and jsdelivr at the widget file that is in the tarball', () => {
    expect(PKG.exports['.']).toBe(`./${PKG.unpkg}`);
    for (const path of [PKG.exports['.'], PKG.unpkg, PKG.jsdelivr]) expect(existsSync(join(unpacked, path)), path).toBe(true);
  });
});

describe('the widget loaded from the unpacked package', () => {
  it('shows the launcher and answers a question, through a script tag pinned with its SRI hash', async () => {
    const { page, errors, requests } = await visit(browser, `${origin}/`);
    await page.locator(inWidget('.launcher')).waitFor();
    await page.locator(inWidget('.launcher')).click();
    await expect(page.locator(inWidget('#faq-title')).textContent()).resolves.toBe('Packed Clinic');
    const reply = await ask(page, 'is dry needling safe?');
    expect(reply).toContain('low-risk');
    expect(await page.evaluate(() => (window as unknown as { __questions: unknown[] }).__questions)).toEqual([
      { text: 'is dry needling safe?', kind: 'answer', topic: 'safety' },
    ]);
    expect(requests.filter((u) => u.includes('/npm/'))).toEqual([`${origin}/npm/${PKG.name}@${PKG.version}/dist/faq-widget.js`]);
    expect(errors).toEqual([]);
  });
});
