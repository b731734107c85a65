// The contact form: labelled fields bound to the draft. What Send does (check, send, queue,
// report) is the contact flow's job (chat/contact-flow.ts).
import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { Field } from './Field.tsx';
import { ContactOffer } from './ContactOffer.tsx';

export function ContactForm({ widget }: { widget: Widget }) {
  const { chat, config, contact } = widget;
  const draft = chat.get().draft;
  const form = chat.form();
  const copy = COPY.form;
  let honeypot: HTMLInputElement | null = null;

  async function submit(e: Event) {
    e.preventDefault();
    const first = await contact?.submit(honeypot?.value ?? '');
    if (first) (e.target as HTMLFormElement).querySelector<HTMLElement>(`#faq-${first}`)?.focus();
  }

  return (
    <form
      class="log contact"
      onSubmit={submit}
      onInput={contact?.touch}
      onKeyDown={contact?.touch}
      onPointerDown={contact?.touch}
      noValidate
    >
      <h3>{copy.title}</h3>
      <p class="small">{copy.intro}</p>
      <Field widget={widget} name="name" label={copy.name} type="text" auto="name" />
      <Field widget={widget} name="email" label={copy.email} type="email" auto="email" />
      <Field widget={widget} name="phone" label={copy.phone} type="tel" auto="tel" />
      <Field widget={widget} name="message" label={copy.message} />
      <div class="check">
        <input
          type="checkbox"
          id="faq-consent"
          checked={draft.consent}
          aria-invalid={form.errors.consent ? 'true' : undefined}
          aria-describedby={form.errors.consent ? 'faq-consent-error' : undefined}
          onChange={(e) => chat.edit({ consent: e.currentTarget.checked })}
        />
        <label for="faq-consent">{copy.consent(config.clinicName)}</label>
        {form.errors.consent && (
          <p id="faq-consent-error" class="error">
            {form.errors.consent}
          </p>
        )}
      </div>
      <div class="hp" aria-hidden="true">
        <input
          ref={(el) => {
            honeypot = el;
          }}
          name="_gotcha"
          tabIndex={-1}
          autocomplete="off"
        />
      </div>
      <button type="submit" class="btn" disabled={form.busy}>
        {copy.send}
      </button>
      <p class="small" role="status">
        {form.status}
      </p>
      {(form.status === copy.undelivered || form.status === copy.unsaved) && <ContactOffer widget={widget} />}
      <button type="button" class="link" onClick={chat.back}>
        {copy.back}
      </button>
    </form>
  );
}
