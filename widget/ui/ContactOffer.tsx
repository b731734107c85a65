import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { telHref } from './links.ts';

/**
 * How to reach a person: the booking page first when `book`, the contact form when `form` (or,
 * without an endpoint, an email carrying the visitor's question), the phone, and the email
 * address unless that email link already stands for it.
 */
export function ContactOffer({ widget, form, book }: { widget: Widget; form?: boolean; book?: boolean }) {
  const { chat, config, contact, mailto } = widget;
  const { phone, email } = config;
  const copy = COPY.reach;
  return (
    <div class="chips">
      {book && (
        <a class="btn" href={config.bookingUrl} target="_blank" rel="noopener noreferrer">
          {COPY.panel.bookOnline}
        </a>
      )}
      {form && contact && (
        <button type="button" class="btn" onClick={() => chat.contact('fallback')}>
          {copy.form}
        </button>
      )}
      {form && mailto && (
        <a class="btn" href={mailto(chat.asked())}>
          {copy.email}
        </a>
      )}
      {phone && (
        <a class="chip" href={telHref(phone)}>
          {COPY.call(phone)}
        </a>
      )}
      {email && !mailto && <a href={`mailto:${email}`}>{email}</a>}
      {!contact && !mailto && !phone && <p>{copy.directly}</p>}
    </div>
  );
}
