import { h } from 'preact';
import type { Widget } from './types.ts';

/** How to reach a person: the contact form (when asked for), the phone and the email. */
export function ContactOffer({ w, form }: { w: Widget; form?: boolean }) {
  const { chat, config, send, mailto } = w;
  const { phone, email } = config;
  return (
    <div class="chips">
      {form && (send || mailto) && (
        <button type="button" class="btn" onClick={() => chat.contact('fallback')}>
          Send a message to our team
        </button>
      )}
      {phone && (
        <a class="chip" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
          Call {phone}
        </a>
      )}
      {email && !form && <a href={`mailto:${email}`}>{email}</a>}
      {!send && !mailto && !phone && <p>Please contact the clinic directly.</p>}
    </div>
  );
}
