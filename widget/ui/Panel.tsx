// The chat window: a labelled, non-modal dialog. Escape closes it; the App moves focus.
import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { Icon } from './Icon.tsx';
import { MessageList } from './MessageList.tsx';
import { Composer } from './Composer.tsx';
import { ContactForm } from './ContactForm.tsx';

export function Panel({ w }: { w: Widget }) {
  const { chat, config } = w;
  const t = COPY.panel;
  const s = chat.get();
  const chatting = s.view === 'chat';
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
        {chatting && s.messages.length > 0 && (
          <button type="button" class="link" onClick={chat.clear}>
            {t.clear}
          </button>
        )}
        <button type="button" class="x" aria-label={t.close} onClick={() => chat.setOpen(false)}>
          <Icon close />
        </button>
      </div>
      {chatting ? <MessageList w={w} /> : <ContactForm w={w} />}
      {chatting && <Composer w={w} />}
      <p class="foot">{t.footer}</p>
    </div>
  );
}
