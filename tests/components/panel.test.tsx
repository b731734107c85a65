import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './render.ts';

afterEach(() => vi.restoreAllMocks());

describe('the launcher and panel', () => {
  it('has a launcher named for chat that controls the panel and reports whether it is open', async () => {
    const w = await mount();
    const launcher = w.$('.launcher')!;
    expect(launcher.getAttribute('aria-label')).toMatch(/chat/i);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(w.$('[role="dialog"]')).toBeNull();
    await w.click(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(w.$('[role="dialog"]')!.id).toBe(launcher.getAttribute('aria-controls'));
  });

  it('names the dialog after the clinic and moves focus into the composer when opened', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    const dialog = w.$('[role="dialog"]')!;
    expect(w.$(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Test Clinic');
    expect(document.activeElement).toBe(w.$('textarea'));
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    await w.key(w.$('textarea'), 'Escape');
    expect(w.$('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(w.$('.launcher'));
    expect(w.events.map(([e]) => e)).toEqual(['open', 'close']);
  });

  it('closes with the close button', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    await w.click(w.byText('button', /close chat/i));
    expect(w.$('[role="dialog"]')).toBeNull();
  });

  it('takes no focus on page load, even when told to start open', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const w = await mount({ dataset: { open: 'true' } });
    expect(w.$('[role="dialog"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('greets the visitor by the clinic name and offers the most asked questions', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    expect(w.$('[role="log"]')!.getAttribute('aria-live')).toBe('polite');
    expect(w.$('.msg.bot')!.textContent).toContain('Test Clinic');
    const chips = w.$$('[aria-label="Suggested questions"] button').map((b) => b.textContent);
    expect(chips.length).toBeGreaterThanOrEqual(3);
    expect(chips.length).toBeLessThanOrEqual(4);
    expect(chips.join(' ')).toMatch(/safe/i);
    expect(chips.join(' ')).toMatch(/acupuncture/i);
    expect(chips.join(' ')).toMatch(/how many/i);
  });

  it('answers each suggested first question with the entry it names', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    const chips = w.$$('[aria-label="Suggested questions"] button').map((b) => b.textContent!);
    for (const question of chips) {
      if (w.chat.get().messages.length) await w.click(w.byText('button', /clear conversation/i));
      await w.click(w.byText('[aria-label="Suggested questions"] button', new RegExp('^' + question.replace(/[?.()]/g, '\\$&') + '$')));
      expect(w.chat.get().messages[1]).toMatchObject({ kind: 'answer' });
      expect(w.$$('.msg.visitor')[0].textContent).toContain(question);
    }
    expect(new Set(w.events.filter(([e]) => e === 'question').map(([, p]) => (p as { topic: string }).topic))).toEqual(
      new Set(['safety', 'vs-acupuncture', 'session-count', 'does-it-hurt']),
    );
  });

  it('uses data-greeting when given', async () => {
    const w = await mount({ dataset: { greeting: 'Welcome to our clinic!' } });
    await w.click(w.$('.launcher'));
    expect(w.$('.msg.bot')!.textContent).toBe('Welcome to our clinic!');
  });

  it('clears the conversation from the header', async () => {
    const w = await mount();
    await w.ask('does it hurt');
    await w.click(w.byText('button', /clear conversation/i));
    expect(w.$$('.msg.visitor')).toHaveLength(0);
  });

  it('keeps working when storage throws on every call', async () => {
    const boom = () => {
      throw new Error('blocked');
    };
    const w = await mount({ storage: { getItem: boom, setItem: boom, removeItem: boom } });
    await w.ask('is dry needling safe');
    expect(w.$$('.msg.visitor')).toHaveLength(1);
    expect(w.$$('.msg.bot').length).toBeGreaterThan(1);
  });
});
