// The contact form. Nothing typed is ever cleared by an error; the lead is built and
// sent by the page entry's courier, which queues it when the network or server fails.
import { h } from 'preact';
import type { FieldName } from '../contact/types.ts';
import { validateLead } from '../contact/validate.ts';
import type { Widget } from './types.ts';
import { Field } from './Field.tsx';
import { ContactOffer } from './ContactOffer.tsx';
import { UNDELIVERED } from '../chat/store.ts';

/** Faster than this, it is a bot filling every field at once, not a person. */
const MIN_FILL_MS = 2500;
const ORDER: FieldName[] = ['name', 'email', 'phone', 'message', 'consent'];

/** After a validation error, or a Send faster than a person types: either way, look again and resend. */
const CHECK = 'Please check your details, then press Send again.';
export const SENT = 'Thank you, your message was sent. Our team will reply soon.';
export const QUEUED = "We couldn't reach the clinic just now. Your message is saved, and we'll send it as soon as we can.";

export function ContactForm({ w }: { w: Widget }) {
  const { chat, config, send } = w;
  const draft = chat.get().draft;
  const f = chat.form();
  let honeypot: HTMLInputElement | null = null;

  async function submit(e: Event) {
    e.preventDefault();
    if (f.busy || !send) return;
    const errors = validateLead(draft);
    const first = ORDER.find((k) => errors[k]);
    if (first) {
      chat.setForm({ errors, status: CHECK });
      (e.target as HTMLFormElement).querySelector<HTMLElement>(`#faq-${first}`)?.focus();
      return;
    }
    if (Date.now() - f.since < MIN_FILL_MS) return chat.setForm({ errors, status: CHECK });
    chat.setForm({ errors, busy: true, status: 'Sending…' });
    const out = await send(draft, honeypot?.value ?? '');
    chat.setForm({ busy: false, status: out.kind === 'refused' ? UNDELIVERED : '' });
    if (out.kind !== 'refused') chat.note(out.kind, out.kind === 'sent' ? SENT : QUEUED);
  }

  return (
    <form class="log contact" onSubmit={submit} noValidate>
      <h3>Send a message to our team</h3>
      <p class="small">Leave an email or a phone number so we can reply.</p>
      <Field w={w} name="name" label="Name" type="text" auto="name" />
      <Field w={w} name="email" label="Email" type="email" auto="email" />
      <Field w={w} name="phone" label="Phone" type="tel" auto="tel" />
      <Field w={w} name="message" label="Message" />
      <div class="check">
        <input
          type="checkbox"
          id="faq-consent"
          checked={draft.consent}
          aria-invalid={f.errors.consent ? 'true' : undefined}
          aria-describedby={f.errors.consent ? 'faq-consent-error' : undefined}
          onChange={(e) => chat.edit({ consent: e.currentTarget.checked })}
        />
        <label for="faq-consent">I agree that {config.clinicName || 'the clinic'} may use these details to reply to me.</label>
        {f.errors.consent && (
          <p id="faq-consent-error" class="error">
            {f.errors.consent}
          </p>
        )}
      </div>
      <div class="hp" aria-hidden="true">
        <input ref={(el) => {
            honeypot = el;
          }} name="_gotcha" tabIndex={-1} autocomplete="off" />
      </div>
      <button type="submit" class="btn" disabled={f.busy}>
        Send
      </button>
      <p class="small" role="status">
        {f.status}
      </p>
      {f.status === UNDELIVERED && <ContactOffer w={w} />}
      <button type="button" class="link" onClick={chat.back}>
        Back to chat
      </button>
    </form>
  );
}
