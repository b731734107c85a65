import { h } from 'preact';
import type { FieldName } from '../contact/types.ts';
import { MAX_MESSAGE, MAX_FIELD } from '../contact/validate.ts';
import type { Widget } from './types.ts';

interface Props {
  widget: Widget;
  name: Exclude<FieldName, 'consent'>;
  label: string;
  type?: string;
  auto?: string;
}

/** A labelled field bound to the draft; its error sits beside it and is read with it. */
export function Field({ widget, name, label, type, auto }: Props) {
  const { chat } = widget;
  const error = chat.form().errors[name];
  const id = 'faq-' + name;
  const attributes = {
    id,
    type,
    value: chat.get().draft[name],
    autocomplete: auto,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? id + '-error' : undefined,
    onInput: (e: Event) => chat.edit({ [name]: (e.currentTarget as HTMLInputElement).value }),
  };
  return (
    <div>
      <label for={id}>{label}</label>
      {type ? (
        <input {...attributes} maxLength={MAX_FIELD} />
      ) : (
        <textarea {...attributes} rows={4} maxLength={MAX_MESSAGE} />
      )}
      {error && (
        <p id={id + '-error'} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
