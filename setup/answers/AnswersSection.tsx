// The answers editor (issue 15, item 4): the clinic's own facts and its versions of built-in
// answers, checked by the same compiler as `npm run knowledge -- --build` as the owner types,
// tried with the widget's engine on the merged knowledge, and downloaded as clinic.json.
import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entry, Knowledge } from '../../widget/engine/index.ts';
import { compileClinic } from '../../knowledge/clinic.ts';
import { DISABLED_FILE } from '../../knowledge/disabled.ts';
import { loadDrafts, newFact, ownerFiles, replacementOf, saveDrafts, type Draft, type Drafts } from './drafts.ts';
import { problemsOf } from './problems.ts';
import { FactForm } from './FactForm.tsx';
import { BuiltInAnswers } from './BuiltInAnswers.tsx';
import { TryQuestion } from './TryQuestion.tsx';
import { Downloads } from './Downloads.tsx';

/** Storage that may be missing or blocked (a file:// page in some browsers). */
function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export function AnswersSection({ builtIn }: { builtIn: Knowledge }) {
  const [drafts, setDrafts] = useState<Drafts>(() => loadDrafts(localStore()));
  useEffect(() => saveDrafts(localStore(), drafts), [drafts]);
  const files = useMemo(() => ownerFiles(drafts), [drafts]);
  const compiled = useMemo(() => compileClinic(files, builtIn), [files, builtIn]);
  const builtInIds = new Set(builtIn.entries.map((e) => e.id));
  const own = new Set(drafts.entries.map((d) => d.id.trim()));

  const update = (entries: Draft[], disabled = drafts.disabled) => setDrafts({ entries, disabled });
  const change = (key: string) => (d: Draft) => update(drafts.entries.map((x) => (x.key === key ? d : x)));
  const remove = (key: string) => () => update(drafts.entries.filter((x) => x.key !== key));
  const replace = (e: Entry) => update([...drafts.entries, replacementOf(e)]);
  const toggle = (id: string, off: boolean) =>
    update(drafts.entries, off ? [...drafts.disabled, id] : drafts.disabled.filter((x) => x !== id));
  const disabledProblems = compiled.diagnostics.filter((d) => d.path === DISABLED_FILE).map((d) => d.message);

  return (
    <section aria-labelledby="answers-title" class="answers">
      <h2 id="answers-title">4. Your clinic's own answers</h2>
      <p>
        The built-in guide never states prices, hours, an address, insurance or who works at your clinic: it says "our team
        can answer that". Add your facts here and the chat answers them. They are checked as you type, the same way{' '}
        <code>npm run knowledge -- --build</code> checks them. Your drafts stay in this browser.
      </p>
      {drafts.entries.map((d) => (
        <FactForm
          key={d.key}
          draft={d}
          replaces={builtInIds.has(d.id)}
          problems={problemsOf(d, compiled.diagnostics)}
          change={change(d.key)}
          remove={remove(d.key)}
        />
      ))}
      <p>
        <button type="button" id="add-fact" onClick={() => update([...drafts.entries, newFact(drafts.entries)])}>
          Add a fact (prices, hours, address…)
        </button>
      </p>
      <BuiltInAnswers
        entries={builtIn.entries}
        replaced={own}
        disabled={drafts.disabled}
        replace={replace}
        toggle={toggle}
        problems={disabledProblems}
      />
      <TryQuestion knowledge={compiled.knowledge} own={own} />
      <Downloads clinic={compiled.clinic} files={files} ready={!compiled.diagnostics.length && !!compiled.knowledge} />
    </section>
  );
}
