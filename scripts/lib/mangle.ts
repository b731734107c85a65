// Property names the build shortens, as Preact's build does with its `_` names: the source
// keeps readable names and terser renames them consistently across the bundle (vite.config.ts).
// Only names of the engine's own run-time structures belong here: never a key of the
// knowledge JSON, a stored message, a lead, an event payload, a config field or a DOM
// property (`focus` would break el.focus()). A test holds the knowledge JSON to that.

export const INTERNAL_PROPERTIES = [
  // red-flag reading: sentences, phrase indexes, findings (engine/redflags/)
  'alternatives',
  'anyStart',
  'byFirstWord',
  'byKind',
  'clause',
  'combo',
  'findings',
  'gap',
  'person',
  'prefix',
  'prefixes',
  'relation',
  'sentence',
  'tokens',
  'triggers',
  // the answer engine's search index (engine/search.ts)
  'idf',
  'phrasings',
  'postings',
  'surface',
  // the panel's props and fields (widget/ui/)
  'reply',
  'shown',
  'widget',
];

/** Besides the names above, any `_name` except these, which leave the widget as they are. */
export const RESERVED = ['_gotcha'];

/** The pattern terser mangles: the listed names and `_`-prefixed ones (not Preact's `__` ones). */
export const MANGLED = new RegExp(`^(${INTERNAL_PROPERTIES.join('|')}|_[a-zA-Z]\\w*)$`);
