// The events a host page can listen to with FaqWidget.on(). A handler that throws is
// the host's bug, not the visitor's problem: it is logged and the widget carries on.
import { ERRORS, warn } from './errors.ts';
import type { Level, ReplyKind, Topic } from './engine/index.ts';

export interface EventMap {
  open: Record<string, never>;
  close: Record<string, never>;
  question: { text: string; kind: ReplyKind; topic: Topic | null };
  unanswered: { text: string };
  urgent: { text: string; level: Level };
  feedback: { topic: Topic | null; helpful: boolean };
  escalate: { reason: 'fallback' | 'contact' | 'button' };
  'lead:sent': { id: string; status: number };
  'lead:queued': { id: string; status: number };
  'lead:failed': { id: string; status: number };
}

export type EventName = keyof EventMap;
export type Handler<E extends EventName = EventName> = (payload: EventMap[E]) => void;

export interface Emitter {
  on(event: string, handler: Handler): void;
  off(event: string, handler: Handler): void;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  clear(): void;
}

export function createEmitter(): Emitter {
  let handlers: [string, Handler][] = [];
  return {
    on: (event, handler) => typeof handler === 'function' && handlers.push([event, handler]),
    off: (event, handler) => (handlers = handlers.filter(([e, h]) => e !== event || h !== handler)),
    emit(event, payload) {
      for (const [e, h] of handlers)
        try {
          if (e === event) (h as Handler<typeof event>)(payload);
        } catch {
          warn(ERRORS.failed(`A "${event}" handler`));
        }
    },
    clear: () => (handlers = []),
  } as Emitter;
}
