// Property names the build shortens, as Preact's build does with its `_` names: the source
// keeps readable names and terser renames them consistently across the bundle (vite.config.ts).
// Only names of the widget's own run-time structures belong here: never a key of the
// knowledge JSON, a stored message, a lead, an event payload, a config field, a page API
// command or a DOM property (`focus` would break el.focus()), nor a name read by a computed
// key (form fields, `COPY.urgent[level]`). A test holds the JSON, settings and leads to that.
// Terser shortens a listed name even where browsers also use it (`start`, `prefix`, `send`):
// the build sets `builtins: true`, so listing a name is a promise the widget never reads it
// from a DOM or built-in object.

export const INTERNAL_PROPERTIES = [
  // red-flag reading: sentences, phrase indexes, findings (engine/redflags/)
  'alternatives',
  'anyStart',
  'asksAboutWarningSigns',
  'byFirstWord',
  'byKind',
  'clause',
  'combo',
  'end',
  'findings',
  'gap',
  'idea',
  'namesNobody',
  'person',
  'personBefore',
  'prefix',
  'prefixes',
  'reduced',
  'relation',
  'sentence',
  'start',
  'tokens',
  'triggers',
  'words',
  // the speller and the answer engine's search index (engine/spelling.ts, engine/search.ts)
  'correct',
  'idf',
  'keyword',
  'phrasings',
  'postings',
  'score',
  'spell',
  'surface',
  'targets',
  'weight',
  // the widget's wiring: what start() builds and hands the panel, the chat store's and the
  // courier's own methods and options (widget/start.ts, chat/, contact/, ui/)
  'busy',
  'chat',
  'config',
  'contact',
  'courier',
  'emit',
  'errors',
  'events',
  'flush',
  'honeypot',
  'items',
  'kept',
  'label',
  'launcher',
  'list',
  'lost',
  'mailto',
  'mounted',
  'onOnline',
  'panel',
  'put',
  'reply',
  'root',
  'send',
  'session',
  'setForm',
  'setOpen',
  'shown',
  'subscribe',
  'timeoutMs',
  'touch',
  'update',
  'warnings',
  'widget',
  // sentences of the copy (widget/copy.ts): a translation is a second object of the same
  // type, built into the bundle; these keys are never read from JSON or storage
  'bookOnline',
  'callIfWorse',
  'callNow',
  'check',
  'consentMissing',
  'contactMissing',
  'conversation',
  'didYouMean',
  'directly',
  'emailInvalid',
  'emergencyCall',
  'fields',
  'footer',
  'form',
  'intro',
  'messageMissing',
  'nameMissing',
  'phoneInvalid',
  'reach',
  'sending',
  'smallTalk',
  'starters',
  'title',
  'uncovered',
  'undelivered',
  'unsaved',
];

/** Besides the names above, any `_name` except these, which leave the widget as they are. */
export const RESERVED = ['_gotcha'];

/** The pattern terser mangles: the listed names and `_`-prefixed ones (not Preact's `__` ones). */
export const MANGLED = new RegExp(`^(${INTERNAL_PROPERTIES.join('|')}|_[a-zA-Z]\\w*)$`);
