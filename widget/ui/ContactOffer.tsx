import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { telHref } from './links.ts';

/**
 * How to reach a person: the contact form when `form` (or, without an endpoint, an email
 * carrying the visitor's question), the phone, and the email address unless that email
 * link already stands for it.
 */
export function ContactOffer({ w, form }: { w: Widget; form?: boolean }) {
  const { chat, config, contact, mailto } = w;
  const { phone, email } = config;
  const t = COPY.reach;
  return (
    <div class="chips">
      {form && contact && (
        <button type="button" class="btn" onClick={() => chat.contact('fallback')}>
          {t.form}
        </button>
      )}
      {form && mailto && (
        <a class="btn" href={mailto(chat.asked())}>
          {t.email}
        </a>
      )}
      {phone && (
        <a class="chip" href={telHref(phone)}>
          {COPY.call(phone)}
        </a>
      )}
      {email && !mailto && <a href={`mailto:${email}`}>{email}</a>}
      {!contact && !mailto && !phone && <p>{t.directly}</p>}
    </div>
  );
}
