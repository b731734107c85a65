// The one door to the host page. Everything that touches window, document or the
// script tag lives here; the rest of the widget receives what it needs as arguments.
import { h, render } from 'preact';
import css from './ui/styles.css?inline';
import builtIn from 'virtual:knowledge';
import { App } from './ui/App.tsx';
import { parseConfig, type Config } from './config.ts';
import { ERRORS, warn } from './errors.ts';
import { createEmitter } from './events.ts';
import { safeStore } from './storage.ts';
import { theme } from './theme.ts';
import { createChat } from './chat/store.ts';
import { createContactFlow } from './chat/contact-flow.ts';
import { createApi, replay, type FaqWidgetApi } from './api.ts';
import { prepare } from './engine/answer.ts';
import { loadKnowledge } from './knowledge/load.ts';
import { createOutbox } from './contact/outbox.ts';
import { createCourier } from './contact/courier.ts';
import { buildLead, mailtoHref, newId } from './contact/lead.ts';
import type { Lead, LeadForm } from './contact/types.ts';
import type { StorageLike } from './platform.ts';

type Stub = { q?: unknown };
const w = window as Window & { FaqWidget?: FaqWidgetApi | Stub };
const doc = document;
const script = doc.currentScript as HTMLScriptElement | null;

/** Reading the storage property itself throws when the browser blocks storage. */
function storage(kind: 'sessionStorage' | 'localStorage'): StorageLike | null {
  try {
    return w[kind];
  } catch {
    return null;
  }
}

function start(config: Config): FaqWidgetApi {
  let knowledge = builtIn;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const later = (fn: () => void, ms: number) => timers.push(setTimeout(fn, ms));
  const fetch = w.fetch.bind(w);
  const events = createEmitter();
  const chat = createChat({ config, knowledge: () => knowledge, session: safeStore(storage('sessionStorage')), events });
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
      onOnline: (cb) => (w.addEventListener('online', cb), () => w.removeEventListener('online', cb)),
      emit: events.emit,
      lost,
    });
  if (!endpoint) warn(email ? ERRORS.noEndpoint : ERRORS.noContact);
  const send =
    courier &&
    ((form: LeadForm, honeypot: string) =>
      courier.send(buildLead({ id: newId(w.crypto), form, honeypot, transcript: chat.transcript(), page: location.origin + location.pathname, now: Date.now() })));
  const mailto = !courier && email ? (message: string) => mailtoHref(email, message, config.clinicName) : undefined;

  const host = doc.createElement('div');
  host.id = 'faq-widget';
  const root = doc.createElement('div');
  // Page builders and single-page apps may wipe the body: put the widget back, state intact.
  const observer = new MutationObserver(() => host.isConnected || doc.body?.append(host));
  const mount = () => {
    const t = theme(config.color);
    for (const [k, v] of [['color', t.color], ['on-color', t.on], ['ink', t.ink], ['z', config.zIndex]]) host.style.setProperty('--faq-' + k, String(v));
    const shadow = host.attachShadow({ mode: 'open' });
    // Constructable stylesheets pass a strict CSP (style-src 'self'); old browsers get <style nonce>.
    if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      const style = doc.createElement('style');
      style.nonce = config.nonce;
      style.textContent = css;
      shadow.append(style);
    }
    shadow.append(root);
    doc.body.append(host);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    render(h(App, { w: { chat, config, knowledge: () => knowledge, contact: send ? createContactFlow({ chat, send }) : undefined, mailto } }), root);
    // The search index is built once the page has settled (or on the first question), never at script start.
    later(() => prepare(knowledge), 1500);
    if (courier) later(courier.flush, 2500);
    if (config.knowledge)
      void loadKnowledge(config.knowledge, fetch, location.href, builtIn).then((k) => (typeof k === 'string' ? warn(ERRORS.knowledge(config.knowledge, k)) : (knowledge = k)));
  };
  // Evaluating the script only reads settings and restores the conversation; the widget is
  // drawn in a task of its own, when the browser is idle (at most 500 ms later), so the
  // host page's own loading goes first and no task of ours runs long.
  let idle = 0;
  const schedule = () => ('requestIdleCallback' in w ? (idle = w.requestIdleCallback(mount, { timeout: 500 })) : later(mount, 0));
  if (doc.body) schedule();
  else doc.addEventListener('DOMContentLoaded', schedule);

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
        doc.removeEventListener('DOMContentLoaded', schedule);
        observer.disconnect();
        if (idle) w.cancelIdleCallback(idle);
        timers.forEach(clearTimeout);
        if (courier) courier.destroy();
        render(null, root);
        host.remove();
        chat.destroy();
        events.clear();
        delete w.FaqWidget;
      },
    },
    () => chat.get().open,
  );
}

const prior = w.FaqWidget;
if ((prior && 'isOpen' in prior) || doc.getElementById('faq-widget')) warn(ERRORS.alreadyLoaded);
else {
  const { config, warnings } = parseConfig({ ...script?.dataset });
  warnings.forEach(warn);
  const api = start(config);
  w.FaqWidget = api;
  replay(api, (prior as Stub | undefined)?.q);
}
