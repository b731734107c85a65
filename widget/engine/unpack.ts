// The built-in knowledge base ships as JSON in which every list of strings is packed into
// one string, "\ta|b|c" (knowledge/bundle.ts packs it at build time; ~200 bytes less gzipped).
// This reviver restores the lists as JSON.parse reads them; no other string starts with a tab.

/** Marks a packed list. */
export const LIST = '\t';
/** Separates a packed list's items. */
export const ITEM = '|';

export const unpackLists = (_key: string, value: unknown) =>
  typeof value === 'string' && value[0] === LIST ? value.slice(1).split(ITEM) : value;
