// The setup page: a form for every data-* attribute, checked by the widget's own parseConfig,
// a live preview of the built widget on a sample page, the snippet to paste, and a test message.
// A tool for the clinic owner; nothing here is shipped to the widget's visitors.
import { h, render, Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { code, integrity } from 'virtual:built-widget';
import { DEFAULTS } from '../widget/config.ts';
import { EMPTY, FIELDS, type Field, type Key, type Values } from './fields.ts';
import { check, PLACEHOLDER_SRC, snippet } from './settings.ts';
import { previewPage } from './preview.ts';
import { explain, sendTest, type Explanation } from './test-message.ts';
import builtInKnowledge from 'virtual:built-in-knowledge';
import { AnswersSection } from './answers/AnswersSection.tsx';

const STORE = 'faq-widget-setup:values';
const DEBOUNCE_MS = 300;

function load(): Values {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Partial<Values> | null;
    if (saved && typeof saved === 'object') {
      const values = { ...EMPTY };
      for (const f of FIELDS) if (typeof saved[f.key] === 'string') values[f.key] = saved[f.key]!;
      return values;
    }
  } catch {
    // Storage blocked or damaged: start empty.
  }
  return { ...EMPTY };
}

function save(values: Values): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(values));
  } catch {
    // Not kept between visits; the page still works.
  }
}

/** One URL for the built widget's code, made once: the preview loads it with a real <script src>. */
const widgetUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));

/** A placeholder that cannot be mistaken for a value: "e.g. …", or the default the widget uses. */
function hint(field: Field): string | undefined {
  if (!field.placeholder) return undefined;
  const fallback = String(DEFAULTS[field.key]);
  return field.placeholder === fallback ? `${fallback} (the default)` : `e.g. ${field.placeholder}`;
}

function Input({
  field,
  value,
  set,
  problems,
}: {
  field: Field;
  value: string;
  set: (v: string) => void;
  problems: string[] | undefined;
}) {
  const id = `f-${field.attr}`;
  const described = `h-${field.attr}` + (problems ? ` w-${field.attr}` : '');
  const common = { id, 'aria-describedby': described, 'aria-invalid': problems ? ('true' as const) : undefined };
  let control;
  if (field.kind === 'checkbox')
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value === 'true'}
        onChange={(e) => set((e.currentTarget as HTMLInputElement).checked ? 'true' : '')}
      />
    );
  else if (field.kind === 'position')
    control = (
      <select
        {...common}
        value={value || DEFAULTS.position}
        onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="right">Bottom right</option>
        <option value="left">Bottom left</option>
      </select>
    );
  else if (field.kind === 'textarea')
    control = (
      <textarea
        {...common}
        rows={2}
        maxLength={300}
        placeholder={hint(field)}
        value={value}
        onInput={(e) => set((e.currentTarget as HTMLTextAreaElement).value)}
      />
    );
  else
    control = (
      <span class={field.kind === 'color' ? 'color' : undefined}>
        {field.kind === 'color' && (
          <input
            type="color"
            aria-label="Pick a colour"
            value={/^#[\da-f]{6}$/i.test(value.trim()) ? value.trim().toLowerCase() : DEFAULTS.color}
            onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
          />
        )}
        <input
          {...common}
          type="text"
          maxLength={300}
          spellcheck={false}
          placeholder={hint(field)}
          value={value}
          onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
        />
      </span>
    );
  return (
    <div class={'field' + (field.kind === 'checkbox' ? ' check' : '') + (problems ? ' bad' : '')}>
      {field.kind === 'checkbox' && control}
      <label for={id}>{field.label}</label>
      {field.kind !== 'checkbox' && control}
      <p class="help" id={`h-${field.attr}`}>
        {field.help} <code>data-{field.attr}</code>
      </p>
      {problems && (
        <p class="warn" id={`w-${field.attr}`}>
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}

function Preview({ html, known }: { html: string; known: string[] }) {
  // Re-mounted on every change, a moment after the typing stops.
  const [shown, setShown] = useState(html);
  const [notes, setNotes] = useState<string[]>([]);
  const desktop = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (html === shown) return;
    const timer = setTimeout(() => {
      // The notes of the page being replaced go with it.
      setNotes([]);
      setShown(html);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [html, shown]);
  useEffect(() => {
    // The widget's console warnings in the desktop frame (the phone frame says the same).
    const listen = (e: MessageEvent) => {
      const data = e.data as { faqWidgetSetup?: string; text?: unknown } | null;
      if (
        e.source !== desktop.current?.contentWindow ||
        data?.faqWidgetSetup !== 'warn' ||
        typeof data.text !== 'string'
      )
        return;
      const text = data.text.replace(/^\[faq-widget\] /, '');
      if (text !== data.text) setNotes((old) => (old.includes(text) ? old : [...old, text]));
    };
    addEventListener('message', listen);
    return () => removeEventListener('message', listen);
  }, []);
  const extra = notes.filter((n) => !known.includes(n));
  return (
    <>
      {extra.length > 0 && (
        <div class="warn" id="preview-notes">
          The chat says:{' '}
          {extra.map((n) => (
            <span key={n}>{n} </span>
          ))}
        </div>
      )}
      <div class="frames">
        <figure class="desktop">
          <div class="screen">
            <iframe id="preview-desktop" ref={desktop} title="Preview on a computer" srcdoc={shown} />
          </div>
          <figcaption>On a computer</figcaption>
        </figure>
        <figure class="phone">
          <div class="screen">
            <iframe id="preview-phone" title="Preview on a phone" srcdoc={shown} />
          </div>
          <figcaption>On a phone</figcaption>
        </figure>
      </div>
    </>
  );
}

function Snippet({ text, left }: { text: string; left: string[] }) {
  // What was copied, and for which snippet: a change in the form makes the note go away.
  const [copied, setCopied] = useState({ note: '', text: '' });
  const pre = useRef<HTMLPreElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ note: 'Copied. Paste it just before </body> on every page of your site.', text });
    } catch {
      // No clipboard (an old browser or a blocked permission): select it for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(pre.current!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setCopied({ note: 'Selected: press Ctrl+C (\u2318C on a Mac) to copy it.', text });
    }
  };
  return (
    <section aria-labelledby="snippet-title">
      <h2 id="snippet-title">2. Copy this onto your website</h2>
      <p>
        Replace <code>{PLACEHOLDER_SRC}</code> with the address where you put <code>faq-widget.js</code>.
      </p>
      <pre id="snippet" ref={pre}>
        {text}
      </pre>
      <p class="row">
        <button type="button" id="copy" onClick={copy}>
          Copy
        </button>
        <span role="status">{copied.text === text ? copied.note : ''}</span>
      </p>
      {left.length > 0 && <p class="warn">Left out until fixed above: {left.map((a) => `data-${a}`).join(', ')}.</p>}
      <p class="help">
        The <code>integrity</code> hash makes browsers refuse any other file than this exact build of{' '}
        <code>faq-widget.js</code>. If you update the file, copy the snippet again.
      </p>
    </section>
  );
}

function TestMessage({ endpoint }: { endpoint: string }) {
  const [email, setEmail] = useState('test@example.com');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Explanation | null>(null);
  const send = async () => {
    setBusy(true);
    setResult(null);
    const outcome = await sendTest({ endpoint, email, location, fetch: (...a) => fetch(...a), random: crypto });
    setResult(explain(outcome));
    setBusy(false);
  };
  return (
    <section aria-labelledby="test-title">
      <h2 id="test-title">3. Check that messages reach you</h2>
      <p>
        Sends one message, marked as a test, to{' '}
        <b>{endpoint.trim() || 'the address in \u201cWhere messages go\u201d'}</b>, the same way the chat does.
      </p>
      <div class="field">
        <label for="test-email">Reply address for the test</label>
        <input
          id="test-email"
          type="text"
          value={email}
          onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
          aria-describedby="test-email-help"
        />
        <p class="help" id="test-email-help">
          The test message says it is from this address. Use your own to see where replies go.
        </p>
      </div>
      <p class="row">
        <button type="button" id="send-test" onClick={send} disabled={busy}>
          {busy ? 'Sending\u2026' : 'Send a test message'}
        </button>
      </p>
      <div id="test-result" role="status" class={result ? (result.ok ? 'ok' : 'fail') : undefined}>
        {result && (
          <>
            <b>{result.title}.</b> {result.detail}
          </>
        )}
      </div>
    </section>
  );
}

function App() {
  const [values, setValues] = useState<Values>(load);
  const checked = useMemo(() => check(values), [values]);
  const html = useMemo(() => previewPage(values, widgetUrl, integrity), [values]);
  const text = useMemo(() => snippet(values, integrity), [values]);
  useEffect(() => save(values), [values]);
  const set = (key: Key) => (v: string) => setValues((old) => ({ ...old, [key]: v }));
  const groups = [...new Set(FIELDS.map((f) => f.group))];
  return (
    <>
      <header>
        <h1>Set up your FAQ chat</h1>
        <p>
          Fill in what you need; everything else can stay empty. The preview updates as you type. Nothing you type here
          is uploaded anywhere, except the test message when you send it.
        </p>
      </header>
      <div class="columns">
        <form onSubmit={(e) => e.preventDefault()} aria-labelledby="form-title">
          <h2 id="form-title">1. Your settings</h2>
          {groups.map((g) => (
            <fieldset key={g}>
              <legend>{g}</legend>
              {FIELDS.filter((f) => f.group === g).map((f) => (
                <Input key={f.key} field={f} value={values[f.key]} set={set(f.key)} problems={checked.byField[f.key]} />
              ))}
            </fieldset>
          ))}
          <p>
            <button type="button" onClick={() => setValues({ ...EMPTY })}>
              Clear all settings
            </button>
          </p>
        </form>
        <div class="side">
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <p class="help">The real chat, on a made-up clinic page. Try it: click the button and ask a question.</p>
            <Preview html={html} known={checked.warnings} />
          </section>
          <Snippet text={text} left={FIELDS.filter((f) => checked.ignored.has(f.key)).map((f) => f.attr)} />
          <TestMessage endpoint={values.endpoint} />
        </div>
      </div>
      <AnswersSection builtIn={builtInKnowledge} />
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
