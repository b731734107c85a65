// One reply, shaped by its kind: an answer with follow-ups, a "did you mean", an honest
// "I don't know" with a way to reach a person, or emergency advice and nothing else.
import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { BotMessage } from '../chat/types.ts';
import type { Widget } from './types.ts';
import { RichText } from './RichText.tsx';
import { Chips } from './Chips.tsx';
import { ContactOffer } from './ContactOffer.tsx';
import { UrgentReply } from './UrgentReply.tsx';

export function BotReply({ widget, reply, last }: { widget: Widget; reply: BotMessage; last: boolean }) {
  const { chat } = widget;
  const copy = COPY.panel;
  if (reply.kind === 'urgent' || reply.kind === 'warning-signs') return <UrgentReply widget={widget} reply={reply} />;
  const md = reply.entry && widget.knowledge().entries.find((entry) => entry.id === reply.entry)?.md;
  return (
    <div class="msg bot">
      {md ? <RichText md={md} /> : <p>{reply.text}</p>}
      {reply.kind === 'answer' &&
        (reply.helpful === undefined ? (
          <p class="small">
            {copy.helpful}{' '}
            <button type="button" class="link" onClick={() => chat.rate(reply.id, true)}>
              {copy.yes}
            </button>
            <button type="button" class="link" onClick={() => chat.rate(reply.id, false)}>
              {copy.no}
            </button>
          </p>
        ) : (
          <p class="small">{copy.thanks}</p>
        ))}
      {reply.kind === 'answer' && last && <Chips widget={widget} items={reply.related} label={copy.related} />}
      {reply.kind === 'clarify' && <Chips widget={widget} items={reply.suggestions} label={copy.didYouMean} />}
      {(reply.kind === 'fallback' ||
        reply.kind === 'booking' ||
        reply.note === 'queued' ||
        (reply.kind === 'contact' && !widget.contact)) && (
        <ContactOffer widget={widget} form={reply.note !== 'queued'} book={reply.kind === 'booking'} />
      )}
    </div>
  );
}
