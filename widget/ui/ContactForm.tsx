// The contact form: labelled fields bound to the draft. What Send does (check, send, queue,
// report) is the contact flow's job (chat/contact-flow.ts).
import { h } from 'preact';
import { COPY } from '../copy.ts';
import type { Widget } from './types.ts';
import { Field } from './Field.tsx';
import { ContactOffer } from './ContactOffer.tsx';

export function ContactForm({ w }: { w: Widget }) {
  const { chat, config, contact } = w;
  const draft = chat.get().draft;
  const f = chat.form();
  const t = COPY.form;
  let honeypot: HTMLInputElement | null = null;

  async function submit(e: Event) {
    e.preventDefault();
    const first = await contact?.submit(honeypot?.value ?? '');
    if (first) (e.target as HTMLFormElement).querySelector<HTMLElement>(`#faq-${first}`)?.focus();
  }

  return (
    <form class="log contact" onSubmit={submit} noValidate>
      <h3>{t.title}</h3>
      <p class="small">{t.intro}</p>
      <Field w={w} name="name" label={t.name} type="text" auto="name" />
      <Field w={w} name="email" label={t.email} type="email" auto="email" />
      <Field w={w} name="phone" label={t.phone} type="tel" auto="tel" />
      <Field w={w} name="message" label={t.message} />
      <div class="check">
        <input
          type="checkbox"
          id="faq-consent"
          checked={draft.consent}
          aria-invalid={f.errors.consent ? 'true' : undefined}
          aria-describedby={f.errors.consent ? 'faq-consent-error' : undefined}
          onChange={(e) => chat.edit({ consent: e.currentTarget.checked })}
        />
        <label for="faq-consent">{t.consent(config.clinicName)}</label>
        {f.errors.consent && (
          <p id="faq-consent-error" class="error">
            {f.errors.consent}
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
      <button type="submit" class="btn" disabled={f.busy}>
        {t.send}
      </button>
      <p class="small" role="status">
        {f.status}
      </p>
      {f.status === t.undelivered && <ContactOffer w={w} />}
      <button type="button" class="link" onClick={chat.back}>
        {t.back}
      </button>
    </form>
  );
}
