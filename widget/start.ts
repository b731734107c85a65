// Wires the widget together for one page: the conversation, the courier that delivers
// leads, the clinic's own knowledge base, drawing on the page, and the page API.
// The browser comes in as `win`, so nothing here reads a global.
import { h, render } from 'preact';
import css from './ui/styles.css?inline';
import builtIn from 'virtual:knowledge';
import { App } from './ui/App.tsx';
import type { Config } from './config.ts';
import { ERRORS, warn } from './errors.ts';
import { createEmitter } from './events.ts';
import { safeStore } from './storage.ts';
import { createChat } from './chat/store.ts';
import { createContactFlow } from './chat/contact-flow.ts';
import { createApi, type FaqWidgetApi } from './api.ts';
import { prepare } from './engine/index.ts';
import { fetchKnowledge } from './answers/fetch.ts';
import { createOutbox } from './contact/outbox.ts';
import { createCourier } from './contact/courier.ts';
import { buildLead, mailtoHref, newId } from './contact/lead.ts';
import type { Lead, LeadForm } from './contact/types.ts';
import type { StorageLike } from './platform.ts';
import { mount, type Mounted } from './mount.ts';
import { whenIdle } from './schedule.ts';

/** The search index is built once the page has settled (or on the first question), never at script start. */
const PREPARE_MS = 1500;
/** Leads queued on an earlier page are retried a little after that. */
const FLUSH_MS = 2500;

export function start(win: Window, config: Config): FaqWidgetApi {
  let knowledge = builtIn;
  let mounted: Mounted | undefined;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const later = (fn: () => void, ms: number) => timers.push(setTimeout(fn, ms));
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
  const chat = createChat({
    config,
    knowledge: () => knowledge,
    session: safeStore(storage('sessionStorage')),
    events,
  });
  const { endpoint, email } = config;
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
  if (!endpoint) warn(email ? ERRORS.noEndpoint : ERRORS.noContact);
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
  const mailto = !courier && email ? (message: string) => mailtoHref(email, message, config.clinicName) : undefined;

  const cancel = whenIdle(win, () => {
    mounted = mount(win.document, config, css);
    render(h(App, { widget: { chat, config, knowledge: () => knowledge, contact, mailto } }), mounted.root);
    later(() => prepare(knowledge), PREPARE_MS);
    if (courier) later(courier.flush, FLUSH_MS);
    if (config.knowledge)
      void fetchKnowledge(config.knowledge, fetch, location.href, builtIn).then((k) =>
        typeof k === 'string' ? warn(ERRORS.knowledge(config.knowledge, k)) : (knowledge = k),
      );
  });

  const setOpen = chat.setOpen;
  return createApi(
    {
      open: () => setOpen(true),
      close: () => setOpen(false),
      toggle: () => setOpen(!chat.get().open),
      ask: (text: string) => (setOpen(true), chat.ask(text)),
      on: events.on,
      off: events.off,
      destroy() {
        cancel();
        timers.forEach(clearTimeout);
        if (courier) courier.destroy();
        if (mounted) {
          render(null, mounted.root);
          mounted.remove();
        }
        chat.destroy();
        events.clear();
        delete (win as { FaqWidget?: unknown }).FaqWidget;
      },
    },
    () => chat.get().open,
  );
}
