// Red-flag replies in the panel: graded, with the right numbers to call, and nothing else.
import { describe, expect, it } from 'vitest';
import { mount } from './render.ts';
import { COPY } from '../../widget/copy.ts';

const hrefs = (el: Element) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('an urgent reply', () => {
  it('offers the emergency number as a call, for an emergency, and reports its level', async () => {
    const widget = await mount({ dataset: { emergencyNumber: '999', crisisLine: '116 123' } });
    await widget.ask('my legs have gone numb and weak');
    const alert = widget.$('[role="alert"]')!;
    expect(hrefs(alert)).toEqual(['tel:999']);
    expect(alert.textContent).toContain(COPY.callNow('999'));
    expect(widget.events.find(([e]) => e === 'urgent')).toEqual(['urgent', { text: 'my legs have gone numb and weak', level: 'emergency' }]);
  });

  it('offers the crisis line to call or text first, then the emergency number, for thoughts of suicide', async () => {
    const widget = await mount();
    await widget.ask('i want to end it all');
    const alert = widget.$('[role="alert"]')!;
    expect(hrefs(alert)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(alert.textContent).toContain(COPY.urgent.crisis({ emergencyNumber: '911', crisisLine: '988' }));
    expect(widget.$('form.contact')).toBeNull();
  });

  it('uses the emergency number alone for a crisis where the clinic set no crisis line', async () => {
    const widget = await mount({ dataset: { emergencyNumber: '000' } });
    await widget.ask('i keep thinking about killing myself');
    expect(hrefs(widget.$('[role="alert"]')!)).toEqual(['tel:000']);
  });

  it('sends a doctor-level finding to a doctor, with the emergency number only in case it gets worse', async () => {
    const widget = await mount();
    await widget.ask('I have a fever and my lower back is agony');
    const alert = widget.$('[role="alert"]')!;
    expect(alert.textContent).toContain(COPY.urgent.doctor({ emergencyNumber: '911', crisisLine: '988' }));
    expect(alert.textContent).toContain(COPY.callIfWorse('911'));
  });

  it('speaks of the other person when the message is about someone else', async () => {
    const widget = await mount();
    await widget.ask("my dad can't feel his legs");
    expect(widget.$('[role="alert"]')!.textContent).toContain(COPY.urgent.emergency({ emergencyNumber: '911', crisisLine: '988', someoneElse: 'your dad' }));
  });

  it('has no feedback buttons and no follow-up questions', async () => {
    const widget = await mount();
    await widget.ask('crushing pain in my chest');
    expect(widget.$('[role="alert"]')).not.toBeNull();
    expect(widget.$('[role="alert"]')!.textContent).not.toContain(COPY.panel.helpful);
    expect(widget.byText('button', COPY.panel.yes)).toBeUndefined();
    expect(widget.byText('button', COPY.panel.no)).toBeUndefined();
    expect(widget.$(`[aria-label="${COPY.panel.related}"]`)).toBeNull();
  });
});

describe('a question about the warning signs', () => {
  it('lists what needs emergency care, with the number to call, as ordinary text rather than an alarm', async () => {
    const widget = await mount();
    await widget.ask('what is foot drop?');
    expect(widget.$('[role="alert"]')).toBeNull();
    const reply = widget.$$('.msg.bot').at(-1)!;
    expect(reply.textContent).toContain(COPY.warningSigns({ emergencyNumber: '911', crisisLine: '988' }).split('\n')[0]);
    expect(hrefs(reply)).toEqual(['tel:911']);
    expect(widget.events.find(([e]) => e === 'urgent')).toBeUndefined();
  });
});
