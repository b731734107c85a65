// Main-thread measurements of the built widget in Chromium, shared by the long-task e2e test
// and `npm run bench`. CPU throttling makes this 2-core machine behave like a mid-range phone.
import type { Browser, Page } from 'playwright-core';

/** Chromium's DevTools "4x slowdown": roughly a mid-range phone next to a laptop. */
export const THROTTLE = 4;
/** The widget builds its search index 1.5 s after mounting and flushes its outbox at 2.5 s. */
export const SETTLE_MS = 3000;
/** Chromium's definition of a long task (and the RAIL budget). */
export const LONG_TASK_MS = 50;

type Probe = Window & { __longTasks?: number[] };

async function throttledPage(browser: Browser, rate: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/**
 * Loads `url` throttled and returns the duration (ms) of every long task from navigation until
 * SETTLE_MS after the load event. The observer is installed before any page script runs.
 */
export async function longTasks(browser: Browser, url: string, rate = THROTTLE): Promise<number[]> {
  const page = await throttledPage(browser, rate);
  try {
    await page.addInitScript(() => {
      const w = window as Probe;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks!.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return await page.evaluate(() => (window as Probe).__longTasks ?? []);
  } finally {
    await page.context().close();
  }
}

/** One Chrome trace event; only the fields read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

export interface LoadFigures {
  /** Main-thread time spent in the widget's own code before the page's load event. */
  widgetBeforeLoadMs: number;
  /** The same after load, within SETTLE_MS: the idle index build and the outbox flush. */
  widgetAfterLoadMs: number;
  /** The longest main-thread task that ran any of the widget's code. */
  longestWidgetTaskMs: number;
  /** The longest main-thread task of the whole page load (navigation to load + SETTLE_MS). */
  longestTaskMs: number;
}

const CODE = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall']);

/**
 * What is counted: on the renderer main thread, the events in which V8 runs or compiles the
 * widget's file (EvaluateScript, v8.compile, FunctionCall whose data.url is the widget). Timers,
 * idle callbacks, observers and event listeners the widget registered all surface as a
 * FunctionCall with the widget's url, so they are included without following TimerInstall ids.
 * Nested events (a compile inside an evaluation) are merged so nothing is counted twice. Style,
 * layout and paint are not counted: Chromium attributes them to the next frame, not to a script.
 * A "task" is a top-level RunTask; it is the widget's when one of its events lies inside it.
 */
export function loadFigures(events: TraceEvent[], widgetUrl = '/faq-widget.js'): LoadFigures {
  const isWidget = (e: TraceEvent) => CODE.has(e.name) && e.ph === 'X' && !!e.args?.data?.url?.endsWith(widgetUrl);
  const first = events.find((e) => e.name === 'EvaluateScript' && isWidget(e));
  if (!first) throw new Error('the trace has no evaluation of the widget: was it loaded?');
  const main = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === first.pid && e.args?.data?.isMainFrame);
  const loadTs = load?.ts ?? Infinity;
  const mine = merge(events.filter((e) => main(e) && isWidget(e)).map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]));
  const within = (from: number, to: number) => mine.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
  const tasks = events.filter((e) => main(e) && e.name === 'RunTask' && e.ph === 'X' && e.dur);
  const ownsWidget = (t: TraceEvent) => mine.some(([a]) => a >= t.ts && a < t.ts + t.dur!);
  const longest = (list: TraceEvent[]) => Math.max(0, ...list.map((t) => t.dur!)) / 1000;
  return {
    widgetBeforeLoadMs: within(-Infinity, loadTs) / 1000,
    widgetAfterLoadMs: within(loadTs, loadTs + SETTLE_MS * 1000) / 1000,
    longestWidgetTaskMs: longest(tasks.filter(ownsWidget)),
    longestTaskMs: longest(tasks.filter((t) => t.ts <= loadTs + SETTLE_MS * 1000)),
  };
}

/** Sorted, non-overlapping union of [start, end] intervals. */
function merge(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Loads `url` throttled under a DevTools trace and measures it. Chromium only. */
export async function traceLoad(browser: Browser, url: string, rate = THROTTLE): Promise<LoadFigures> {
  const page = await throttledPage(browser, rate);
  try {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    return loadFigures(Array.isArray(trace) ? trace : trace.traceEvents);
  } finally {
    await page.context().close();
  }
}
