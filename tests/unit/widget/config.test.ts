import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseConfig } from '../../../widget/config.ts';
import { ERRORS } from '../../../widget/errors.ts';

describe('parseConfig', () => {
  it('returns the defaults, and no warning, for an empty tag: 911, with 988 as the crisis line', () => {
    expect(parseConfig({})).toEqual({ config: { ...DEFAULTS, crisisLine: '988' }, warnings: [] });
    expect(DEFAULTS.emergencyNumber).toBe('911');
  });

  it('has no crisis line of its own where the emergency number is not 911, and asks the owner for one', () => {
    const { config, warnings } = parseConfig({ emergencyNumber: '999' });
    expect(config.crisisLine).toBe('');
    expect(warnings).toEqual([ERRORS.noCrisisLine('999')]);
  });

  it('uses the crisis line the owner gives, with any emergency number', () => {
    expect(parseConfig({ emergencyNumber: '999', crisisLine: '116 123' })).toEqual({ config: { ...DEFAULTS, emergencyNumber: '999', crisisLine: '116 123' }, warnings: [] });
    expect(parseConfig({ crisisLine: '1-800-273-8255' }).config.crisisLine).toBe('1-800-273-8255');
  });

  it('keeps the default crisis line and warns when the one given is not a phone number', () => {
    const { config, warnings } = parseConfig({ crisisLine: 'call us' });
    expect(config.crisisLine).toBe('988');
    expect(warnings).toEqual([ERRORS.bad('crisis-line', 'call us', 'a phone number, like 988 or 116 123')]);
  });

  it('reads every documented attribute', () => {
    const { config, warnings } = parseConfig({
      clinicName: 'Maple Street Physio',
      color: '#123abc',
      position: 'LEFT',
      greeting: 'Hello there',
      endpoint: 'https://formspree.io/f/abc',
      phone: '(555) 010-0199',
      email: 'hello@example.com',
      bookingUrl: 'https://example.com/book',
      emergencyNumber: '112',
      crisisLine: '116 123',
      open: '',
      zIndex: '50',
      nonce: 'n0nce',
      knowledge: '/faq.json',
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      clinicName: 'Maple Street Physio',
      color: '#123abc',
      position: 'left',
      greeting: 'Hello there',
      endpoint: 'https://formspree.io/f/abc',
      phone: '(555) 010-0199',
      email: 'hello@example.com',
      bookingUrl: 'https://example.com/book',
      emergencyNumber: '112',
      crisisLine: '116 123',
      open: true,
      zIndex: 50,
      nonce: 'n0nce',
      knowledge: '/faq.json',
    });
  });

  it.each([
    ['color', 'blurple', 'color'],
    ['color', '#12345', 'color'],
    ['position', 'middle', 'position'],
    ['endpoint', 'javascript:alert(1)', 'endpoint'],
    ['endpoint', '//evil.example/steal', 'endpoint'],
    ['endpoint', 'api/leads', 'endpoint'],
    ['bookingUrl', 'ftp://example.com', 'booking-url'],
    ['phone', 'call us!', 'phone'],
    ['email', 'not-an-email', 'email'],
    ['emergencyNumber', '9-1-1', 'emergency-number'],
    ['open', 'maybe', 'open'],
    ['zIndex', 'top', 'z-index'],
    ['knowledge', 'data:application/json,{}', 'knowledge'],
  ])('keeps the default and warns once for %s="%s"', (key, value, attr) => {
    const { config, warnings } = parseConfig({ [key]: value });
    expect(config[key as keyof typeof config]).toEqual(DEFAULTS[key as keyof typeof DEFAULTS]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`data-${attr}="${value}"`);
  });

  it('accepts a same-origin path and an http(s) URL as the endpoint', () => {
    expect(parseConfig({ endpoint: '/api/leads' }).config.endpoint).toBe('/api/leads');
    expect(parseConfig({ endpoint: 'http://localhost:5173/api/leads' }).config.endpoint).toBe('http://localhost:5173/api/leads');
  });

  it('reads data-open="false" as closed and trims values', () => {
    expect(parseConfig({ open: 'false' }).config.open).toBe(false);
    expect(parseConfig({ clinicName: '  Spaced  ' }).config.clinicName).toBe('Spaced');
  });

  it('never throws, whatever the dataset holds', () => {
    const weird = { color: '\u0000', position: '🙂'.repeat(1000), zIndex: '1e400', endpoint: ' ' };
    expect(() => parseConfig(weird)).not.toThrow();
  });
});

describe('settings on a page that extends Object.prototype', () => {
  const polluted = { endpoint: '/evil-collect', emergencyNumber: '118118', knowledge: '/evil.json', greeting: 'x', clinicName: ['x'] };

  it('ignores inherited values: only the script tag chooses where leads go and whom to call', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, polluted);
    try {
      const { config, warnings } = parseConfig({});
      expect({ ...config }).toEqual({ ...DEFAULTS, crisisLine: '988' });
      expect(warnings).toEqual([]);
      expect(parseConfig({ endpoint: '/api/leads' }).config.endpoint).toBe('/api/leads');
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
  });
});
