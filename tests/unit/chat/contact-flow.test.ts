import { describe, expect, it } from 'vitest';
import { createChat } from '../../../widget/chat/store.ts';
import { createContactFlow, MIN_FILL_MS } from '../../../widget/chat/contact-flow.ts';
import { createEmitter } from '../../../widget/events.ts';
import { safeStore } from '../../../widget/storage.ts';
import { parseConfig } from '../../../widget/config.ts';
import { COPY } from '../../../widget/copy.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import type { LeadForm, Outcome } from '../../../widget/contact/types.ts';

const { knowledge } = compileKnowledge();
const GOOD = { name: 'Sam', email: 'sam@example.com', message: 'Can I book a session?', consent: true };

/** A chat with the form open at t=0, a clock the test moves, and a send that answers `kind`. */
function rig(kind: Outcome['kind'] = 'sent') {
  let clock = 0;
  const chat = createChat({ config: parseConfig({ endpoint: '/leads' }).config, knowledge: () => knowledge, session: safeStore(null), events: createEmitter(), now: () => clock });
  const sent: [LeadForm, string][] = [];
  let release = () => {};
  const send = (form: LeadForm, honeypot: string) => {
    sent.push([{ ...form }, honeypot]);
    return new Promise<Outcome>((resolve) => (release = () => resolve({ kind, id: 'x', status: 201 })));
  };
  const flow = createContactFlow({ chat, send, now: () => clock });
  chat.contact('fallback');
  return { chat, flow, sent, release: () => release(), wait: (ms: number) => (clock += ms) };
}

describe('the contact flow', () => {
  it('names the first field to fix, keeps every typed word and sends nothing', async () => {
    const { chat, flow, sent, wait } = rig();
    chat.edit({ email: 'sam@', message: 'typed words stay' });
    wait(MIN_FILL_MS * 4);
    expect(await flow.submit('')).toBe('name');
    expect(chat.form().errors).toMatchObject({ name: COPY.fields.nameMissing, email: COPY.fields.emailInvalid, consent: COPY.fields.consentMissing });
    expect(chat.form().status).toBe(COPY.form.check);
    expect(chat.get().draft).toMatchObject({ email: 'sam@', message: 'typed words stay' });
    expect(sent).toEqual([]);
  });

  it('turns away a form completed faster than a person can type, without sending it', async () => {
    const { chat, flow, sent, wait } = rig();
    chat.edit(GOOD);
    wait(MIN_FILL_MS - 1);
    expect(await flow.submit('')).toBeUndefined();
    expect(chat.form().status).toBe(COPY.form.check);
    expect(sent).toEqual([]);
  });

  it('sends once, ignores a second press while sending, then thanks the visitor in the chat', async () => {
    const { chat, flow, sent, wait, release } = rig('sent');
    chat.edit(GOOD);
    wait(MIN_FILL_MS);
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
    const { chat, flow, wait, release } = rig('queued');
    chat.edit(GOOD);
    wait(MIN_FILL_MS);
    const done = flow.submit('');
    release();
    await done;
    expect(chat.get().messages.at(-1)).toMatchObject({ text: COPY.form.queued });
  });

  it('keeps a refused message in the form and says it was not delivered', async () => {
    const { chat, flow, wait, release } = rig('refused');
    chat.edit(GOOD);
    wait(MIN_FILL_MS);
    const done = flow.submit('');
    release();
    await done;
    expect(chat.form().status).toBe(COPY.form.undelivered);
    expect(chat.get().view).toBe('contact');
    expect(chat.get().draft).toMatchObject(GOOD);
  });
});
