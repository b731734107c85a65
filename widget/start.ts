// Wires the widget together for one page: the conversation, the courier that delivers
// leads, the clinic's own knowledge base, drawing on the page, and the page API.
// The browser comes in as `win`, so nothing here reads a global.
// In this order the bundle holds the knowledge, the engine, then Preact beside the panel's
// own code (bundle order is import order; 55 bytes less gzipped than Preact first).
import css from './ui/styles.css?inline';
import builtIn from 'virtual:knowledge';
import { warmUpSteps, type Knowledge } from './engine/index.ts';
import { App } from './ui/App.tsx';
import { h, render } from 'preact';
import type { Config } from './config.ts';
import { ERRORS, warn } from './errors.ts';
import { createEmitter } from './events.ts';
import { safeStore } from './storage.ts';
import { createChat } from './chat/store.ts';
import { createContactFlow } from './chat/contact-flow.ts';
import type { Widget } from './api.ts';
import { fetchKnowledge } from './answers/fetch.ts';
import { createOutbox } from './contact/outbox.ts';
import { createCourier } from './contact/courier.ts';
import { buildLead, mailtoHref, newId } from './contact/lead.ts';
import type { Lead, LeadForm } from './contact/types.ts';
import type { StorageLike } from './platform.ts';
import { createLauncher, type Launcher } from './launcher.ts';
import { mount, type Mounted } from './mount.ts';
import { whenIdle } from './schedule.ts';

/** Leads queued on an earlier page are retried a little after the conversation wakes. */
const FLUSH_MS = 2500;

/**
 * Each step is its own task, so none runs long on a phone. At load: the settings only. When the
 * page is idle: the host element and a plain launcher; then, each at its own idle moment, the
 * stored conversation and the outbox, the (closed) App, the knowledge base, its search index and
 * the red-flag indexes. Reaching for the launcher, or a call of the page API, wakes it at once.
 */
export function start(win: Window, config: Config): Widget {
  /** The clinic's own knowledge base once fetched and checked; until then the built-in one. */
  let clinics: Knowledge | undefined;
  const knowledge = () => clinics ?? builtIn();
  let awake: ReturnType<typeof wake> | undefined;
  let drawn: { mounted: Mounted; launcher: Launcher; panel: HTMLElement } | undefined;
  let rendered = false;
  const cancels: (() => void)[] = [];
  const timers: ReturnType<typeof setTimeout>[] = [];
  const later = (fn: () => void, ms: number) => timers.push(setTimeout(fn, ms));
  const idle = (fn: () => void) => cancels.push(whenIdle(win, fn));
  /** Reading the storage property itself throws when the browser blocks storage. */
  const storage = (kind: 'sessionStorage' | 'localStorage'): StorageLike | null => {
    try {
      return win[kind];
    } catch {
      return null;
    }
  };
  const fetch = win.fetch.bind(win);
  const location = win.location;
  const events = createEmitter();
  const { endpoint, email } = config;
  if (!endpoint) warn(email ? ERRORS.noEndpoint : ERRORS.noContact);

  /** The conversation, restored from this tab's storage, and the courier that delivers leads. */
  function wake() {
    const chat = createChat({ config, knowledge, session: safeStore(storage('sessionStorage')), events });
    // A queued message that will never arrive: the visitor hears of it, the site's listeners too.
    const lost = (lead: Lead, status = 0) => (chat.lost(lead), events.emit('lead:failed', { id: lead.id, status }));
    const courier =
      endpoint &&
      createCourier({
        endpoint,
        outbox: createOutbox(storage('localStorage'), Date.now, (e) => lost(e.lead)),
        fetch,
        // Called unbound, which window's timer functions allow (fetch does not: it is bound above).
        setTimeout: setTimeout as (cb: () => void, ms: number) => unknown,
        clearTimeout: clearTimeout as (t: unknown) => void,
        random: Math.random,
        onOnline: (cb) => (win.addEventListener('online', cb), () => win.removeEventListener('online', cb)),
        emit: events.emit,
        lost,
      });
    const contact = courier
      ? createContactFlow({
          chat,
          send: (form: LeadForm, honeypot: string) =>
            courier.send(
              buildLead({
                id: newId(win.crypto),
                form,
                honeypot,
                transcript: chat.transcript(),
                page: location.origin + location.pathname,
                now: Date.now(),
              }),
            ),
        })
      : undefined;
    const mailto = !courier && email ? (message: string) => mailtoHref(email, message) : undefined;
    if (courier) later(courier.flush, FLUSH_MS);
    if (config.knowledge)
      void fetchKnowledge(config.knowledge, fetch, location.href, builtIn()).then((k) =>
        typeof k === 'string' ? warn(ERRORS.knowledge(config.knowledge, k)) : (clinics = k),
      );
    return { chat, courier, widget: { chat, config, knowledge, contact, mailto } };
  }

  /** The conversation, woken on first need. */
  const conversation = () => (awake ??= wake());

  /** The conversation, with the App drawn once there is a place for it. */
  function boot() {
    const { chat, widget } = conversation();
    if (drawn && !rendered) {
      rendered = true;
      render(h(App, { widget, launcher: drawn.launcher }), drawn.panel);
      // Each in its own idle task: the knowledge base parsed, then the engine's start-up steps.
      idle(knowledge);
      idle(() => warmUpSteps(knowledge()).forEach(idle));
    }
    return chat;
  }
  const toggle = () => boot().setOpen(!boot().get().open);

  idle(() => {
    const mounted = mount(win.document, config, css);
    const panel = win.document.createElement('div');
    const launcher = createLauncher(win.document, toggle, boot);
    mounted.root.append(panel, launcher.button);
    drawn = { mounted, launcher, panel };
    // The stored conversation and the outbox in one idle task, the App drawn in the next.
    idle(conversation);
    idle(boot);
  });

  return {
    commands: {
      open: () => boot().setOpen(true),
      close: () => boot().setOpen(false),
      toggle,
      ask: (text: string) => (boot().setOpen(true), boot().ask(text)),
      contact: () => (endpoint ? boot().contact('button') : boot().setOpen(true)),
      on: events.on,
      off: events.off,
      destroy() {
        cancels.forEach((cancel) => cancel());
        timers.forEach(clearTimeout);
        if (awake?.courier) awake.courier.destroy();
        if (drawn) {
          if (rendered) render(null, drawn.panel);
          drawn.mounted.remove();
        }
        awake?.chat.destroy();
        events.clear();
        delete (win as { FaqWidget?: unknown }).FaqWidget;
      },
    },
    isOpen: () => boot().get().open,
  };
}
