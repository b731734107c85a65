// The one door to the host page: reads the script tag's settings, starts the widget once,
// and hands the page its API (replaying any calls queued before the script loaded).
import { parseConfig } from './config.ts';
import { ERRORS, warn } from './errors.ts';
import { replay, type FaqWidgetApi } from './api.ts';
import { start } from './start.ts';

type Stub = { q?: unknown };
const win = window as Window & { FaqWidget?: FaqWidgetApi | Stub };
const script = document.currentScript as HTMLScriptElement | null;
const prior = win.FaqWidget;

if ((prior && 'isOpen' in prior) || document.getElementById('faq-widget')) warn(ERRORS.alreadyLoaded);
else {
  const { config, warnings } = parseConfig({ ...script?.dataset });
  warnings.forEach(warn);
  const api = start(win, config);
  win.FaqWidget = api;
  replay(api, (prior as Stub | undefined)?.q);
}
