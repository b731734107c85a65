// The page API: window.FaqWidget. Callable as a function too, so the queue stub's
// FaqWidget('open') keeps working after the script loads. Each command runs alone: one
// that fails or is unknown is logged and the rest still run.
import { ERRORS, warn } from './errors.ts';
import type { Handler } from './events.ts';

export interface FaqWidgetApi {
  (command: string, ...args: unknown[]): void;
  /** Opens the chat panel. */
  open(): void;
  /** Closes the chat panel. */
  close(): void;
  /** Opens the panel if closed, closes it if open. */
  toggle(): void;
  /** Opens the panel and asks a question as if the visitor typed it. */
  ask(text: string): void;
  /** Opens the panel on the contact form (or, without an endpoint, on the ways to reach the clinic). */
  contact(): void;
  /** Listens to a widget event; see the README for the list. */
  on(event: string, handler: Handler): void;
  /** Stops listening. */
  off(event: string, handler: Handler): void;
  /** Removes the widget: every node, listener and timer it added. */
  destroy(): void;
  /** Whether the panel is open. */
  readonly isOpen: boolean;
}

/** The page API's commands: each is also a method of window.FaqWidget. */
export const COMMANDS = ['open', 'close', 'toggle', 'ask', 'contact', 'on', 'off', 'destroy'] as const;

export type Commands = Record<(typeof COMMANDS)[number], (...args: never[]) => void>;

/** What the API drives: the widget's commands and whether its panel is open. */
export interface Widget {
  commands: Commands;
  isOpen(): boolean;
}

/**
 * The API over a widget that is started on first need: `widget` is called only when a command
 * runs, so the page can hold the API before the widget exists.
 */
export function createApi(widget: () => Widget, isOpen: () => boolean): FaqWidgetApi {
  const api = ((name: string, ...args: unknown[]) => {
    // Known names only: a page that extends Object.prototype must not add commands.
    if (!(COMMANDS as readonly string[]).includes(name)) return warn(ERRORS.unknownCommand(String(name)));
    try {
      (widget().commands[name as keyof Commands] as (...a: unknown[]) => void)(...args);
    } catch {
      warn(ERRORS.failed(`FaqWidget("${name}")`));
    }
  }) as FaqWidgetApi;
  for (const name of COMMANDS) Object.assign(api, { [name]: (...a: unknown[]) => api(name, ...a) });
  return Object.defineProperty(api, 'isOpen', { get: isOpen });
}

/** Replays what the queue stub collected before the script arrived. */
export function replay(api: FaqWidgetApi, queue: unknown): void {
  if (Array.isArray(queue)) for (const args of queue) api(...(Array.from(args as ArrayLike<unknown>) as [string]));
}
