import { describe, expect, it } from 'vitest';
import { mount } from './render.ts';
import { COPY } from '../../widget/copy.ts';

describe('the composer', () => {
  it('is a labelled field with a Send button', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    expect(widget.$('textarea')!.getAttribute('aria-label')).toBe(COPY.panel.ask);
    expect(widget.byText('form.composer button[type="submit"]', COPY.panel.send)).toBeDefined();
  });

  it('sends on Enter and keeps Shift+Enter for a new line', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    const box = widget.$('textarea')!;
    await widget.type(box, 'does it hurt');
    await widget.key(box, 'Enter', { shiftKey: true });
    expect(widget.$$('.msg.visitor')).toHaveLength(0);
    await widget.key(box, 'Enter');
    expect(widget.$$('.msg.visitor')).toHaveLength(1);
    expect(widget.$<HTMLTextAreaElement>('textarea')!.value).toBe('');
  });

  it('sends nothing for empty or whitespace-only input, by key or button', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    await widget.type(widget.$('textarea'), '   \n ');
    await widget.key(widget.$('textarea'), 'Enter');
    await widget.click(widget.byText('button', COPY.panel.send));
    expect(widget.$$('.msg.visitor')).toHaveLength(0);
  });

  it('holds 500 characters at most and shows how many are left before the limit', async () => {
    const widget = await mount();
    await widget.click(widget.$('.launcher'));
    const box = widget.$<HTMLTextAreaElement>('textarea')!;
    expect(box.maxLength).toBe(500);
    await widget.type(box, 'a'.repeat(300));
    expect(widget.$('#faq-left')).toBeNull();
    await widget.type(box, 'a'.repeat(450));
    expect(widget.$('#faq-left')!.textContent).toBe(COPY.panel.left(50));
    expect(box.getAttribute('aria-describedby')).toBe('faq-left');
    await widget.type(box, 'a'.repeat(900));
    expect(widget.$<HTMLTextAreaElement>('textarea')!.value).toHaveLength(500);
  });
});
