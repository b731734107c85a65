import { describe, expect, it } from 'vitest';
import { createChat } from '../../../widget/chat/store.ts';
import { createContactFlow } from '../../../widget/chat/contact-flow.ts';
import { createEmitter } from '../../../widget/events.ts';
import { safeStore } from '../../../widget/storage.ts';
import { parseConfig } from '../../../widget/config.ts';
import { COPY } from '../../../widget/copy.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import type { LeadForm, Outcome } from '../../../widget/contact/types.ts';

const { knowledge } = compileKnowledge();
const GOOD = { name: 'Sam', email: 'sam@example.com', message: 'Can I book a session?', consent: true };

/** A chat with the form open, and a send that answers `kind`. */
function rig(kind: Outcome['kind'] = 'sent') {
  const chat = createChat({ config: parseConfig({ endpoint: '/leads' }).config, knowledge: () => knowledge, session: safeStore(null), events: createEmitter() });
  const sent: [LeadForm, string][] = [];
  let release = () => {};
  const send = (form: LeadForm, honeypot: string) => {
    sent.push([{ ...form }, honeypot]);
    return new Promise<Outcome>((resolve) => (release = () => resolve({ kind, id: 'x', status: 201 })));
  };
  const flow = createContactFlow({ chat, send });
  chat.contact('fallback');
  /** What a person's first key, pointer or input event in the form does. */
  const person = () => flow.touch();
  return { chat, flow, sent, release: () => release(), person };
}

describe('the contact flow', () => {
  it('names the first field to fix, keeps every typed word and sends nothing', async () => {
    const { chat, flow, sent, person } = rig();
    chat.edit({ email: 'sam@', message: 'typed words stay' });
    person();
    expect(await flow.submit('')).toBe('name');
    expect(chat.form().errors).toMatchObject({ name: COPY.fields.nameMissing, email: COPY.fields.emailInvalid, consent: COPY.fields.consentMissing });
    expect(chat.form().status).toBe(COPY.form.check);
    expect(chat.get().draft).toMatchObject({ email: 'sam@', message: 'typed words stay' });
    expect(sent).toEqual([]);
  });

  it('turns away a form that no person typed in, pointed at or pressed a key in, without sending it', async () => {
    const { chat, flow, sent } = rig();
    chat.edit(GOOD);
    expect(await flow.submit('')).toBeUndefined();
    expect(chat.form().status).toBe(COPY.form.check);
    expect(sent).toEqual([]);
  });

  it('sends a valid form from a person at once, however quickly it was filled', async () => {
    const { chat, flow, sent, person, release } = rig('sent');
    chat.edit(GOOD);
    person();
    const done = flow.submit('');
    release();
    await done;
    expect(sent).toHaveLength(1);
  });

  it('sends once, ignores a second press while sending, then thanks the visitor in the chat', async () => {
    const { chat, flow, sent, person, release } = rig('sent');
    chat.edit(GOOD);
    person();
    const first = flow.submit('bot-field');
    expect(chat.form()).toMatchObject({ busy: true, status: COPY.form.sending });
    await flow.submit('');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual([expect.objectContaining(GOOD), 'bot-field']);
    release();
    await first;
    expect(chat.form().busy).toBe(false);
    expect(chat.get().messages.at(-1)).toMatchObject({ text: COPY.form.sent });
  });

  it('tells the visitor a queued message is saved and will be sent later', async () => {
    const { chat, flow, person, release } = rig('queued');
    chat.edit(GOOD);
    person();
    const done = flow.submit('');
    release();
    await done;
    expect(chat.get().messages.at(-1)).toMatchObject({ text: COPY.form.queued });
  });

  it('keeps a refused message in the form and says it was not delivered', async () => {
    const { chat, flow, person, release } = rig('refused');
    chat.edit(GOOD);
    person();
    const done = flow.submit('');
    release();
    await done;
    expect(chat.form().status).toBe(COPY.form.undelivered);
    expect(chat.get().view).toBe('contact');
    expect(chat.get().draft).toMatchObject(GOOD);
  });
});
