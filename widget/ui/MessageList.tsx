import { h } from 'preact';
import { COPY } from '../copy.ts';
import { suggestion, type Topic } from '../engine/index.ts';
import type { Widget } from './types.ts';
import { BotReply } from './BotReply.tsx';
import { Chips } from './Chips.tsx';

/** The first questions offered: the ones visitors ask most. */
const STARTERS: Topic[] = ['safety', 'vs-acupuncture', 'session-count', 'does-it-hurt'];

export function MessageList({ widget }: { widget: Widget }) {
  const { config } = widget;
  const copy = COPY.panel;
  const { messages } = widget.chat.get();
  const entries = widget.knowledge().entries;
  const starters = STARTERS.flatMap((topic) =>
    entries
      .filter((entry) => entry.topic === topic)
      .slice(0, 1)
      .map(suggestion),
  );
  return (
    <div class="log" role="log" aria-live="polite" aria-label={copy.conversation}>
      <div class="msg bot">{config.greeting || COPY.greeting(config.clinicName)}</div>
      {!messages.length && <Chips widget={widget} items={starters} label={copy.starters} />}
      {messages.map((message, i) =>
        message.from === 'visitor' ? (
          <div class="msg visitor" key={message.id}>
            <span class="sr">{copy.you}</span>
            {message.text}
          </div>
        ) : (
          <BotReply key={message.id} widget={widget} reply={message} last={i === messages.length - 1} />
        ),
      )}
    </div>
  );
}
