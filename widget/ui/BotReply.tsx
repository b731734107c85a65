// One reply, shaped by its kind: an answer with follow-ups, a "did you mean", an honest
// "I don't know" with a way to reach a person, or emergency advice and nothing else.
import { h } from 'preact';
import type { BotMessage } from '../chat/types.ts';
import type { Widget } from './types.ts';
import { RichText } from './RichText.tsx';
import { Chips } from './Chips.tsx';
import { ContactOffer } from './ContactOffer.tsx';
import { UrgentReply } from './UrgentReply.tsx';

export function BotReply({ w, m, last }: { w: Widget; m: BotMessage; last: boolean }) {
  const { config, chat } = w;
  if (m.kind === 'urgent' || m.kind === 'warning-signs') return <UrgentReply w={w} m={m} />;
  const md = m.entry && w.knowledge().entries.find((e) => e.id === m.entry)?.md;
  return (
    <div class="msg bot">
      {md ? <RichText md={md} /> : <p>{m.text}</p>}
      {m.kind === 'answer' &&
        (m.helpful === undefined ? (
          <p class="small">
            Was this helpful?{' '}
            <button type="button" class="link" onClick={() => chat.rate(m.id, true)}>
              Yes
            </button>
            <button type="button" class="link" onClick={() => chat.rate(m.id, false)}>
              No
            </button>
          </p>
        ) : (
          <p class="small">Thanks for letting us know.</p>
        ))}
      {m.kind === 'answer' && last && <Chips w={w} items={m.related} label="Related questions" />}
      {m.kind === 'clarify' && <Chips w={w} items={m.suggestions} label="Did you mean" />}
      {(m.kind === 'fallback' || m.note === 'queued' || (m.kind === 'contact' && !w.send)) && <ContactOffer w={w} form={m.note !== 'queued'} />}
      {m.kind === 'contact' && config.bookingUrl && (
        <a class="chip" href={config.bookingUrl} target="_blank" rel="noopener noreferrer">
          Book online
        </a>
      )}
    </div>
  );
}
