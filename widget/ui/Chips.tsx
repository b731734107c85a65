import { h } from 'preact';
import type { Suggestion } from '../engine/index.ts';
import type { Widget } from './types.ts';

/** Questions offered as buttons: starters, "did you mean" candidates, related questions. */
export function Chips({ widget, items, label }: { widget: Widget; items?: Suggestion[]; label: string }) {
  if (!items?.length) return null;
  return (
    <div class="chips" role="group" aria-label={label}>
      {items.map((suggestion) => (
        <button type="button" class="chip" onClick={() => widget.chat.choose(suggestion)}>
          {suggestion.question}
        </button>
      ))}
    </div>
  );
}
