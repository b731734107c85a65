// Turns what a visitor types into plain lowercase words: accents, curly quotes,
// apostrophes, emoji, markup and control characters all reduce to spaces or letters.

/** Lowercase ASCII-ish words; never throws, whatever the input (answer() reads at most MAX_TEXT characters). */
export function words(raw: string): string[] {
  const s = String(raw)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return s ? s.split(' ') : [];
}

/** Adds `value` to the end of the list `map` keeps under `key`. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A value made on first use, not while the script is evaluated: the host page's load goes first. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** `make(key)`, made once for each key object (and let go with it). */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (!value) made.set(key, (value = make(key)));
    return value;
  };
}
