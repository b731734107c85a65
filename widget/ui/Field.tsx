import { h } from 'preact';
import type { FieldName } from '../contact/types.ts';
import type { Widget } from './types.ts';

interface Props {
  w: Widget;
  name: Exclude<FieldName, 'consent'>;
  label: string;
  type?: string;
  auto?: string;
  hint?: string;
}

/** A labelled field bound to the draft; its error sits beside it and is read with it. */
export function Field({ w, name, label, type, auto, hint }: Props) {
  const { chat } = w;
  const error = chat.form().errors[name];
  const id = 'faq-' + name;
  const a = {
    id,
    type,
    value: chat.get().draft[name],
    autocomplete: auto,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': [hint && id + '-hint', error && id + '-error'].filter(Boolean).join(' ') || undefined,
    onInput: (e: Event) => chat.edit({ [name]: (e.currentTarget as HTMLInputElement).value }),
  };
  return (
    <div>
      <label for={id}>{label}</label>
      {hint && (
        <p id={id + '-hint'} class="small">
          {hint}
        </p>
      )}
      {type ? <input {...a} /> : <textarea {...a} rows={4} maxLength={2000} />}
      {error && (
        <p id={id + '-error'} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
