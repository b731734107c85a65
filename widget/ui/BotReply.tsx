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

export function BotReply({ w, m, last }: { w: Widget; m: BotMessage; last: boolean }) {
  const { config, chat } = w;
  const t = COPY.panel;
  if (m.kind === 'urgent' || m.kind === 'warning-signs') return <UrgentReply w={w} m={m} />;
  const md = m.entry && w.knowledge().entries.find((e) => e.id === m.entry)?.md;
  return (
    <div class="msg bot">
      {md ? <RichText md={md} /> : <p>{m.text}</p>}
      {m.kind === 'answer' &&
        (m.helpful === undefined ? (
          <p class="small">
            {t.helpful}{' '}
            <button type="button" class="link" onClick={() => chat.rate(m.id, true)}>
              {t.yes}
            </button>
            <button type="button" class="link" onClick={() => chat.rate(m.id, false)}>
              {t.no}
            </button>
          </p>
        ) : (
          <p class="small">{t.thanks}</p>
        ))}
      {m.kind === 'answer' && last && <Chips w={w} items={m.related} label={t.related} />}
      {m.kind === 'clarify' && <Chips w={w} items={m.suggestions} label={t.didYouMean} />}
      {(m.kind === 'fallback' || m.note === 'queued' || (m.kind === 'contact' && !w.contact)) && (
        <ContactOffer w={w} form={m.note !== 'queued'} />
      )}
      {m.kind === 'contact' && config.bookingUrl && (
        <a class="chip" href={config.bookingUrl} target="_blank" rel="noopener noreferrer">
          {t.bookOnline}
        </a>
      )}
    </div>
  );
}
