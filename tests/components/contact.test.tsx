import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mount, type Rig } from './render.ts';
import { makeLead } from '../unit/contact/fakes.ts';
import { COPY } from '../../widget/copy.ts';

afterEach(() => vi.restoreAllMocks());

/** Opens the form from an unanswered question. */
async function openForm(widget: Rig) {
  await widget.ask('do you take my insurance?');
  await widget.click(widget.byText('button', COPY.reach.form));
}

/** The control that the label with exactly this text is for, or null. */
const labelled = (widget: Rig, text: string) => {
  const found = widget.$$('label').find((el) => el.textContent === text);
  return found ? widget.$(`#${found.getAttribute('for')}`) : null;
};

async function fill(widget: Rig, values: { name?: string; email?: string; phone?: string; message?: string; consent?: boolean }) {
  if (values.name !== undefined) await widget.type(widget.$('#faq-name'), values.name);
  if (values.email !== undefined) await widget.type(widget.$('#faq-email'), values.email);
  if (values.phone !== undefined) await widget.type(widget.$('#faq-phone'), values.phone);
  if (values.message !== undefined) await widget.type(widget.$('#faq-message'), values.message);
  if (values.consent) await widget.click(widget.$('#faq-consent'));
}

const send = (widget: Rig) => widget.click(widget.$$('form.contact button').find((b) => b.textContent === COPY.form.send));

describe('the contact form', () => {
  it('has labelled fields, a consent box and a Send button, and prefills the unanswered question', async () => {
    const widget = await mount();
    await openForm(widget);
    const labels = { name: COPY.form.name, email: COPY.form.email, phone: COPY.form.phone, message: COPY.form.message, consent: COPY.form.consent('Test Clinic') };
    for (const [field, text] of Object.entries(labels)) expect(labelled(widget, text)?.id).toBe(`faq-${field}`);
    expect(widget.$$('form.contact button').filter((b) => b.textContent === COPY.form.send)).toHaveLength(1);
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('do you take my insurance?');
    expect(document.activeElement).toBe(widget.$('#faq-name'));
  });

  it('shows each error beside its field, announces it with the field, focuses the first, and clears nothing', async () => {
    const widget = await mount();
    await openForm(widget);
    await fill(widget, { email: 'sam@', message: 'typed words stay' });
    await send(widget);
    const errors = { name: COPY.fields.nameMissing, email: COPY.fields.emailInvalid, consent: COPY.fields.consentMissing };
    for (const [field, error] of Object.entries(errors)) {
      const input = widget.$(`#faq-${field}`)!;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(`faq-${field}-error`);
      expect(widget.$(`#faq-${field}-error`)!.textContent).toBe(error);
    }
    for (const field of ['phone', 'message']) expect(widget.$(`#faq-${field}`)!.getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(widget.$('#faq-name'));
    expect(widget.$<HTMLInputElement>('#faq-email')!.value).toBe('sam@');
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('typed words stay');
    expect(widget.$('[role="status"]')!.textContent).toBe(COPY.form.check);
    expect(widget.sent).toEqual([]);
  });

  it("lets no field take more than the clinic's receiver accepts: 100 characters, 2,000 for the message", async () => {
    const widget = await mount();
    await openForm(widget);
    for (const id of ['name', 'email', 'phone']) expect(widget.$<HTMLInputElement>(`#faq-${id}`)!.maxLength).toBe(100);
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.maxLength).toBe(2000);
  });

  it('asks for an email or a phone number, and accepts a phone alone', async () => {
    const widget = await mount();
    await openForm(widget);
    await fill(widget, { name: 'Sam', consent: true });
    await send(widget);
    expect(widget.$('#faq-email-error')!.textContent).toBe(COPY.fields.contactMissing);
    await fill(widget, { phone: '+1 (555) 010-0199' });
    await send(widget);
    expect(widget.sent).toHaveLength(1);
    expect(widget.sent[0]).toMatchObject({ name: 'Sam', phone: '+1 (555) 010-0199', email: '', consent: true });
  });

  it('refuses a form that a script filled and submitted, without losing it, and sends it once a person types', async () => {
    const widget = await mount();
    await openForm(widget);
    // A script sets the values and presses Send: no input, key or pointer event in the form.
    await act(() => widget.chat.edit({ name: 'Bot', email: 'bot@example.com', consent: true }));
    await send(widget);
    expect(widget.sent).toEqual([]);
    expect(widget.$('[role="status"]')!.textContent).toBe(COPY.form.check);
    expect(widget.$<HTMLInputElement>('#faq-name')!.value).toBe('Bot');
    await fill(widget, { name: 'Sam' });
    await send(widget);
    expect(widget.sent).toHaveLength(1);
  });

  it('hides a honeypot field from people and assistive technology', async () => {
    const widget = await mount();
    await openForm(widget);
    const hp = widget.$<HTMLInputElement>('input[name="_gotcha"]')!;
    expect(hp.tabIndex).toBe(-1);
    expect(hp.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('confirms a sent message in the conversation and empties the form', async () => {
    const widget = await mount();
    await openForm(widget);
    await fill(widget, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(widget);
    expect(widget.$('form.contact')).toBeNull();
    expect(widget.$$('.msg.bot').at(-1)!.textContent).toBe(COPY.form.sent);
    widget.chat.contact('button');
    expect(widget.chat.get().draft).toMatchObject({ name: '', email: '', consent: false });
  });

  it('tells the visitor a queued message will be sent as soon as possible, with the phone and email', async () => {
    const widget = await mount({ outcome: 'queued' });
    await openForm(widget);
    await fill(widget, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(widget);
    const note = widget.$$('.msg.bot').at(-1)!;
    expect(note.textContent).toContain(COPY.form.queued);
    expect(note.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(note.querySelector('a[href^="mailto:"]')).not.toBeNull();
  });

  it('tells the visitor when a queued message is given up, offers every way to reach the clinic, and puts the message back in the form', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    await act(() => widget.chat.lost(makeLead({ name: 'Ana', email: 'ana@example.com', phone: '555 010 0123', message: 'Can I come on Friday?' })));
    const note = widget.$$('.msg.bot').at(-1)!;
    expect(note.textContent).toContain(COPY.form.undelivered);
    expect(note.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(note.querySelector('a[href="mailto:test@example.com"]')).not.toBeNull();
    await widget.click([...note.querySelectorAll('button')].find((b) => b.textContent === COPY.reach.form));
    expect(widget.$<HTMLInputElement>('#faq-name')!.value).toBe('Ana');
    expect(widget.$<HTMLInputElement>('#faq-phone')!.value).toBe('555 010 0123');
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('Can I come on Friday?');
    // Consent is the visitor's to give again.
    expect(widget.$<HTMLInputElement>('#faq-consent')!.checked).toBe(false);
  });

  it('leaves a message the visitor is writing alone when an older one is given up', async () => {
    const widget = await mount();
    await openForm(widget);
    await fill(widget, { name: 'Sam', message: 'A new question' });
    await act(() => widget.chat.lost(makeLead({ name: 'Ana', message: 'An old question' })));
    expect(widget.chat.get().draft).toMatchObject({ name: 'Sam', message: 'A new question' });
    expect(widget.chat.get().messages.at(-1)).toMatchObject({ from: 'bot', text: COPY.form.undelivered });
  });

  it('keeps everything filled when the service refuses, says so and shows the clinic contacts', async () => {
    const widget = await mount({ outcome: () => ({ kind: 'refused', id: 'x', status: 422 }) });
    await openForm(widget);
    await fill(widget, { name: 'Sam', email: 'sam@example.com', consent: true });
    await send(widget);
    expect(widget.$('form.contact')).not.toBeNull();
    expect(widget.$<HTMLInputElement>('#faq-name')!.value).toBe('Sam');
    expect(widget.$<HTMLInputElement>('#faq-email')!.value).toBe('sam@example.com');
    expect(widget.$('[role="status"]')!.textContent).toBe(COPY.form.undelivered);
    expect(widget.$('form.contact a[href^="tel:"]')).not.toBeNull();
  });

  it('never says "saved" when the device could not keep the message: it stays in the form, with the contacts', async () => {
    const widget = await mount({ outcome: () => ({ kind: 'unsaved', id: 'x', status: 500 }) });
    await openForm(widget);
    await fill(widget, { name: 'Sam', email: 'sam@example.com', message: 'Is it safe for me?', consent: true });
    await send(widget);
    expect(widget.$('[role="status"]')!.textContent).toBe(COPY.form.unsaved);
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('Is it safe for me?');
    expect(widget.$('form.contact a[href^="tel:"]')).not.toBeNull();
    expect(widget.$$('.msg.bot').map((m) => m.textContent)).not.toContain(COPY.form.queued);
  });

  it('becomes a pre-filled email when the clinic has no endpoint, for questions and booking requests alike', async () => {
    const widget = await mount({ dataset: { endpoint: '' } });
    await widget.ask('do you take my insurance?');
    const link = widget.$$('.msg.bot').at(-1)!.querySelector('a[href^="mailto:"]')!;
    expect(link.textContent).toBe(COPY.reach.email);
    expect(link.getAttribute('href')).toContain(encodeURIComponent('do you take my insurance?'));
    await widget.ask('can I book an appointment?');
    expect(widget.$('form.contact')).toBeNull();
    expect(widget.$$('.msg.bot').at(-1)!.querySelector('a[href^="mailto:"]')!.getAttribute('href')).toContain(encodeURIComponent('can I book an appointment?'));
  });

  it('offers no form without an endpoint or email, only the way to reach the clinic', async () => {
    const widget = await mount({ dataset: { endpoint: '', email: '' } });
    await widget.ask('do you take my insurance?');
    const reply = widget.$$('.msg.bot').at(-1)!;
    expect(reply.querySelector('button')).toBeNull();
    expect(reply.querySelector('a[href^="tel:"]')).not.toBeNull();
  });
});
