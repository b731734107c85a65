// A red-flag reply, or the list of warning signs: the advice, then the numbers to call, and
// nothing else (no answer, no form, no feedback buttons). It shows at once, as an alert.
import { h } from 'preact';
import type { BotMessage } from '../chat/types.ts';
import type { Widget } from './types.ts';
import { COPY } from '../copy.ts';
import { smsHref, telHref } from './links.ts';

function Calls({ widget, reply }: { widget: Widget; reply: BotMessage }) {
  const { emergencyNumber, crisisLine } = widget.config;
  if (reply.level === 'crisis' && crisisLine)
    return (
      <div class="chips">
        <a class="btn" href={telHref(crisisLine)}>
          {COPY.call(crisisLine)}
        </a>
        <a class="chip" href={smsHref(crisisLine)}>
          {COPY.text(crisisLine)}
        </a>
        <a class="chip" href={telHref(emergencyNumber)}>
          {COPY.emergencyCall(emergencyNumber)}
        </a>
      </div>
    );
  if (reply.level === 'emergency' || reply.level === 'crisis')
    return (
      <a class="btn" href={telHref(emergencyNumber)}>
        {COPY.callNow(emergencyNumber)}
      </a>
    );
  return (
    <a class="chip" href={telHref(emergencyNumber)}>
      {reply.level === 'doctor' ? COPY.callIfWorse(emergencyNumber) : COPY.call(emergencyNumber)}
    </a>
  );
}

export function UrgentReply({ widget, reply }: { widget: Widget; reply: BotMessage }) {
  return (
    <div class={`msg bot urgent ${reply.level ?? 'signs'}`} role={reply.kind === 'urgent' ? 'alert' : undefined}>
      {reply.text.split('\n').map((line) => (
        <p>{line}</p>
      ))}
      <Calls widget={widget} reply={reply} />
    </div>
  );
}
