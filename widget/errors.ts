// Every message the widget prints for a site owner, in one place. Nothing here throws:
// on someone else's page we log once and keep working.

const bad = (name: string, v: string, rule: string) => `data-${name}="${v}" ${rule}; ignored.`;

export const ERRORS = {
  badColor: (v: string) => bad('color', v, 'is not a colour (use hex like #0f766e or rgb())'),
  badPosition: (v: string) => bad('position', v, 'must be "right" or "left"'),
  badUrl: (name: string, v: string) => bad(name, v, 'must be an http(s) URL or a path on this site like /api/leads'),
  badPhone: (v: string) => bad('phone', v, 'is not a phone number'),
  badEmail: (v: string) => bad('email', v, 'is not an email address'),
  badEmergency: (v: string) => bad('emergency-number', v, 'must be digits, like 911, 999 or 112'),
  badOpen: (v: string) => bad('open', v, 'must be "true" or "false"'),
  badZIndex: (v: string) => bad('z-index', v, 'must be a whole number'),
  alreadyLoaded: 'the script is on this page twice; only the first copy runs.',
  unknownCommand: (name: string) => `FaqWidget("${name}") is not a command (open, close, toggle, ask, on, off, destroy).`,
  failed: (what: string) => `${what} threw; the widget carried on.`,
  noContact: 'set data-endpoint (or at least data-email) so visitors can send the clinic a message.',
  noEndpoint: 'no data-endpoint: the contact form opens the visitor\'s email app instead.',
  knowledge: (url: string, why: string) => `data-knowledge="${url}" not used (${why}); using the built-in answers.`,
} as const;

const said = new Set<string>();

/** Logs a warning for the site owner, once per distinct message. */
export function warn(message: string): void {
  if (!said.has(message)) console.warn('[faq-widget] ' + message);
  said.add(message);
}
