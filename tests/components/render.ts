// Renders the real widget UI (store, engine, knowledge base) into happy-dom.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../widget/ui/App.tsx';
import { createLauncher } from '../../widget/launcher.ts';
import { createChat } from '../../widget/chat/store.ts';
import { createContactFlow } from '../../widget/chat/contact-flow.ts';
import { createEmitter } from '../../widget/events.ts';
import { safeStore } from '../../widget/storage.ts';
import { parseConfig } from '../../widget/config.ts';
import builtIn from 'virtual:knowledge';
import type { LeadForm, Outcome } from '../../widget/contact/types.ts';
import type { StorageLike } from '../../widget/platform.ts';
import type { Knowledge } from '../../widget/engine/index.ts';

/** The slim knowledge base exactly as it ships in the bundle. */
export const knowledge = builtIn();

export interface Rig {
  root: HTMLElement;
  events: [string, unknown][];
  sent: LeadForm[];
  $: <T extends Element = HTMLElement>(sel: string) => T | null;
  $$: (sel: string) => HTMLElement[];
  /** The first element matching `sel` whose text or aria-label is `text` (exactly, for a string). */
  byText: (sel: string, text: string | RegExp) => HTMLElement | undefined;
  click: (el: Element | null | undefined) => Promise<void>;
  type: (el: Element | null, value: string) => Promise<void>;
  key: (el: Element | null, key: string, init?: KeyboardEventInit) => Promise<void>;
  ask: (text: string) => Promise<void>;
  chat: ReturnType<typeof createChat>;
}

export async function mount(
  options: {
    dataset?: Record<string, string>;
    knowledge?: Knowledge;
    storage?: StorageLike | null;
    outcome?: Outcome['kind'] | ((form: LeadForm) => Outcome);
    mailto?: boolean;
  } = {},
): Promise<Rig> {
  document.body.innerHTML = '';
  const root = document.body.appendChild(document.createElement('div'));
  const config = parseConfig({
    clinicName: 'Test Clinic',
    endpoint: '/api/leads',
    phone: '(555) 010-0100',
    email: 'test@example.com',
    ...options.dataset,
  }).config;
  const emitter = createEmitter();
  const events: [string, unknown][] = [];
  for (const name of ['open', 'close', 'question', 'unanswered', 'urgent', 'feedback', 'escalate'])
    emitter.on(name, (payload) => events.push([name, payload]));
  const base = options.knowledge ?? knowledge;
  const chat = createChat({
    config,
    knowledge: () => base,
    session: safeStore(options.storage === undefined ? null : options.storage),
    events: emitter,
  });
  const sent: LeadForm[] = [];
  const out = options.outcome ?? 'sent';
  const send = config.endpoint
    ? async (form: LeadForm) => {
        sent.push({ ...form });
        return typeof out === 'function'
          ? out(form)
          : { kind: out, id: 'x', status: out === 'sent' ? 201 : out === 'queued' ? 0 : 400 };
      }
    : undefined;
  const mailto =
    !config.endpoint && config.email
      ? (text: string) => `mailto:${config.email}?body=${encodeURIComponent(text)}`
      : undefined;
  // As start.ts does it: the plain launcher beside the App's box.
  const launcher = createLauncher(document, () => chat.setOpen(!chat.get().open));
  const box = root.appendChild(document.createElement('div'));
  root.append(launcher.button);
  const widget = { chat, config, knowledge: () => base, contact: send && createContactFlow({ chat, send }), mailto };
  await act(() => render(h(App, { widget, launcher }), box));
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & Element>(sel) as T | null;
  const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  const rig: Rig = {
    root,
    events,
    sent,
    chat,
    $,
    $$,
    byText: (sel, text) => {
      const matches = (value: string) => (typeof text === 'string' ? value.trim() === text : text.test(value));
      return $$(sel).find((el) => matches(el.textContent ?? '') || matches(el.getAttribute('aria-label') ?? ''));
    },
    click: async (el) => {
      await act(() => (el as HTMLElement).click());
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    },
    type: async (el, value) => {
      await act(() => {
        (el as HTMLInputElement).value = value;
        el!.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    key: async (el, key, init = {}) => {
      await act(
        () => void el!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })),
      );
    },
    ask: async (text) => {
      if (!chat.get().open) await rig.click($('.launcher'));
      const box = $('textarea')!;
      await rig.type(box, text);
      await rig.key(box, 'Enter');
    },
  };
  return rig;
}
