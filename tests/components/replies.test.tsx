import { describe, expect, it } from 'vitest';
import { knowledge, mount } from './render.ts';
import { answer } from '../../widget/engine/answer.ts';
import { COPY } from '../../widget/copy.ts';

const last = (widget: Awaited<ReturnType<typeof mount>>) => widget.$$('.msg.bot').at(-1)!;
const related = `[aria-label="${COPY.panel.related}"]`;

describe('replies by kind', () => {
  it('shows an answer with related questions and a helpful? yes/no that reports feedback', async () => {
    const widget = await mount();
    await widget.ask('r needles safe');
    const questions = widget.$$(`${related} button`);
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(3);
    expect(last(widget).textContent).toContain(COPY.panel.helpful);
    await widget.click(widget.byText('.msg.bot button', COPY.panel.yes));
    expect(widget.events.at(-1)).toEqual(['feedback', { topic: 'safety', helpful: true }]);
    expect(last(widget).textContent).toContain(COPY.panel.thanks);
    expect(widget.byText('.msg.bot button', COPY.panel.no)).toBeUndefined();
  });

  it("renders an answer's Markdown: its list as list items, its bold as bold, and no Markdown marks", async () => {
    // An answer with a bullet list and bold text (and no links, which render as their text only).
    const entry = knowledge.entries.find((e) => /^[-*] /m.test(e.md) && /\*\*.+?\*\*/.test(e.md) && !/\]\(/.test(e.md));
    expect(entry).toBeDefined();
    const widget = await mount();
    await widget.ask(entry!.questions[0]);
    expect(widget.chat.get().messages.at(-1)).toMatchObject({ kind: 'answer', entry: entry!.id });
    const items = entry!.md
      .split('\n')
      .filter((line) => /^[-*] /.test(line))
      .map((line) => line.replace(/^[-*]\s+/, '').replaceAll('**', ''));
    const bold = [...entry!.md.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1]);
    const reply = last(widget);
    expect([...reply.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(items);
    expect([...reply.querySelectorAll('strong')].map((strong) => strong.textContent)).toEqual(bold);
    expect(reply.textContent).not.toContain('**');
  });

  it('answers a related question when its button is pressed', async () => {
    const widget = await mount();
    await widget.ask('r needles safe');
    const btn = widget.$$(`${related} button`)[0];
    await widget.click(btn);
    expect(widget.$$('.msg.visitor').at(-1)!.textContent).toContain(btn.textContent!);
  });

  it('asks "did you mean" with the candidates as buttons', async () => {
    // One-word questions are the vague ones; take the first the engine is unsure about.
    const vague = [
      'water',
      'exercise',
      'after',
      'needles',
      'pain',
      'sore',
      'session',
      'sessions',
      'how long',
      'tips',
    ].find((q) => answer(q, knowledge)?.kind === 'clarify');
    expect(vague).toBeDefined();
    const widget = await mount();
    await widget.ask(vague!);
    const buttons = widget.$$(`[aria-label="${COPY.panel.didYouMean}"] button`);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(last(widget).textContent).toContain(COPY.clarify);
  });

  it('says honestly it cannot answer, and offers a message button and the phone number', async () => {
    const widget = await mount();
    await widget.ask('do you have parking?');
    const reply = last(widget);
    expect(reply.textContent).toContain(COPY.uncovered);
    const button = [...reply.querySelectorAll('button')].find((b) => b.textContent === COPY.reach.form);
    expect(button).toBeDefined();
    expect(reply.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:5550100100');
    expect(widget.events.map(([e]) => e)).toContain('unanswered');
    await widget.click(button);
    expect(widget.$('form.contact')).not.toBeNull();
    expect(widget.events.at(-1)).toEqual(['escalate', { reason: 'fallback' }]);
  });

  it('never promises a message when the clinic set no endpoint, email or phone, and says where to look instead', async () => {
    const widget = await mount({ dataset: { endpoint: '', email: '', phone: '' } });
    for (const question of ['do you have parking?', 'can I talk to a real person']) {
      await widget.ask(question);
      const reply = last(widget);
      expect(reply.textContent).not.toMatch(/message/i);
      expect(reply.textContent).toContain(COPY.reach.directly);
      expect(reply.querySelector('button, a')).toBeNull();
    }
    expect(widget.$('form.contact')).toBeNull();
  });

  it('answers a booking request with the booking page first and a message to the team second, opening no form', async () => {
    const widget = await mount({ dataset: { bookingUrl: 'https://example.com/book' } });
    await widget.ask('I want to book an appointment');
    expect(widget.$('form.contact')).toBeNull();
    const reply = last(widget);
    expect(reply.textContent).toContain(COPY.booking);
    const actions = [...reply.querySelectorAll('a.btn, button.btn')];
    expect(actions.map((a) => a.textContent)).toEqual([COPY.panel.bookOnline, COPY.reach.form]);
    expect(actions[0].getAttribute('href')).toBe('https://example.com/book');
    expect(widget.events).toContainEqual([
      'question',
      { text: 'I want to book an appointment', kind: 'booking', topic: null },
    ]);
    await widget.click(actions[1]);
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('I want to book an appointment');
  });

  it("answers a booking request with the clinic's own booking answer when it has one, the buttons staying", async () => {
    const own = {
      id: 'booking-howto',
      topic: 'booking' as const,
      questions: ['How do I book?'],
      related: [],
      md: 'Book on our site; cancel 24 hours ahead.',
    };
    const widget = await mount({
      dataset: { bookingUrl: 'https://example.com/book' },
      knowledge: { ...knowledge, entries: [...knowledge.entries, own] },
    });
    await widget.ask('can I book a session?');
    const reply = last(widget);
    expect(reply.textContent).toContain('cancel 24 hours ahead');
    expect(reply.querySelector('a.btn')!.getAttribute('href')).toBe('https://example.com/book');
  });

  it('still goes straight to the contact form for a booking request when the clinic has no booking page', async () => {
    const widget = await mount();
    await widget.ask('I want to book an appointment');
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('I want to book an appointment');
  });

  it('keeps a Book online link in the panel header at all times when the clinic books online', async () => {
    const widget = await mount({ dataset: { bookingUrl: 'https://example.com/book' } });
    await widget.click(widget.$('.launcher'));
    expect(widget.$('.head a[href="https://example.com/book"]')!.textContent).toBe(COPY.panel.bookOnline);
    await widget.ask('I lost control of my bladder today');
    expect(widget.$('.head a[href="https://example.com/book"]')).not.toBeNull();
    const plain = await mount();
    await plain.click(plain.$('.launcher'));
    expect(plain.$('.head')).not.toBeNull();
    expect(plain.$('.head a')).toBeNull();
  });

  it('shows emergency advice with a tel: link to the configured number, and nothing to book', async () => {
    const widget = await mount({ dataset: { emergencyNumber: '112', bookingUrl: 'https://example.com/book' } });
    await widget.ask('how many sessions? also i lost control of my bladder today');
    const alert = widget.$('[role="alert"]')!;
    expect(alert.textContent).toContain('112');
    expect(alert.querySelector('a')!.getAttribute('href')).toBe('tel:112');
    // The panel's header keeps its Book link; the emergency message itself offers nothing to book.
    expect(last(widget).querySelector('a[href="https://example.com/book"]')).toBeNull();
    expect(widget.$(related)).toBeNull();
    expect(widget.events.map(([e]) => e)).toContain('urgent');
  });

  it('answers small talk', async () => {
    const widget = await mount();
    await widget.ask('hello!');
    expect(last(widget).textContent).toBe(COPY.smallTalk.hello);
    expect(widget.events.at(-1)).toEqual(['question', { text: 'hello!', kind: 'smalltalk', topic: null }]);
  });

  it('shows markup a visitor types as text, never as elements', async () => {
    const widget = await mount();
    await widget.ask('<img src=x onerror="window.__pwned=1"> is it safe');
    expect(widget.$$('.msg.visitor')[0].textContent).toContain('<img src=x');
    expect(widget.$('.msg.visitor img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
