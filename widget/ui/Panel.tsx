// The chat window: a labelled, non-modal dialog. Escape closes it; the App moves focus.
import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { MessageList } from './MessageList.tsx';
import { Composer } from './Composer.tsx';
import { ContactForm } from './ContactForm.tsx';

export function Panel({ widget }: { widget: Widget }) {
  const { chat, config } = widget;
  const copy = COPY.panel;
  const state = chat.get();
  const chatting = state.view === 'chat';
  return (
    <div
      id="faq-panel"
      class="panel"
      role="dialog"
      aria-labelledby="faq-title"
      onKeyDown={(e) => e.key === 'Escape' && chat.setOpen(false)}
    >
      <div class="head">
        <h2 id="faq-title">{config.clinicName || COPY.title}</h2>
        {config.bookingUrl && (
          <a class="link" href={config.bookingUrl} target="_blank" rel="noopener noreferrer">
            {copy.bookOnline}
          </a>
        )}
        {chatting && state.messages.length > 0 && (
          <button type="button" class="link" onClick={chat.clear}>
            {copy.clear}
          </button>
        )}
        {/* Its cross is drawn by the stylesheet (.i.open), as the launcher's is. */}
        <button type="button" class="x i open" aria-label={copy.close} onClick={() => chat.setOpen(false)} />
      </div>
      {chatting ? <MessageList widget={widget} /> : <ContactForm widget={widget} />}
      {chatting && <Composer widget={widget} />}
      <p class="foot">{copy.footer}</p>
    </div>
  );
}
