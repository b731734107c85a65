// Every message the widget prints for a site owner, in one place. Nothing here throws:
// on someone else's page we log once and keep working.

export const ERRORS = {
  /** `attr` is the data-* name, `hint` says what a good value looks like. */
  bad: (attr: string, v: string, hint: string) => `data-${attr}="${v}" ignored: use ${hint}.`,
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
