import { h } from 'preact';
import type { Topic } from '../engine/types.ts';
import { suggestion } from '../engine/answer.ts';
import type { Widget } from './types.ts';
import { BotReply } from './BotReply.tsx';
import { Chips } from './Chips.tsx';

/** The first questions offered: the ones visitors ask most. */
const STARTERS: Topic[] = ['safety', 'vs-acupuncture', 'session-count', 'does-it-hurt'];

export function MessageList({ w }: { w: Widget }) {
  const { config } = w;
  const { messages } = w.chat.get();
  const entries = w.knowledge().entries;
  const starters = STARTERS.flatMap((t) => entries.filter((x) => x.topic === t).slice(0, 1).map(suggestion));
  return (
    <div
      class="log"
      role="log"
      aria-live="polite"
      aria-label="Conversation"
    >
      <div class="msg bot">
        {config.greeting || `Hi! Ask me about dry needling for sciatica${config.clinicName ? ` at ${config.clinicName}` : ''}.`}
      </div>
      {!messages.length && <Chips w={w} items={starters} label="Suggested questions" />}
      {messages.map((m, i) =>
        m.from === 'visitor' ? (
          <div class="msg visitor" key={m.id}>
            <span class="sr">You: </span>
            {m.text}
          </div>
        ) : (
          <BotReply key={m.id} w={w} m={m} last={i === messages.length - 1} />
        ),
      )}
    </div>
  );
}
