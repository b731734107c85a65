// "Send a test message": one lead, built and sent the way the widget sends it
// (widget/contact/lead.ts and deliver.ts), and the answer explained in plain words.
import { buildLead, newId } from '../widget/contact/lead.ts';
import { DEFAULT_TIMEOUT_MS } from '../widget/contact/deliver.ts';

export const TEST_MESSAGE =
  'TEST MESSAGE from the faq-widget setup page. If you can read this, messages from the chat on your website reach you. You can delete it.';

export type TestResult =
  /** The endpoint field cannot be tested from here. */
  | { kind: 'unusable'; why: string }
  | { kind: 'sent'; status: number }
  /** The bundled receiver answered 403 "origin not allowed". */
  | { kind: 'origin'; status: number; origin: string }
  /** The request failed, but the service is reachable: the browser hid its answer (CORS). */
  | { kind: 'cors'; origin: string; service: string }
  | { kind: 'refused'; status: number; said: string }
  | { kind: 'server'; status: number; said: string }
  | { kind: 'offline'; service: string };

export interface TestInput {
  endpoint: string;
  /** The test sender's email address; the service may check it. */
  email: string;
  /** Where this page is, as `location`. */
  location: { href: string; origin: string; protocol: string };
  fetch: typeof fetch;
  random: { getRandomValues(a: Uint8Array): Uint8Array };
  now?: number;
  timeoutMs?: number;
}

/** Says what a service put in a refusal: the receiver's or Formspree's field errors, an error, or the start of its text. */
export function whatItSaid(body: string): string {
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown; errors?: unknown };
    const parts: string[] = [];
    if (Array.isArray(json.errors))
      for (const e of json.errors as { field?: string; message?: string }[])
        parts.push([e?.field, e?.message].filter(Boolean).join(': '));
    else if (json.errors && typeof json.errors === 'object')
      for (const [field, message] of Object.entries(json.errors)) parts.push(`${field}: ${String(message)}`);
    if (!parts.length && typeof json.error === 'string') parts.push(json.error);
    if (!parts.length && typeof json.message === 'string') parts.push(json.message);
    if (parts.length) return parts.filter(Boolean).join('; ');
  } catch {
    // Not JSON: the text itself.
  }
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 300 ? text.slice(0, 300) + '…' : text;
}

/** Sends one test lead to the endpoint and classifies the answer. Never throws. */
export async function sendTest(input: TestInput): Promise<TestResult> {
  const { endpoint, location, fetch } = input;
  const trimmed = endpoint.trim();
  if (!trimmed)
    return {
      kind: 'unusable',
      why: 'There is no address to send to: fill in \u201cWhere messages go\u201d first.',
    };
  const web = /^https?:$/.test(location.protocol);
  if (trimmed.startsWith('/') && !web)
    return {
      kind: 'unusable',
      why: `${trimmed} is a path on your website, which this page cannot reach when it is opened from a file. To test it, type the full address, like https://your-clinic.example${trimmed}.`,
    };
  let url: URL;
  try {
    url = new URL(trimmed, web ? location.href : undefined);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  } catch {
    return { kind: 'unusable', why: `\u201c${trimmed}\u201d is not a web address: it should start with https://.` };
  }
  const id = newId(input.random);
  const lead = buildLead({
    id,
    form: { name: 'Setup page test', email: input.email, phone: '', message: TEST_MESSAGE, consent: true },
    honeypot: '',
    transcript: [],
    page: web ? location.href : 'the faq-widget setup page, opened from a file',
    now: input.now ?? Date.now(),
  });
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timed = (init: RequestInit) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    return fetch(url.href, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  };
  let res: Response;
  try {
    res = await timed({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id },
      body: JSON.stringify(lead),
      credentials: 'omit',
      mode: 'cors',
    });
  } catch {
    // A refused CORS request and an unreachable server look the same to the page. A no-cors
    // request is not refused by CORS: if it gets through, the service is there.
    const service = url.origin;
    if (service !== location.origin) {
      try {
        await timed({ method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
        return { kind: 'cors', origin: location.origin, service };
      } catch {
        // Unreachable as well.
      }
    }
    return { kind: 'offline', service };
  }
  const status = res.status;
  if (status >= 200 && status < 300) return { kind: 'sent', status };
  const body = await res.text().catch(() => '');
  if (status === 403) {
    try {
      const json = JSON.parse(body) as { error?: unknown; origin?: unknown };
      if (json.error === 'origin not allowed')
        return { kind: 'origin', status, origin: typeof json.origin === 'string' ? json.origin : location.origin };
    } catch {
      // Some other 403.
    }
  }
  const said = whatItSaid(body);
  return status >= 500 ? { kind: 'server', status, said } : { kind: 'refused', status, said };
}

export interface Explanation {
  ok: boolean;
  title: string;
  detail: string;
}

const FROM_FILE =
  'This page is opened from a file on your computer, so it has no web address a service can allow. ' +
  'Upload setup.html to your website next to faq-widget.js and open it from there, or use the setup page of npm run demo.';

/** The result in plain words, for an owner. */
export function explain(result: TestResult): Explanation {
  switch (result.kind) {
    case 'unusable':
      return { ok: false, title: 'Not sent', detail: result.why };
    case 'sent':
      return {
        ok: true,
        title: 'Sent',
        detail:
          'The service accepted the test message. Check your inbox (or the receiver\u2019s /leads page) to see that it arrived.',
      };
    case 'origin':
      return {
        ok: false,
        title: 'Refused: this address is not allowed',
        detail:
          result.origin === 'null'
            ? `The receiver only takes messages from the websites listed in ALLOWED_ORIGINS. ${FROM_FILE}`
            : `The receiver only takes messages from the websites listed in ALLOWED_ORIGINS, and ${result.origin} is not one of them. ` +
              `Add it, separated by a comma, and restart the receiver: ALLOWED_ORIGINS=https://www.your-clinic.example,${result.origin}. Your own website\u2019s address must be in the list too.`,
      };
    case 'cors':
      return {
        ok: false,
        title: 'Refused: this address is not allowed (CORS)',
        detail:
          `${result.service} is there, but the browser was not allowed to send to it from this page, because the service does not list this page\u2019s address. ` +
          (result.origin === 'null'
            ? FROM_FILE
            : `Add ${result.origin} to ALLOWED_ORIGINS if it is the bundled receiver, or to your form service\u2019s allowed domains (Formspree, Basin: the form\u2019s settings). Your own website\u2019s address must be allowed too.`),
      };
    case 'refused':
      return {
        ok: false,
        title: `Refused by the service (HTTP ${result.status})`,
        detail: `The service would not take the message. It said: \u201c${result.said || 'nothing'}\u201d. Check the address and the service\u2019s settings.`,
      };
    case 'server':
      return {
        ok: false,
        title: `The service has a problem (HTTP ${result.status})`,
        detail: `The service is there but failed to take the message${result.said ? `; it said: \u201c${result.said}\u201d` : ''}. Visitors\u2019 messages wait on their device and are sent again later; try the test again in a few minutes, and if it keeps failing, contact whoever runs the service.`,
      };
    case 'offline':
      return {
        ok: false,
        title: 'Could not reach the service',
        detail: `Nothing answered at ${result.service}. Check the address for typos, that the service (or your receiver) is running, and that this computer is online.`,
      };
  }
}
