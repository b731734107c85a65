// A red-flag reply, or the list of warning signs: the advice, then the numbers to call, and
// nothing else (no answer, no form, no feedback buttons). It shows at once, as an alert.
import { h } from 'preact';
import type { BotMessage } from '../chat/types.ts';
import type { Widget } from './types.ts';
import { COPY } from '../copy.ts';
import { smsHref, telHref } from './links.ts';

function Calls({ w, m }: { w: Widget; m: BotMessage }) {
  const { emergencyNumber: n, crisisLine } = w.config;
  if (m.level === 'crisis' && crisisLine)
    return (
      <div class="chips">
        <a class="btn" href={telHref(crisisLine)}>
          {COPY.call(crisisLine)}
        </a>
        <a class="chip" href={smsHref(crisisLine)}>
          {COPY.text(crisisLine)}
        </a>
        <a class="chip" href={telHref(n)}>
          {COPY.emergencyCall(n)}
        </a>
      </div>
    );
  if (m.level === 'emergency' || m.level === 'crisis')
    return (
      <a class="btn" href={telHref(n)}>
        {COPY.callNow(n)}
      </a>
    );
  return (
    <a class="chip" href={telHref(n)}>
      {m.level === 'doctor' ? COPY.callIfWorse(n) : COPY.call(n)}
    </a>
  );
}

export function UrgentReply({ w, m }: { w: Widget; m: BotMessage }) {
  return (
    <div class={`msg bot urgent ${m.level ?? 'signs'}`} role={m.kind === 'urgent' ? 'alert' : undefined}>
      {m.text.split('\n').map((line) => (
        <p>{line}</p>
      ))}
      <Calls w={w} m={m} />
    </div>
  );
}
