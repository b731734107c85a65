// What pressing Send on the contact form does, free of Preact so it can be tested alone:
// check the fields, turn away a form no person touched, send (or queue) the lead, and tell
// the visitor how it went. Nothing typed is ever cleared by an error.
import type { FieldName, LeadForm, Outcome } from '../contact/types.ts';
import { validateForm } from '../contact/validate.ts';
import { COPY } from '../copy.ts';
import type { Chat } from './store.ts';

export interface ContactFlowDeps {
  chat: Chat;
  /** Sends (or queues) a lead built from the form; the page entry's courier. */
  send: (form: LeadForm, honeypot: string) => Promise<Outcome>;
}

export type ContactFlow = ReturnType<typeof createContactFlow>;

export function createContactFlow({ chat, send }: ContactFlowDeps) {
  const copy = COPY.form;
  /**
   * Whether a person has typed, pointed or pressed a key in the form. A script that fills and
   * submits it does none of these; a person, however fast (autofill, a prefilled message), does.
   */
  let touched = false;
  return {
    /** The form's key, pointer and input events call this. */
    touch: () => void (touched = true),
    /** Handles one press of Send; resolves to the first field that needs fixing, if any. */
    async submit(honeypot: string): Promise<FieldName | undefined> {
      const form = chat.form();
      if (form.busy) return;
      const draft = chat.get().draft;
      const errors = validateForm(draft);
      // validateForm checks the fields in the order the form shows them.
      const first = Object.keys(errors)[0] as FieldName | undefined;
      if (first || !touched) {
        chat.setForm({ errors, status: copy.check });
        return first;
      }
      chat.setForm({ errors, busy: true, status: copy.sending });
      const out = await send(draft, honeypot);
      const { kind } = out;
      if (kind === 'sent' || kind === 'queued') {
        chat.setForm({ busy: false, status: '' });
        chat.note(kind, kind === 'sent' ? copy.sent : copy.queued);
      }
      // Refused, or not kept for later: the message stays in the form, with the clinic's phone and email.
      else chat.setForm({ busy: false, status: kind === 'refused' ? copy.undelivered : copy.unsaved });
    },
  };
}
