import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { packJson, slim } from '../../../knowledge/bundle.ts';
import { unpackLists } from '../../../widget/engine/unpack.ts';
import type { Knowledge } from '../../../widget/engine/types.ts';
import { MANGLED, RESERVED } from '../../../scripts/lib/mangle.ts';
import { COMMANDS } from '../../../widget/api.ts';
import { DEFAULTS } from '../../../widget/config.ts';
import { buildLead } from '../../../widget/contact/lead.ts';

const { knowledge } = compileKnowledge();

describe('the shipped knowledge JSON', () => {
  it('reads back exactly as the slim knowledge base through the widget reviver', () => {
    expect(JSON.parse(packJson(knowledge), unpackLists)).toEqual(slim(knowledge));
  });

  it('is smaller than plain JSON of the same base', () => {
    expect(packJson(knowledge).length).toBeLessThan(JSON.stringify(slim(knowledge)).length * 0.97);
  });

  it('keeps empty lists, one-item lists and lists whose items hold the separator intact', () => {
    const odd = structuredClone(knowledge) as Knowledge;
    odd.entries[0].related = [];
    odd.entries[0].questions = ['Only one?'];
    odd.redFlags.lookAlikes = ['a,b', 'c'];
    const back = JSON.parse(packJson(odd), unpackLists) as Knowledge;
    expect(back).toEqual(slim(odd));
    expect(back.entries[0].questions).toEqual(['Only one?']);
  });

  it('refuses a string that would read back as a packed list', () => {
    const odd = structuredClone(knowledge) as Knowledge;
    odd.entries[0].md = '^ a caret first';
    expect(() => packJson(odd)).toThrow(/marks a packed list/);
  });
});

describe('the property names the build shortens', () => {
  const keys = (value: unknown, out = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => keys(v, out));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        out.add(k);
        keys(v, out);
      }
    return out;
  };

  it('include no key of the shipped knowledge JSON, no setting and no field of a lead', () => {
    const lead = buildLead({
      id: 'x',
      form: { name: 'Sam', email: 'sam@example.com', phone: '', message: 'Hi', consent: true },
      honeypot: '',
      transcript: [{ from: 'visitor', text: 'Hi', at: '2026-01-01T00:00:00Z' }],
      page: 'https://example.com/',
      now: 0,
    });
    const outside = [...keys(JSON.parse(packJson(knowledge))), ...Object.keys(DEFAULTS), ...keys(lead)];
    expect(outside.filter((k) => MANGLED.test(k) && !RESERVED.includes(k))).toEqual([]);
  });

  it('include no page API command and no event name: the page calls them by name', () => {
    const events = [
      'open',
      'close',
      'question',
      'unanswered',
      'urgent',
      'feedback',
      'escalate',
      'lead:sent',
      'lead:queued',
      'lead:failed',
    ];
    expect([...COMMANDS, 'isOpen', ...events].filter((name) => MANGLED.test(name))).toEqual([]);
  });

  it('leave the honeypot field of a lead as the form services expect it', () => {
    expect(MANGLED.test('_gotcha') && RESERVED.includes('_gotcha')).toBe(true);
  });
});
