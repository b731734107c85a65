// The one door to the host page: reads the script tag's settings, starts the widget once,
// and hands the page its API (replaying any calls queued before the script loaded). Only the
// reading happens while the script runs: the widget starts in a task of its own, so the
// host page's task that evaluates this script stays short.
// start.ts first: the bundle holds modules in the order they are first imported, and this one
// opens it with the knowledge JSON, then the engine and its words, which gzips best (-209 B).
import { start } from './start.ts';
import { parseConfig } from './config.ts';
import { ERRORS, warn } from './errors.ts';
import { createApi, replay, type FaqWidgetApi, type Widget } from './api.ts';

type Stub = { q?: unknown };
const win = window as Window & { FaqWidget?: FaqWidgetApi | Stub };
const script = document.currentScript as HTMLScriptElement | null;
const prior = win.FaqWidget;

if ((prior && 'isOpen' in prior) || document.getElementById('faq-widget')) warn(ERRORS.alreadyLoaded);
else {
  // The script element can be read only now, while it runs.
  const settings = { ...script?.dataset };
  let widget: Widget | undefined;
  /** The widget, started in the next task, or at once when the page calls on it first. */
  const started = () => {
    if (!widget) {
      const { config, warnings } = parseConfig(settings);
      warnings.forEach(warn);
      widget = start(win, config);
    }
    return widget;
  };
  const api = createApi(started, () => !!widget?.isOpen());
  win.FaqWidget = api;
  // Calls the page queued before the script arrived start the widget at once.
  replay(api, (prior as Stub | undefined)?.q);
  setTimeout(started);
}
