import { describe, expect, it } from 'vitest';
import { mount } from './render.ts';

describe('the composer', () => {
  it('is a labelled field with a Send button', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    expect(w.$('textarea')!.getAttribute('aria-label')).toMatch(/question|message/i);
    expect(w.byText('button', /^send$/i)).toBeDefined();
  });

  it('sends on Enter and keeps Shift+Enter for a new line', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    const box = w.$('textarea')!;
    await w.type(box, 'does it hurt');
    await w.key(box, 'Enter', { shiftKey: true });
    expect(w.$$('.msg.visitor')).toHaveLength(0);
    await w.key(box, 'Enter');
    expect(w.$$('.msg.visitor')).toHaveLength(1);
    expect(w.$<HTMLTextAreaElement>('textarea')!.value).toBe('');
  });

  it('sends nothing for empty or whitespace-only input, by key or button', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    await w.type(w.$('textarea'), '   \n ');
    await w.key(w.$('textarea'), 'Enter');
    await w.click(w.byText('button', /^send$/i));
    expect(w.$$('.msg.visitor')).toHaveLength(0);
  });

  it('holds 500 characters at most and shows how many are left before the limit', async () => {
    const w = await mount();
    await w.click(w.$('.launcher'));
    const box = w.$<HTMLTextAreaElement>('textarea')!;
    expect(box.maxLength).toBe(500);
    await w.type(box, 'a'.repeat(300));
    expect(w.$('#faq-left')).toBeNull();
    await w.type(box, 'a'.repeat(450));
    expect(w.$('#faq-left')!.textContent).toBe('50 characters left');
    expect(box.getAttribute('aria-describedby')).toBe('faq-left');
    await w.type(box, 'a'.repeat(900));
    expect(w.$<HTMLTextAreaElement>('textarea')!.value).toHaveLength(500);
  });
});
