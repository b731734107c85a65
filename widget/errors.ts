// Every message the widget prints for a site owner, in one place. Nothing here throws:
// on someone else's page we log once and keep working.

export const ERRORS = {
  /** `attr` is the data-* name, `hint` says what a good value looks like. */
  bad: (attr: string, v: string, hint: string) => `data-${attr}="${v}" ignored: use ${hint}.`,
  alreadyLoaded: 'the script is on the page twice; the second copy does nothing.',
  unknownCommand: (name: string) => `FaqWidget("${name}") is not a command; see the README.`,
  failed: (what: string) => `${what} threw; the widget carried on.`,
  noContact: 'add data-endpoint (or data-email) so visitors can write to the clinic.',
  noEndpoint: 'no data-endpoint: visitors get an email link instead of the form.',
  knowledge: (url: string, why: string) => `data-knowledge="${url}" ignored (${why}).`,
  noCrisisLine: (emergency: string) =>
    `no data-crisis-line: thoughts of suicide get ${emergency} only.` +
    ` Add your country's crisis line, like data-crisis-line="116 123".`,
} as const;

const said = new Set<string>();

/** Logs a warning for the site owner, once per distinct message. */
export function warn(message: string): void {
  if (!said.has(message)) console.warn('[faq-widget] ' + message);
  said.add(message);
}
