import { h } from 'preact';
import type { Widget } from './types.ts';
import { telHref } from './links.ts';

/**
 * How to reach a person: the contact form when `form` (or, without an endpoint, an email
 * carrying the visitor's question), the phone, and the email address unless that email
 * link already stands for it.
 */
export function ContactOffer({ w, form }: { w: Widget; form?: boolean }) {
  const { chat, config, send, mailto } = w;
  const { phone, email } = config;
  return (
    <div class="chips">
      {form && send && (
        <button type="button" class="btn" onClick={() => chat.contact('fallback')}>
          Send a message to our team
        </button>
      )}
      {form && mailto && (
        <a class="btn" href={mailto(chat.asked())}>
          Email your question to the clinic
        </a>
      )}
      {phone && (
        <a class="chip" href={telHref(phone)}>
          Call {phone}
        </a>
      )}
      {email && !mailto && <a href={`mailto:${email}`}>{email}</a>}
      {!send && !mailto && !phone && <p>Please contact the clinic directly.</p>}
    </div>
  );
}
