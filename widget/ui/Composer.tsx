// Where the visitor types. 16 px text so iOS does not zoom; Enter sends, Shift+Enter
// starts a new line; the limit is shown before it is reached.
import { h } from 'preact';
import { COPY } from '../copy.ts';
import { MAX_QUESTION } from '../chat/store.ts';
import type { Widget } from './types.ts';

export function Composer({ widget }: { widget: Widget }) {
  const { chat } = widget;
  const copy = COPY.panel;
  const { text } = chat.get();
  const left = MAX_QUESTION - text.length;
  const send = () => {
    if (!text.trim()) return;
    chat.type('');
    chat.ask(text);
  };
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        aria-label={copy.ask}
        aria-describedby={left <= 100 ? 'faq-left' : undefined}
        placeholder={copy.ask}
        rows={1}
        maxLength={MAX_QUESTION}
        value={text}
        onInput={(e) => chat.type(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" class="btn">
        {copy.send}
      </button>
      {left <= 100 && (
        <p id="faq-left" class="small" aria-live="polite">
          {copy.left(left)}
        </p>
      )}
    </form>
  );
}
