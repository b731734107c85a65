// The arithmetic of `npm run bench:host`, kept free of the browser so the unit tests can hold
// it: what a DevTools trace says a page load cost its main thread, and how the figures of many
// loads are summed up, compared with the issue's floors and written as a table.
import type { TraceEvent } from './perf.ts';

/** One trace event with the fields read here (marks carry their frame; code events their script's url). */
export type HostTraceEvent = Omit<TraceEvent, 'args'> & {
  cat?: string;
  /** Thread (CPU) time of the event, µs: what the thread ran, without the time it waited or was descheduled. */
  tdur?: number;
  args?: { frame?: string; fileName?: string; data?: { url?: string; isMainFrame?: boolean; documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
};

export interface MainThreadFigures {
  /** Sum of the top-level main-thread tasks from the navigation's commit up to and including the task of the mark (ms). */
  workToMarkMs: number;
  /**
   * The thread (CPU) time of the same tasks (ms). Chromium's CPU throttling burns thread time
   * (4x throttling gives about 4-5x the thread time of no throttling), so this is still a 4x
   * figure; what it leaves out is the time the thread was descheduled for other processes,
   * which on a shared 2-core machine stretches the wall time by tens to hundreds of ms.
   */
  cpuToMarkMs: number;
  /** The longest top-level main-thread task from the commit to some time after the load event (ms). */
  longestTaskMs: number;
  /** The longest of those tasks that ran or compiled the widget's own code (ms); 0 if none did. */
  longestWidgetTaskMs: number;
}

export interface Navigation {
  /** The renderer main thread: where Blink recorded the navigation's marks. */
  pid: number;
  tid: number;
  /** navigationStart, µs */
  start: number;
  /** commitNavigationEnd of the same frame: the new document exists from here (µs). */
  commit: number;
}

/** The navigation to `url` in a trace: its renderer main thread, and when it started and committed. */
export function navigation(events: HostTraceEvent[], url: string): Navigation {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL === url);
  if (!start) throw new Error(`the trace has no navigationStart for ${url}`);
  const commit = events.find((e) => e.name === 'commitNavigationEnd' && e.pid === start.pid && e.args?.frame === start.args?.frame && e.ts >= start.ts);
  if (!commit) throw new Error(`the trace has no commitNavigationEnd for ${url}`);
  return { pid: start.pid, tid: start.tid, start: start.ts, commit: commit.ts };
}

/**
 * Top-level tasks (RunTask events with a duration) of one thread, in time order. A RunTask
 * inside another (a nested run loop) is part of its parent and is not counted again.
 */
export function topLevelTasks(events: HostTraceEvent[], pid: number, tid: number): HostTraceEvent[] {
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const out: HostTraceEvent[] = [];
  for (const t of tasks) {
    const last = out[out.length - 1];
    if (last && t.ts < last.ts + last.dur!) continue;
    out.push(t);
  }
  return out;
}

/** Events in which V8 compiles or runs a script, named by its url (module evaluation is not; see below). */
const CODE = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);

/**
 * Main-thread cost of one load of the page at `url`, from two user-timing marks the page made
 * on its main thread.
 *
 * Counting starts with the first task after the navigation's commit. The commit task itself
 * (and what ran before it) is left out: it is the same work whatever the page holds (unloading
 * the blank page, creating the new document's script contexts) and on a 2-core machine at 4x
 * throttling it varies by more than 100 ms from load to load, more than a widget costs.
 *
 * Work to `workMark` sums the top-level tasks that started after the commit and no later than
 * the mark, the mark's own task whole (it is the frame that paints what was waited for). The
 * longest task looks from the commit to `afterMs` past `settleMark` (the load event). A task is
 * the widget's when it compiles or runs a script whose url starts with one of `widgetUrls`, or
 * evaluates a module (the trace does not name the module; the host page has none).
 */
export function mainThreadFigures(
  events: HostTraceEvent[],
  url: string,
  marks: { work: string; settle: string; afterMs: number },
  widgetUrls: string[] = [],
): MainThreadFigures {
  const nav = navigation(events, url);
  const onMain = (e: HostTraceEvent) => e.pid === nav.pid && e.tid === nav.tid;
  const mark = (name: string) => {
    const m = events.find((e) => e.name === name && onMain(e) && e.ts >= nav.start && (e.cat ?? '').split(',').includes('blink.user_timing'));
    if (!m) throw new Error(`the trace has no user-timing mark "${name}" after navigation to ${url}`);
    return m.ts;
  };
  const tasks = topLevelTasks(events, nav.pid, nav.tid).filter((t) => t.ts > nav.commit);
  const work = tasks.filter((t) => t.ts <= mark(marks.work));
  const settled = tasks.filter((t) => t.ts <= mark(marks.settle) + marks.afterMs * 1000);
  const widget = (e: HostTraceEvent) => {
    if (e.ph !== 'X' || !onMain(e)) return false;
    if (e.name === 'v8.evaluateModule') return widgetUrls.length > 0;
    const src = e.args?.data?.url ?? e.args?.fileName;
    return CODE.has(e.name) && !!src && widgetUrls.some((u) => src.startsWith(u));
  };
  const code = events.filter(widget);
  const runsWidget = (t: HostTraceEvent) => code.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!);
  const longest = (list: HostTraceEvent[]) => Math.max(0, ...list.map((t) => t.dur!)) / 1000;
  return {
    workToMarkMs: work.reduce((sum, t) => sum + t.dur!, 0) / 1000,
    cpuToMarkMs: work.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000,
    longestTaskMs: longest(settled),
    longestWidgetTaskMs: longest(settled.filter(runsWidget)),
  };
}

/** Median, min and max of some runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(xs: number[]): Spread {
  if (!xs.length) throw new Error('no runs to sum up');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
}

/** One load's figures; undefined where the figure does not apply to that page. */
export interface LoadResult {
  workMs: number;
  cpuMs: number;
  longestTaskMs: number;
  longestWidgetTaskMs: number;
  bytes: number;
  heapBytes: number;
  clickToPanelMs?: number;
  enterToAnswerMs?: number;
}

export type Page = 'host' | 'ours' | 'peer';
export const PAGES: Page[] = ['host', 'ours', 'peer'];

/** Per page, per metric, over the runs; the widget figures with the host page alone taken off. */
export interface Summary {
  runs: number;
  workToLauncher: Record<Page, Spread>;
  cpuToLauncher: Record<Page, Spread>;
  longestTask: Record<Page, Spread>;
  longestWidgetTask: Record<'ours' | 'peer', Spread>;
  bytes: Record<'ours' | 'peer', Spread>;
  heapAdded: Record<'ours' | 'peer', Spread>;
  clickToPanel: Record<'ours' | 'peer', Spread | undefined>;
  enterToAnswer: Record<'ours' | 'peer', Spread | undefined>;
}

/**
 * Sums up interleaved runs. A widget's "added" figure for one load is that load minus the median
 * of the host page alone: a difference of medians, with each load's difference giving the min
 * and max. (Pairing each widget load with the host load of its own round was tried: on a busy
 * 2-core machine one slow host load then swings its pair by hundreds of ms, either way.)
 */
export function summarise(runs: Record<Page, LoadResult[]>): Summary {
  const n = runs.host.length;
  if (!n || runs.ours.length !== n || runs.peer.length !== n) throw new Error('every page needs the same number of runs');
  const added = (p: 'ours' | 'peer', key: 'workMs' | 'cpuMs' | 'heapBytes') => {
    const host = spread(runs.host.map((r) => r[key])).median;
    return spread(runs[p].map((r) => r[key] - host));
  };
  const optional = (p: 'ours' | 'peer', key: 'clickToPanelMs' | 'enterToAnswerMs') => {
    const xs = runs[p].map((r) => r[key]).filter((x): x is number => x !== undefined);
    return xs.length ? spread(xs) : undefined;
  };
  return {
    runs: n,
    workToLauncher: { host: spread(runs.host.map((r) => r.workMs)), ours: added('ours', 'workMs'), peer: added('peer', 'workMs') },
    cpuToLauncher: { host: spread(runs.host.map((r) => r.cpuMs)), ours: added('ours', 'cpuMs'), peer: added('peer', 'cpuMs') },
    longestTask: { host: spread(runs.host.map((r) => r.longestTaskMs)), ours: spread(runs.ours.map((r) => r.longestTaskMs)), peer: spread(runs.peer.map((r) => r.longestTaskMs)) },
    longestWidgetTask: { ours: spread(runs.ours.map((r) => r.longestWidgetTaskMs)), peer: spread(runs.peer.map((r) => r.longestWidgetTaskMs)) },
    bytes: { ours: spread(runs.ours.map((r) => r.bytes)), peer: spread(runs.peer.map((r) => r.bytes)) },
    heapAdded: { ours: added('ours', 'heapBytes'), peer: added('peer', 'heapBytes') },
    clickToPanel: { ours: optional('ours', 'clickToPanelMs'), peer: optional('peer', 'clickToPanelMs') },
    enterToAnswer: { ours: optional('ours', 'enterToAnswerMs'), peer: optional('peer', 'enterToAnswerMs') },
  };
}

/** The issue's floors, each judged on medians: PASS or MISS, with what was compared. */
export interface Floor {
  name: string;
  pass: boolean;
  detail: string;
}

export const LONGEST_TASK_FLOOR_MS = 30;
export const PANEL_FLOOR_MS = 100;
export const ANSWER_FLOOR_MS = 50;

export function floors(s: Summary): Floor[] {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
  const below = (name: string, ours: Spread | undefined, limit: number, show: (x: number) => string, than: string): Floor =>
    ours ? { name, pass: ours.median < limit, detail: `${show(ours.median)} vs ${than}` } : { name, pass: false, detail: 'not measured' };
  return [
    below('work to launcher < peer', s.workToLauncher.ours, s.workToLauncher.peer.median, ms, `peer ${ms(s.workToLauncher.peer.median)}`),
    below(`longest task running our code < ${LONGEST_TASK_FLOOR_MS} ms`, s.longestWidgetTask.ours, LONGEST_TASK_FLOOR_MS, ms, `${LONGEST_TASK_FLOOR_MS} ms`),
    below(`click to ready panel < ${PANEL_FLOOR_MS} ms`, s.clickToPanel.ours, PANEL_FLOOR_MS, ms, `${PANEL_FLOOR_MS} ms`),
    below(`Enter to answer < ${ANSWER_FLOOR_MS} ms`, s.enterToAnswer.ours, ANSWER_FLOOR_MS, ms, `${ANSWER_FLOOR_MS} ms`),
    below('bytes < peer', s.bytes.ours, s.bytes.peer.median, kb, `peer ${kb(s.bytes.peer.median)}`),
  ];
}

const fmtMs = (x: number) => x.toFixed(1);
const fmtKb = (x: number) => (x / 1024).toFixed(1);
const fmtMb = (x: number) => (x / (1024 * 1024)).toFixed(2);
/** "median [min-max]", or n/a. */
const cell = (s: Spread | undefined, f: (x: number) => string) => (s ? `${f(s.median)} [${f(s.min)}–${f(s.max)}]` : 'n/a');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}` : 'n/a');

/** Why the peer has no Enter-to-answer figure: said once, in the table and in the printout. */
export const PEER_NO_ANSWER = 'n/a: its API is a local port that answers 404, so it never answers';

/** The figures as rows: metric, host alone, ours, peer. */
export function rows(s: Summary): string[][] {
  return [
    ['main-thread work to launcher (ms; host: to load, painted)', cell(s.workToLauncher.host, fmtMs), cell(s.workToLauncher.ours, fmtMs), cell(s.workToLauncher.peer, fmtMs)],
    ['  the same in thread time (ms; not stretched by other processes)', cell(s.cpuToLauncher.host, fmtMs), cell(s.cpuToLauncher.ours, fmtMs), cell(s.cpuToLauncher.peer, fmtMs)],
    ['longest task, to load + 3 s (ms)', cell(s.longestTask.host, fmtMs), cell(s.longestTask.ours, fmtMs), cell(s.longestTask.peer, fmtMs)],
    ["longest task running the widget's code (ms)", '', cell(s.longestWidgetTask.ours, fmtMs), cell(s.longestWidgetTask.peer, fmtMs)],
    ['bytes downloaded (KB gzip -9)', '', cell(s.bytes.ours, fmtKb), cell(s.bytes.peer, fmtKb)],
    ['JS heap added, after GC (MB)', '', cell(s.heapAdded.ours, fmtMb), cell(s.heapAdded.peer, fmtMb)],
    ['click to ready panel (ms)', '', cell(s.clickToPanel.ours, fmtMs), cell(s.clickToPanel.peer, fmtMs)],
    ['Enter to answer (ms)', '', cell(s.enterToAnswer.ours, fmtMs), s.enterToAnswer.peer ? cell(s.enterToAnswer.peer, fmtMs) : 'n/a'],
  ];
}

/** Ours divided by the peer's medians, for the three figures the issue compares. */
export function ratios(s: Summary): [string, string][] {
  return [
    ['work to launcher', ratio(s.workToLauncher.ours.median, s.workToLauncher.peer.median)],
    ['its thread time', ratio(s.cpuToLauncher.ours.median, s.cpuToLauncher.peer.median)],
    ['longest task', ratio(s.longestTask.ours.median, s.longestTask.peer.median)],
    ["longest task running the widget's code", ratio(s.longestWidgetTask.ours.median, s.longestWidgetTask.peer.median)],
    ['bytes', ratio(s.bytes.ours.median, s.bytes.peer.median)],
  ];
}

/** The README's section: one markdown table, the ratios, the floors. */
export function markdown(s: Summary, peerName: string, setting: string): string {
  const lines = [
    `Written by \`npm run bench:host -- --write\` (${setting}; median [min–max] over ${s.runs} interleaved cold loads; timings vary from run to run and no test checks them):`,
    '',
    `| | host page alone | ours | ${peerName} |`,
    '|---|---|---|---|',
    ...rows(s).map((r) => `| ${r.join(' | ')} |`),
    '',
    `Ours / ${peerName} (medians): ${ratios(s)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}. The peer's Enter to answer is ${PEER_NO_ANSWER}.`,
    '',
    `Floors: ${floors(s)
      .map((f) => `${f.name} **${f.pass ? 'PASS' : 'MISS'}** (${f.detail})`)
      .join('; ')}.`,
    '',
  ];
  return lines.join('\n');
}
