import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mount, type Rig } from './render.ts';
import { makeLead } from '../unit/contact/fakes.ts';

afterEach(() => vi.restoreAllMocks());

/** Opens the form from an unanswered question and lets the minimum fill time pass. */
async function openForm(w: Rig) {
  await w.ask('do you take my insurance?');
  await w.click(w.byText('button', /send a message/i));
  const t = Date.now();
  vi.spyOn(Date, 'now').mockReturnValue(t + 10_000);
}

const label = (w: Rig, re: RegExp) => {
  const l = w.$$('label').find((x) => re.test(x.textContent!));
  return l && w.$(`#${l.getAttribute('for')}`);
};

async function fill(w: Rig, v: { name?: string; email?: string; phone?: string; message?: string; consent?: boolean }) {
  if (v.name !== undefined) await w.type(w.$('#faq-name'), v.name);
  if (v.email !== undefined) await w.type(w.$('#faq-email'), v.email);
  if (v.phone !== undefined) await w.type(w.$('#faq-phone'), v.phone);
  if (v.message !== undefined) await w.type(w.$('#faq-message'), v.message);
  if (v.consent) await w.click(w.$('#faq-consent'));
}

const send = (w: Rig) => w.click(w.$$('form.contact button').find((b) => b.textContent === 'Send'));

describe('the contact form', () => {
  it('has labelled fields, a consent box and a Send button, and prefills the unanswered question', async () => {
    const w = await mount();
    await openForm(w);
    for (const re of [/name/i, /email/i, /phone/i, /message/i, /consent|agree/i]) expect(label(w, re)).not.toBeNull();
    expect(w.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('do you take my insurance?');
    expect(w.$$('label').find((l) => /agree/.test(l.textContent!))!.textContent).toMatch(/Test Clinic may use these details to reply/);
    expect(document.activeElement).toBe(w.$('#faq-name'));
  });

  it('shows each error beside its field, announces it with the field, focuses the first, and clears nothing', async () => {
    const w = await mount();
    await openForm(w);
    await fill(w, { email: 'sam@', message: 'typed words stay' });
    await send(w);
    for (const f of ['name', 'email', 'consent']) {
      const input = w.$(`#faq-${f}`)!;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(`faq-${f}-error`);
      expect(w.$(`#faq-${f}-error`)!.textContent!.length).toBeGreaterThan(5);
    }
    expect(document.activeElement).toBe(w.$('#faq-name'));
    expect(w.$<HTMLInputElement>('#faq-email')!.value).toBe('sam@');
    expect(w.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('typed words stay');
    expect(w.$('[role="status"]')!.textContent).toMatch(/check/i);
    expect(w.sent).toEqual([]);
  });

  it("lets no field take more than the clinic's receiver accepts: 200 characters, 2,000 for the message", async () => {
    const w = await mount();
    await openForm(w);
    for (const id of ['name', 'email', 'phone']) expect(w.$<HTMLInputElement>(`#faq-${id}`)!.maxLength).toBe(200);
    expect(w.$<HTMLTextAreaElement>('#faq-message')!.maxLength).toBe(2000);
  });

  it('asks for an email or a phone number, and accepts a phone alone', async () => {
    const w = await mount();
    await openForm(w);
    await fill(w, { name: 'Sam', consent: true });
    await send(w);
    expect(w.$('#faq-email-error')!.textContent).toMatch(/email or a phone/i);
    await fill(w, { phone: '+1 (555) 010-0199' });
    await send(w);
    expect(w.sent).toHaveLength(1);
    expect(w.sent[0]).toMatchObject({ name: 'Sam', phone: '+1 (555) 010-0199', email: '', consent: true });
  });

  it('refuses a form filled faster than a person could, without losing it', async () => {
    const w = await mount();
    await w.ask('do you take my insurance?');
    await w.click(w.byText('button', /send a message/i));
    await fill(w, { name: 'Bot', email: 'bot@example.com', consent: true });
    await send(w);
    expect(w.sent).toEqual([]);
    expect(w.$('[role="status"]')!.textContent).toMatch(/press send again/i);
    expect(w.$<HTMLInputElement>('#faq-name')!.value).toBe('Bot');
  });

  it('hides a honeypot field from people and assistive technology', async () => {
    const w = await mount();
    await openForm(w);
    const hp = w.$<HTMLInputElement>('input[name="_gotcha"]')!;
    expect(hp.tabIndex).toBe(-1);
    expect(hp.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('confirms a sent message in the conversation and empties the form', async () => {
    const w = await mount();
    await openForm(w);
    await fill(w, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(w);
    expect(w.$('form.contact')).toBeNull();
    expect(w.$$('.msg.bot').at(-1)!.textContent).toMatch(/thank|sent|received/i);
    w.chat.contact('button');
    expect(w.chat.get().draft).toMatchObject({ name: '', email: '', consent: false });
  });

  it('tells the visitor a queued message will be sent as soon as possible, with the phone and email', async () => {
    const w = await mount({ outcome: 'queued' });
    await openForm(w);
    await fill(w, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(w);
    const note = w.$$('.msg.bot').at(-1)!;
    expect(note.textContent).toMatch(/as soon as we can/i);
    expect(note.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(note.querySelector('a[href^="mailto:"]')).not.toBeNull();
  });

  it('tells the visitor when a queued message is given up, offers every way to reach the clinic, and puts the message back in the form', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    await act(() => w.chat.lost(makeLead({ name: 'Ana', email: 'ana@example.com', phone: '555 010 0123', message: 'Can I come on Friday?' })));
    const note = w.$$('.msg.bot').at(-1)!;
    expect(note.textContent).toMatch(/could not be delivered/i);
    expect(note.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(note.querySelector('a[href="mailto:test@example.com"]')).not.toBeNull();
    await w.click([...note.querySelectorAll('button')].find((b) => /send a message/i.test(b.textContent!)));
    expect(w.$<HTMLInputElement>('#faq-name')!.value).toBe('Ana');
    expect(w.$<HTMLInputElement>('#faq-phone')!.value).toBe('555 010 0123');
    expect(w.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('Can I come on Friday?');
    // Consent is the visitor's to give again.
    expect(w.$<HTMLInputElement>('#faq-consent')!.checked).toBe(false);
  });

  it('leaves a message the visitor is writing alone when an older one is given up', async () => {
    const w = await mount();
    await openForm(w);
    await fill(w, { name: 'Sam', message: 'A new question' });
    await act(() => w.chat.lost(makeLead({ name: 'Ana', message: 'An old question' })));
    expect(w.chat.get().draft).toMatchObject({ name: 'Sam', message: 'A new question' });
    expect(w.chat.get().messages.at(-1)).toMatchObject({ from: 'bot', text: expect.stringMatching(/could not be delivered/) });
  });

  it('keeps everything filled when the service refuses, says so and shows the clinic contacts', async () => {
    const w = await mount({ outcome: () => ({ kind: 'refused', id: 'x', status: 422 }) });
    await openForm(w);
    await fill(w, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(w);
    expect(w.$('form.contact')).not.toBeNull();
    expect(w.$<HTMLInputElement>('#faq-name')!.value).toBe('Sam');
    expect(w.$<HTMLInputElement>('#faq-email')!.value).toBe('sam@example.com');
    expect(w.$('[role="status"]')!.textContent).toMatch(/could not be delivered/i);
    expect(w.$('form.contact a[href^="tel:"]')).not.toBeNull();
  });

  it('becomes a pre-filled email when the clinic has no endpoint, for questions and booking requests alike', async () => {
    const w = await mount({ dataset: { endpoint: '' } });
    await w.ask('do you take my insurance?');
    const link = w.$$('.msg.bot').at(-1)!.querySelector('a[href^="mailto:"]')!;
    expect(link.textContent).toMatch(/email/i);
    expect(link.getAttribute('href')).toContain(encodeURIComponent('do you take my insurance?'));
    await w.ask('can I book an appointment?');
    expect(w.$('form.contact')).toBeNull();
    expect(w.$$('.msg.bot').at(-1)!.querySelector('a[href^="mailto:"]')!.getAttribute('href')).toContain(encodeURIComponent('can I book an appointment?'));
  });

  it('offers no form without an endpoint or email, only the way to reach the clinic', async () => {
    const w = await mount({ dataset: { endpoint: '', email: '' } });
    await w.ask('do you take my insurance?');
    const reply = w.$$('.msg.bot').at(-1)!;
    expect(reply.querySelector('button')).toBeNull();
    expect(reply.querySelector('a[href^="tel:"]')).not.toBeNull();
  });
});
