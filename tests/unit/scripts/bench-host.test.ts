// npm run bench:host measures in a browser, which no unit test does; what it computes from what
// it measured is held here: the trace arithmetic on small synthetic traces, the medians of
// paired runs, the floors, and the few things the command decides before it starts a browser.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { capture } from '../../../scripts/lib/cli.ts';
import { allowed, benchHostCommand, inPage } from '../../../scripts/bench-host.ts';
import {
  floors,
  mainThreadFigures,
  markdown,
  navigation,
  spread,
  summarise,
  topLevelTasks,
  type HostTraceEvent,
  type LoadResult,
  type Summary,
} from '../../../scripts/lib/host-cost.ts';

const URL = 'http://127.0.0.1:4000/ours.html';
const WIDGET = 'http://127.0.0.1:4000/faq-widget.js';
const PID = 10;
const TID = 11;
const ms = (n: number) => n * 1000;

/** A top-level task on the page's main thread (or elsewhere), times in ms. */
const task = (at: number, dur: number, where: Partial<HostTraceEvent> = {}): HostTraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid: PID,
  tid: TID,
  ts: ms(at),
  dur: ms(dur),
  cat: 'disabled-by-default-devtools.timeline',
  ...where,
});
const mark = (name: string, at: number, cat = 'blink.user_timing'): HostTraceEvent => ({ name, ph: 'R', pid: PID, tid: TID, ts: ms(at), cat, args: { frame: 'F' } });
const call = (at: number, dur: number, url: string): HostTraceEvent => ({ name: 'FunctionCall', ph: 'X', pid: PID, tid: TID, ts: ms(at), dur: ms(dur), args: { data: { url } } });

/** Navigation at 0, committed at 20; the launcher mark at 100, the load event at 90. */
function trace(...extra: HostTraceEvent[]): HostTraceEvent[] {
  return [
    { ...mark('navigationStart', 0), args: { frame: 'F', data: { documentLoaderURL: URL, isLoadingMainFrame: true } } },
    mark('commitNavigationEnd', 20),
    mark('loaded', 90),
    mark('launcher', 100),
    ...extra,
  ];
}
const MARKS = { work: 'launcher', settle: 'loaded', afterMs: 3000 };

describe('main-thread work from a trace', () => {
  it('sums the top-level main-thread tasks after the commit up to the task that holds the mark, that task whole', () => {
    const events = trace(task(30, 10), task(50, 7), task(98, 12));
    expect(mainThreadFigures(events, URL, MARKS).workToMarkMs).toBe(29);
  });

  it('also sums the CPU time of the same tasks, which a busy machine does not stretch', () => {
    const events = trace(task(30, 10, { tdur: ms(2) }), task(50, 7, { tdur: ms(1.5) }), task(98, 12, { tdur: ms(3) }), task(150, 9, { tdur: ms(9) }));
    expect(mainThreadFigures(events, URL, MARKS).cpuToMarkMs).toBe(6.5);
  });

  it('leaves out the commit task and what ran before it', () => {
    const events = trace(task(2, 5), task(15, 40), task(60, 3));
    expect(mainThreadFigures(events, URL, MARKS).workToMarkMs).toBe(3);
  });

  it('leaves out tasks that start after the mark, tasks of other threads and other processes', () => {
    const events = trace(task(30, 4), task(101, 50), task(40, 30, { tid: 99 }), task(50, 30, { pid: 77 }));
    expect(mainThreadFigures(events, URL, MARKS).workToMarkMs).toBe(4);
  });

  it('counts a task nested in another task once, as part of its parent', () => {
    const events = trace(task(30, 10), task(32, 5), task(60, 2));
    expect(mainThreadFigures(events, URL, MARKS).workToMarkMs).toBe(12);
    expect(topLevelTasks(events, PID, TID).map((t) => t.ts)).toEqual([ms(30), ms(60)]);
  });

  it('takes the longest task up to the settle time after the load event, not beyond', () => {
    const events = trace(task(30, 10), task(500, 25), task(3089, 40), task(3091, 90));
    expect(mainThreadFigures(events, URL, MARKS).longestTaskMs).toBe(40);
  });

  it("finds the longest task that ran the widget's code, and no other", () => {
    const events = trace(task(30, 60), task(200, 20), call(205, 3, WIDGET), task(300, 15), call(301, 1, WIDGET), call(40, 5, 'http://127.0.0.1:4000/other.js'));
    const figures = mainThreadFigures(events, URL, MARKS, [WIDGET]);
    expect(figures.longestTaskMs).toBe(60);
    expect(figures.longestWidgetTaskMs).toBe(20);
    expect(mainThreadFigures(events, URL, MARKS, []).longestWidgetTaskMs).toBe(0);
  });

  it('reads only user-timing marks, so an event of the same name in another category is not the mark', () => {
    const events = trace(task(30, 10), task(60, 10)).map((e) => (e.name === 'launcher' ? { ...e, ts: ms(65) } : e));
    expect(mainThreadFigures(events, URL, MARKS).workToMarkMs).toBe(20);
    const wrongCategory = trace(task(30, 10)).map((e) => (e.name === 'launcher' ? { ...e, cat: 'devtools.timeline' } : e));
    expect(() => mainThreadFigures(wrongCategory, URL, MARKS)).toThrow(/no user-timing mark "launcher"/);
  });

  it('finds the navigation by its url and says so when the page never loaded', () => {
    expect(navigation(trace(), URL)).toEqual({ pid: PID, tid: TID, start: 0, commit: ms(20) });
    expect(() => navigation(trace(), 'http://127.0.0.1:4000/peer.html')).toThrow(/no navigationStart for .*peer\.html/);
  });
});

const load = (workMs: number, extra: Partial<LoadResult> = {}): LoadResult => ({ workMs, cpuMs: 0, longestTaskMs: 0, longestWidgetTaskMs: 0, bytes: 0, heapBytes: 0, ...extra });

describe('summing up the runs', () => {
  it('gives the median with the min and the max, the median of an even count halfway', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(spread([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10 });
  });

  it("takes each widget load minus the median of the host page alone, so one slow host load moves nothing", () => {
    const s = summarise({
      host: [load(100), load(900), load(150)],
      ours: [load(130), load(260), load(155)],
      peer: [load(300), load(210), load(160)],
    });
    expect(s.workToLauncher.host).toEqual({ median: 150, min: 100, max: 900 });
    expect(s.workToLauncher.ours).toEqual({ median: 5, min: -20, max: 110 });
    expect(s.workToLauncher.peer).toEqual({ median: 60, min: 10, max: 150 });
  });

  it('leaves out a timing a load could not take, and says n/a when no load took it', () => {
    const s = summarise({
      host: [load(1), load(1)],
      ours: [load(1, { clickToPanelMs: 40 }), load(1)],
      peer: [load(1), load(1)],
    });
    expect(s.clickToPanel.ours).toEqual({ median: 40, min: 40, max: 40 });
    expect(s.enterToAnswer.peer).toBeUndefined();
  });
});

function summary(ours: { work: number; task: number; panel?: number; answer?: number; bytes: number }): Summary {
  const one = (x: number) => ({ median: x, min: x, max: x });
  return {
    runs: 1,
    workToLauncher: { host: one(100), ours: one(ours.work), peer: one(36) },
    cpuToLauncher: { host: one(20), ours: one(ours.work / 4), peer: one(9) },
    longestTask: { host: one(70), ours: one(80), peer: one(80) },
    longestWidgetTask: { ours: one(ours.task), peer: one(50) },
    bytes: { ours: one(ours.bytes), peer: one(51_000) },
    heapAdded: { ours: one(400_000), peer: one(500_000) },
    clickToPanel: { ours: ours.panel === undefined ? undefined : one(ours.panel), peer: one(60) },
    enterToAnswer: { ours: ours.answer === undefined ? undefined : one(ours.answer), peer: undefined },
  };
}

describe("the issue's floors", () => {
  it('passes each floor only below its limit', () => {
    const verdicts = (s: Summary) => floors(s).map((f) => f.pass);
    expect(verdicts(summary({ work: 35, task: 29.9, panel: 99, answer: 49, bytes: 50_000 }))).toEqual([true, true, true, true, true]);
    expect(verdicts(summary({ work: 36, task: 30, panel: 100, answer: 50, bytes: 51_000 }))).toEqual([false, false, false, false, false]);
  });

  it('misses a floor that was not measured, and says so', () => {
    const panel = floors(summary({ work: 1, task: 1, bytes: 1 }))[2];
    expect(panel).toEqual({ name: 'click to ready panel < 100 ms', pass: false, detail: 'not measured' });
  });

  it("writes a markdown table with the peer's Enter to answer as n/a, and the ratios", () => {
    const text = markdown(summary({ work: 18, task: 20, panel: 50, answer: 30, bytes: 25_600 }), 'Peer 1.0', 'a test');
    expect(text).toContain('| | host page alone | ours | Peer 1.0 |');
    expect(text).toMatch(/\| Enter to answer \(ms\) \|\s+\| 30\.0 \[30\.0–30\.0\] \| n\/a \|/);
    expect(text).toContain('work to launcher 0.50');
    expect(text).toContain('bytes 0.50');
  });
});

describe('npm run bench:host before it starts a browser', () => {
  it.each([
    [['--runs', '0'], /--runs needs a whole number of at least 1, not 0/],
    [['--runs', 'many'], /--runs needs a whole number of at least 1, not many/],
    [['--bogus'], /unknown argument --bogus/],
  ])('refuses %j with its usage and exit 2', async (argv, message) => {
    const r = await capture(benchHostCommand, argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('lets requests go to loopback only', () => {
    expect(['http://127.0.0.1:5000/a.js', 'http://localhost/x', 'http://[::1]:80/', 'data:text/plain,hi'].map(allowed)).toEqual([true, true, true, true]);
    expect(['https://www.openchatstudio.com/api/chat/start/', 'http://127.0.0.2/x', 'https://unpkg.com/x.js'].map(allowed)).toEqual([false, false, false]);
  });

  it('gives the page source that runs without the helper tsx names its functions with', () => {
    // What tsx makes of `(n) => { const twice = () => n * 2; return twice(); }`; vitest does not name functions.
    const compiled = new Function('return (n) => { const twice = __name(() => n * 2, "twice"); return twice(); }')() as (n: number) => number;
    expect(runInNewContext(inPage(compiled, 21))).toBe(42);
  });
});
