import { h } from 'preact';
import { COPY } from '../copy.ts';
import { suggestion, type Topic } from '../engine/index.ts';
import type { Widget } from './types.ts';
import { BotReply } from './BotReply.tsx';
import { Chips } from './Chips.tsx';

/** The first questions offered: the ones visitors ask most. */
const STARTERS: Topic[] = ['safety', 'vs-acupuncture', 'session-count', 'does-it-hurt'];

export function MessageList({ w }: { w: Widget }) {
  const { config } = w;
  const t = COPY.panel;
  const { messages } = w.chat.get();
  const entries = w.knowledge().entries;
  const starters = STARTERS.flatMap((t) =>
    entries
      .filter((x) => x.topic === t)
      .slice(0, 1)
      .map(suggestion),
  );
  return (
    <div class="log" role="log" aria-live="polite" aria-label={t.conversation}>
      <div class="msg bot">{config.greeting || COPY.greeting(config.clinicName)}</div>
      {!messages.length && <Chips w={w} items={starters} label={t.starters} />}
      {messages.map((m, i) =>
        m.from === 'visitor' ? (
          <div class="msg visitor" key={m.id}>
            <span class="sr">{t.you}</span>
            {m.text}
          </div>
        ) : (
          <BotReply key={m.id} w={w} m={m} last={i === messages.length - 1} />
        ),
      )}
    </div>
  );
}
