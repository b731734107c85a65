// One of the clinic's own answers: topic, the questions visitors ask, the answer with a preview,
// and what the compiler says about it.
import { h } from 'preact';
import { CLINIC_TOPICS, TOPICS } from '../../widget/engine/index.ts';
import { MAX_ANSWER_CHARS } from '../../knowledge/entry.ts';
import type { Draft } from './drafts.ts';
import type { Problem } from './problems.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';

const TOPIC_LABELS: Record<string, string> = {
  prices: 'Prices',
  hours: 'Opening hours',
  location: 'Address, parking, transport',
  insurance: 'Insurance, direct billing, receipts',
  booking: 'Booking, cancellation, first visit, referral',
  staff: 'Your team, qualifications, languages',
};

interface Props {
  draft: Draft;
  /** Whether it replaces a built-in answer (its id and topic are then fixed). */
  replaces: boolean;
  problems: Problem[];
  change: (d: Draft) => void;
  remove: () => void;
}

export function FactForm({ draft, replaces, problems, change, remove }: Props) {
  const id = `fact-${draft.key}`;
  const set = (key: keyof Draft) => (e: Event) => change({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class={'fact' + (problems.length ? ' bad' : '')} data-id={draft.id}>
      <legend>{replaces ? `Your version of the built-in answer "${draft.id}"` : `Your answer "${draft.id || 'untitled'}"`}</legend>
      <div class="fact-grid">
        <div>
          <div class="field">
            <label for={`${id}-topic`}>Topic</label>
            <select id={`${id}-topic`} value={draft.topic} disabled={replaces} onChange={set('topic')}>
              {(replaces ? TOPICS : CLINIC_TOPICS).map((t) => (
                <option key={t} value={t}>
                  {TOPIC_LABELS[t] ?? t}
                </option>
              ))}
            </select>
          </div>
          {!replaces && (
            <div class="field">
              <label for={`${id}-id`}>Short name</label>
              <input id={`${id}-id`} type="text" value={draft.id} onInput={set('id')} spellcheck={false} />
              <p class="help">Lowercase words joined by "-"; the downloaded file is called {draft.id || 'name'}.md.</p>
            </div>
          )}
          <div class="field">
            <label for={`${id}-questions`}>Questions visitors ask (one a line, at least two)</label>
            <textarea id={`${id}-questions`} class="questions" rows={4} value={draft.questions} onInput={set('questions')} />
          </div>
          <div class="field">
            <label for={`${id}-answer`}>Answer</label>
            <textarea id={`${id}-answer`} class="answer" rows={5} value={draft.answer} onInput={set('answer')} aria-describedby={`${id}-answer-help`} />
            <p class="help" id={`${id}-answer-help`}>
              At most {MAX_ANSWER_CHARS} characters. Paragraphs, lines starting with "- ", **bold** and [links](https://…).
            </p>
          </div>
        </div>
        <div>
          <p class="preview-title">How the chat shows it</p>
          <MarkdownPreview md={draft.answer} />
        </div>
      </div>
      {problems.length > 0 && (
        <ul class="warn problems">
          {problems.map((p, i) => (
            <li key={i}>
              <b>{p.field}:</b> {p.message}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="remove" onClick={remove}>
          {replaces ? 'Go back to the built-in answer' : 'Delete this answer'}
        </button>
      </p>
    </fieldset>
  );
}
