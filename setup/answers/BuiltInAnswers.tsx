// The guide's built-in answers, each with a way to replace it with the clinic's own words or
// to switch it off.
import { h } from 'preact';
import type { Entry } from '../../widget/engine/index.ts';

interface Props {
  entries: Entry[];
  replaced: Set<string>;
  disabled: string[];
  replace: (e: Entry) => void;
  toggle: (id: string, off: boolean) => void;
  /** Messages about disabled.txt. */
  problems: string[];
}

export function BuiltInAnswers({ entries, replaced, disabled, replace, toggle, problems }: Props) {
  return (
    <details class="built-in">
      <summary>The guide's {entries.length} built-in answers: replace or switch off</summary>
      <ul>
        {entries.map((e) => {
          const off = disabled.includes(e.id);
          return (
            <li key={e.id} data-id={e.id}>
              <span>
                <b>{e.questions[0]}</b> <code>{e.id}</code>
              </span>
              <span class="row">
                <button type="button" disabled={replaced.has(e.id) || off} onClick={() => replace(e)}>
                  {replaced.has(e.id) ? 'Replaced below' : 'Replace'}
                </button>
                <label>
                  <input type="checkbox" checked={off} disabled={replaced.has(e.id)} onChange={(ev) => toggle(e.id, (ev.currentTarget as HTMLInputElement).checked)} />{' '}
                  Switch off
                </label>
              </span>
            </li>
          );
        })}
      </ul>
      {problems.length > 0 && <p class="warn">{problems.join(' ')}</p>}
    </details>
  );
}
