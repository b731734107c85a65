// "Try a question": the widget's own engine on the built-in answers merged with the clinic's,
// exactly as the widget merges a clinic.json, and why it answered as it did.
import { h, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { answer, type Knowledge } from '../../widget/engine/index.ts';
import { verdict, type Verdict } from './explain.ts';

export function TryQuestion({ knowledge, own }: { knowledge: Knowledge | null; own: Set<string> }) {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<{ text: string; verdict: Verdict; reply: string } | null>(null);
  const ask = () => {
    if (!knowledge) return;
    const reply = answer(question, knowledge);
    setResult({ text: question, verdict: verdict(reply, knowledge, own), reply: reply?.text ?? '' });
  };
  return (
    <div class="try">
      <h3>Try a question</h3>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          ask();
        }}
      >
        <label for="try-question" class="sr-only">
          A question a visitor might ask
        </label>
        <input id="try-question" type="text" placeholder="e.g. How much does a session cost?" value={question} onInput={(e) => setQuestion((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" id="try-ask" disabled={!knowledge}>
          Ask
        </button>
      </form>
      {!knowledge && <p class="warn">Fix the problems above to try your answers.</p>}
      <div id="try-result" role="status">
        {result && (
          <>
            <p>
              <b>{result.verdict.title}.</b> {result.verdict.detail}
            </p>
            <blockquote>{result.reply}</blockquote>
          </>
        )}
      </div>
    </div>
  );
}
