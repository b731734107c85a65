// The form's values as the widget would read them: the same parseConfig, the same warnings,
// and the script tag an owner pastes.
import { parseConfig, type Config } from '../widget/config.ts';
import { attrOf, FIELDS, type Key, type Values } from './fields.ts';

/** What the script tag's dataset would hold: empty fields are left off, `open` is present or not. */
export function datasetOf(values: Values): Record<string, string> {
  const dataset: Record<string, string> = {};
  for (const { key } of FIELDS) {
    const v = values[key] ?? '';
    if (key === 'open') {
      if (v === 'true') dataset.open = '';
    } else if (v.trim()) dataset[key] = v;
  }
  return dataset;
}

export interface Checked {
  config: Config;
  /** Every warning parseConfig gave, word for word. */
  warnings: string[];
  /** The same warnings, under the field they are about. */
  byField: Partial<Record<Key, string[]>>;
  /** Fields whose value the widget would ignore. */
  ignored: Set<Key>;
}

/** Runs the widget's own parseConfig on the form. */
export function check(values: Values): Checked {
  const { config, warnings } = parseConfig(datasetOf(values));
  const byField: Checked['byField'] = {};
  const ignored = new Set<Key>();
  for (const w of warnings) {
    const bad = FIELDS.find((f) => w.startsWith(`data-${f.attr}="`));
    // The only other warning is about the crisis line (see ERRORS.noCrisisLine).
    const key: Key = bad?.key ?? 'crisisLine';
    if (bad) ignored.add(bad.key);
    (byField[key] ??= []).push(w);
  }
  return { config, warnings, byField, ignored };
}

/** A value safe inside a double-quoted HTML attribute. */
export const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The data-* attributes the widget would use, as written on the tag (values it would ignore are left out). */
export function dataAttributes(values: Values): string[] {
  const { ignored } = check(values);
  const dataset = datasetOf(values);
  return FIELDS.filter((f) => f.key in dataset && !ignored.has(f.key)).map((f) =>
    f.key === 'open' ? 'data-open' : `data-${attrOf(f.key)}="${escapeAttr(dataset[f.key].trim())}"`,
  );
}

/** Stands for the address of the owner's copy of faq-widget.js; the page says to replace it. */
export const PLACEHOLDER_SRC = 'https://YOUR-WEBSITE.example/faq-widget.js';

/** The script tag to paste before </body>. */
export function snippet(values: Values, integrity: string, src = PLACEHOLDER_SRC): string {
  const lines = [
    `src="${escapeAttr(src)}"`,
    `integrity="${integrity}"`,
    'crossorigin="anonymous"',
    'async',
    ...dataAttributes(values),
  ];
  return `<script\n${lines.map((l) => '  ' + l).join('\n')}\n></script>`;
}
