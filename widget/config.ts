// All settings come from data-* attributes on the script tag, parsed here and nowhere
// else. A bad value keeps its default and yields a warning; nothing throws.
import { ERRORS } from './errors.ts';
import { parseColor } from './theme.ts';

export interface Config {
  /** Clinic name, shown in the panel title, greeting and consent text. */
  clinicName: string;
  /** Theme colour, hex: #0f766e. */
  color: string;
  /** Corner of the launcher: right or left. */
  position: 'right' | 'left';
  /** First message in the panel; defaults to one naming the clinic. */
  greeting: string;
  /** Where the contact form POSTs leads: an http(s) URL or a path on this site. */
  endpoint: string;
  /** Clinic phone number, offered when the widget cannot help. */
  phone: string;
  /** Clinic email: the contact form opens a pre-filled email when there is no endpoint. */
  email: string;
  /** Online booking page, shown when a visitor asks to book. */
  bookingUrl: string;
  /** Number to call in an emergency. */
  emergencyNumber: string;
  /** Crisis line for thoughts of suicide or self-harm; 988 by default where the emergency number is 911. */
  crisisLine: string;
  /** Start with the panel open. */
  open: boolean;
  /** z-index of the launcher and panel. */
  zIndex: number;
  /** Nonce for the <style> fallback in browsers without constructable stylesheets. */
  nonce: string;
  /** URL of a compiled knowledge base (JSON) to use instead of the built-in one. */
  knowledge: string;
}

export const DEFAULTS: Readonly<Config> = {
  clinicName: '',
  color: '#0f766e',
  position: 'right',
  greeting: '',
  endpoint: '',
  phone: '',
  email: '',
  bookingUrl: '',
  emergencyNumber: '911',
  crisisLine: '',
  open: false,
  zIndex: 2147483647,
  nonce: '',
  knowledge: '',
};

const URL_OR_PATH = /^(https?:\/\/[\w.-]+(:\d+)?|(?=\/[^/]))(\/\S*)?$/i;
const URL_HINT = 'an http(s) URL or a path on this site like /api/leads';

type Check = [RegExp | ((v: string) => unknown), string, ((v: string) => unknown)?];

/** How each attribute is checked, what a good value looks like, and how it is converted. */
const RULES: Partial<Record<keyof Config, Check>> = {
  color: [parseColor, 'a hex colour like #0f766e'],
  position: [/^(left|right)$/i, '"right" or "left"', (v) => v.toLowerCase()],
  endpoint: [URL_OR_PATH, URL_HINT],
  bookingUrl: [/^https?:\/\/\S+$/i, 'an http(s) URL'],
  knowledge: [URL_OR_PATH, URL_HINT],
  phone: [/^\+?[\d\s().-]{3,24}$/, 'a phone number'],
  email: [/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/, 'an email address'],
  emergencyNumber: [/^\d{2,6}$/, 'digits, like 911, 999 or 112'],
  crisisLine: [/^\+?[\d\s().-]{2,24}$/, 'a phone number, like 988 or 116 123'],
  zIndex: [/^-?\d{1,10}$/, 'a whole number', Number],
  open: [/^(|true|false)$/i, '"true" or "false"', (v) => !/^false$/i.test(v)],
};

/** An own property only: a page that extends Object.prototype must not choose our settings. */
const own = <T>(o: Partial<Record<string, T>>, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Parses the script tag's dataset into a complete Config. */
export function parseConfig(dataset: Record<string, string | undefined>): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const config: Record<string, unknown> = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Config)[]) {
    const raw = own(dataset, key);
    if (typeof raw !== 'string') continue;
    const v = raw.trim().slice(0, 300);
    const [test, hint, convert] = own(RULES, key) ?? [];
    if (!v && key !== 'open') continue;
    if (!test || (typeof test === 'function' ? test(v) : test.test(v))) config[key] = convert ? convert(v) : v;
    else
      warnings.push(
        ERRORS.bad(
          key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
          v,
          hint!,
        ),
      );
  }
  const result = config as unknown as Config;
  // 988 answers calls and texts about suicide in the US and Canada, where 911 is the emergency number.
  if (!result.crisisLine && result.emergencyNumber === '911') result.crisisLine = '988';
  else if (!result.crisisLine) warnings.push(ERRORS.noCrisisLine(result.emergencyNumber));
  return { config: result, warnings };
}
