import { launch, serve } from '/work/main/scripts/lib/browser.ts';
const browser = await launch(); const server = await serve(process.env.WIDGET ? { widget: process.env.WIDGET } as any : undefined);
const url = `${server.url}/hardening/plain.html`;
const agg = new Map<string, number>(); const RUNS = Number(process.env.RUNS ?? 5); const evals: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile'] });
  await page.goto(url, { waitUntil: 'load' }); await page.waitForTimeout(500);
  const t: any = JSON.parse((await browser.stopTracing()).toString());
  const ev: any[] = Array.isArray(t) ? t : t.traceEvents;
  const task = ev.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('faq-widget.js'));
  evals.push(task.dur / 1000);
  const inside = ev.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task);
  for (const e of inside) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000 / RUNS);
  await context.close();
}
console.log('EvaluateScript', evals.map((x) => x.toFixed(1)).join(' '));
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(6)} ${k}`).join('\n'));
await browser.close(); await server.close();
