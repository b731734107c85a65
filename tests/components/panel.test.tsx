import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './render.ts';
import { COPY } from '../../widget/copy.ts';

const starters = `[aria-label="${COPY.panel.starters}"] button`;

afterEach(() => vi.restoreAllMocks());

describe('the launcher and panel', () => {
  it('has a launcher named for chat that controls the panel and reports whether it is open', async () => {
    const widget = await mount();
    const launcher = widget.$('.launcher')!;
    expect(launcher.getAttribute('aria-label')).toBe(COPY.panel.open);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(widget.$('[role="dialog"]')).toBeNull();
    await widget.click(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(launcher.getAttribute('aria-label')).toBe(COPY.panel.close);
    expect(widget.$('[role="dialog"]')!.id).toBe(launcher.getAttribute('aria-controls'));
  });

  it('names the dialog after the clinic and moves focus into the composer when opened', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    const dialog = widget.$('[role="dialog"]')!;
    expect(widget.$(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Test Clinic');
    expect(document.activeElement).toBe(widget.$('textarea'));
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    await widget.key(widget.$('textarea'), 'Escape');
    expect(widget.$('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(widget.$('.launcher'));
    expect(widget.events.map(([e]) => e)).toEqual(['open', 'close']);
  });

  it('closes with the close button', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    await widget.click(widget.byText('.panel button', COPY.panel.close));
    expect(widget.$('[role="dialog"]')).toBeNull();
  });

  it('takes no focus on page load, even when told to start open', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const widget = await mount({ dataset: { open: 'true' } });
    expect(widget.$('[role="dialog"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('greets the visitor by the clinic name and offers the most asked questions', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    expect(widget.$('[role="log"]')!.getAttribute('aria-live')).toBe('polite');
    expect(widget.$('.msg.bot')!.textContent).toBe(COPY.greeting('Test Clinic'));
    const chips = widget.$$(starters).map((b) => b.textContent);
    expect(chips.length).toBeGreaterThanOrEqual(3);
    expect(chips.length).toBeLessThanOrEqual(4);
    expect(chips.join(' ')).toMatch(/safe/i);
    expect(chips.join(' ')).toMatch(/acupuncture/i);
    expect(chips.join(' ')).toMatch(/how many/i);
  });

  it('answers each suggested first question with the entry it names', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    const chips = widget.$$(starters).map((b) => b.textContent!);
    for (const question of chips) {
      if (widget.chat.get().messages.length) await widget.click(widget.byText('button', COPY.panel.clear));
      await widget.click(widget.byText(starters, question));
      expect(widget.chat.get().messages[1]).toMatchObject({ kind: 'answer' });
      expect(widget.$$('.msg.visitor')[0].textContent).toContain(question);
    }
    expect(new Set(widget.events.filter(([e]) => e === 'question').map(([, p]) => (p as { topic: string }).topic))).toEqual(
      new Set(['safety', 'vs-acupuncture', 'session-count', 'does-it-hurt']),
    );
  });

  it('uses data-greeting when given', async () => {
    const widget = await mount({ dataset: { greeting: 'Welcome to our clinic!' } });
    await widget.click(widget.$('.launcher'));
    expect(widget.$('.msg.bot')!.textContent).toBe('Welcome to our clinic!');
  });

  it('clears the conversation from the header', async () => {
    const widget = await mount();
    await widget.ask('does it hurt');
    await widget.click(widget.byText('button', COPY.panel.clear));
    expect(widget.$$('.msg.visitor')).toHaveLength(0);
  });

  it('keeps working when storage throws on every call', async () => {
    const boom = () => {
      throw new Error('blocked');
    };
    const widget = await mount({ storage: { getItem: boom, setItem: boom, removeItem: boom } });
    await widget.ask('is dry needling safe');
    expect(widget.$$('.msg.visitor')).toHaveLength(1);
    expect(widget.$$('.msg.bot').length).toBeGreaterThan(1);
  });
});
