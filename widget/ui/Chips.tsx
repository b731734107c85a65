import { h } from 'preact';
import type { Suggestion } from '../engine/index.ts';
import type { Widget } from './types.ts';

/** Questions offered as buttons: starters, "did you mean" candidates, related questions. */
export function Chips({ w, items, label }: { w: Widget; items?: Suggestion[]; label: string }) {
  if (!items?.length) return null;
  return (
    <div class="chips" role="group" aria-label={label}>
      {items.map((s) => (
        <button type="button" class="chip" onClick={() => w.chat.choose(s)}>
          {s.question}
        </button>
      ))}
    </div>
  );
}
