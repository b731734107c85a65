import { describe, expect, it } from 'vitest';
import { knowledge, mount } from './render.ts';
import { answer } from '../../widget/engine/answer.ts';

const last = (widget: Awaited<ReturnType<typeof mount>>) => widget.$$('.msg.bot').at(-1)!;

describe('replies by kind', () => {
  it('shows an answer with formatting, related questions and a helpful? yes/no that reports feedback', async () => {
    const widget = await mount();
    await widget.ask('r needles safe');
    const reply = last(widget);
    expect(reply.querySelector('li, strong, p')).not.toBeNull();
    const related = widget.$$('[aria-label="Related questions"] button');
    expect(related.length).toBeGreaterThanOrEqual(2);
    expect(related.length).toBeLessThanOrEqual(3);
    await widget.click(widget.byText('button', /^yes$/i));
    expect(widget.events.at(-1)).toEqual(['feedback', { topic: 'safety', helpful: true }]);
    expect(last(widget).textContent).toMatch(/thanks/i);
  });

  it('answers a related question when its button is pressed', async () => {
    const widget = await mount();
    await widget.ask('r needles safe');
    const btn = widget.$$('[aria-label="Related questions"] button')[0];
    await widget.click(btn);
    expect(widget.$$('.msg.visitor').at(-1)!.textContent).toContain(btn.textContent!);
  });

  it('asks "did you mean" with the candidates as buttons', async () => {
    // One-word questions are the vague ones; take the first the engine is unsure about.
    const vague = ['water', 'exercise', 'after', 'needles', 'pain', 'sore', 'session', 'sessions', 'how long', 'tips'].find((q) => answer(q, knowledge)?.kind === 'clarify');
    expect(vague).toBeDefined();
    const widget = await mount();
    await widget.ask(vague!);
    const buttons = widget.$$('[aria-label="Did you mean"] button');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(last(widget).textContent).toMatch(/did you mean/i);
  });

  it('says honestly it cannot answer, and offers a message button and the phone number', async () => {
    const widget = await mount();
    await widget.ask('do you have parking?');
    const reply = last(widget);
    const button = [...reply.querySelectorAll('button')].find((b) => /contact|message|get in touch/i.test(b.textContent!));
    expect(button).toBeDefined();
    expect(reply.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:5550100100');
    expect(widget.events.map(([e]) => e)).toContain('unanswered');
    await widget.click(button);
    expect(widget.$('form.contact')).not.toBeNull();
    expect(widget.events.at(-1)).toEqual(['escalate', { reason: 'fallback' }]);
  });

  it('goes straight to the contact form for a booking request, and shows the booking link', async () => {
    const widget = await mount({ dataset: { bookingUrl: 'https://example.com/book' } });
    await widget.ask('I want to book an appointment');
    expect(widget.$('form.contact')).not.toBeNull();
    expect(widget.$<HTMLTextAreaElement>('#faq-message')!.value).toBe('I want to book an appointment');
    await widget.click(widget.byText('button', /back to chat/i));
    expect(last(widget).querySelector('a[href="https://example.com/book"]')).not.toBeNull();
  });

  it('shows emergency advice with a tel: link to the configured number, and nothing to book', async () => {
    const widget = await mount({ dataset: { emergencyNumber: '112', bookingUrl: 'https://example.com/book' } });
    await widget.ask('how many sessions? also i lost control of my bladder today');
    const alert = widget.$('[role="alert"]')!;
    expect(alert.textContent).toContain('112');
    expect(alert.querySelector('a')!.getAttribute('href')).toBe('tel:112');
    expect(widget.$('a[href="https://example.com/book"]')).toBeNull();
    expect(widget.$('[aria-label="Related questions"]')).toBeNull();
    expect(widget.events.map(([e]) => e)).toContain('urgent');
  });

  it('answers small talk', async () => {
    const widget = await mount();
    await widget.ask('hello!');
    expect(last(widget).textContent).toMatch(/hello|hi/i);
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
