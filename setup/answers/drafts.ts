// The answers editor's drafts: the clinic's own entries as the owner types them, written out as
// the entry files `npm run knowledge -- --build` reads, so the page and the command check the
// same text and say the same things. Kept in localStorage; never sent anywhere.
import { CLINIC_TOPICS, type Entry } from '../../widget/engine/index.ts';
import { DISABLED_FILE, type OwnerFile } from '../../knowledge/clinic.ts';

export interface Draft {
  /** Stays the same while the owner edits the id, so the form keeps its place and focus. */
  key: string;
  id: string;
  topic: string;
  /** One question a line; the first is the one shown on buttons. */
  questions: string;
  /** The answer, in the allowed Markdown. */
  answer: string;
  /** Kept from a built-in answer being replaced; not edited here. */
  related: string[];
  keywords: string[];
}

export interface Drafts {
  entries: Draft[];
  /** Ids of built-in answers switched off. */
  disabled: string[];
}

export const NO_DRAFTS: Drafts = { entries: [], disabled: [] };

const STORE = 'faq-widget-setup:answers';

let made = 0;
const newKey = () => `d${Date.now().toString(36)}-${(made++).toString(36)}`;

/** A new clinic fact of the first topic the clinic has no fact for yet, with an unused id. */
export function newFact(drafts: Draft[]): Draft {
  const topic = CLINIC_TOPICS.find((t) => !drafts.some((d) => d.topic === t)) ?? CLINIC_TOPICS[0];
  let id: string = topic;
  for (let n = 2; drafts.some((d) => d.id === id); n++) id = `${topic}-${n}`;
  return { key: newKey(), id, topic, questions: '', answer: '', related: [], keywords: [] };
}

/** A draft that replaces a built-in answer: same id, its words to start from. */
export function replacementOf(e: Entry): Draft {
  return { key: newKey(), id: e.id, topic: e.topic, questions: e.questions.join('\n'), answer: e.md, related: e.related, keywords: e.keywords ?? [] };
}

/** A value as YAML reads it back unchanged: plain when it is safe, in "quotes" otherwise. */
const yamlText = (s: string) => (/^[A-Za-z0-9$(][^:#"'{}[\],&*!|>%@`\n]*$/.test(s) && s.trim() === s ? s : JSON.stringify(s));
const yamlList = (key: string, items: string[]) =>
  items.length ? `${key}:\n${items.map((i) => `  - ${yamlText(i)}`).join('\n')}\n` : `${key}: []\n`;

/** The lines of the questions box that hold a question. */
export const questionLines = (d: Draft) =>
  d.questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);

/** The entry file for a draft, as knowledge/entries/*.md are written. */
export function toMarkdown(d: Draft): string {
  return (
    `---\nid: ${yamlText(d.id.trim())}\ntopic: ${yamlText(d.topic)}\n` +
    yamlList('questions', questionLines(d)) +
    `related: [${d.related.join(', ')}]\n` +
    (d.keywords.length ? `keywords: [${d.keywords.map(yamlText).join(', ')}]\n` : '') +
    `---\n${d.answer.trim()}\n`
  );
}

/** The name of a draft's file: `<id>.md`, as the compiler requires. */
export const fileOf = (d: Draft) => `${d.id.trim() || 'untitled'}.md`;

/** Every file the owner can download: one per draft, and disabled.txt when answers are switched off. */
export function ownerFiles(drafts: Drafts): OwnerFile[] {
  const files = drafts.entries.map((d) => ({ path: fileOf(d), text: toMarkdown(d) }));
  if (drafts.disabled.length) files.push({ path: DISABLED_FILE, text: `# Built-in answers switched off, one id a line\n${drafts.disabled.join('\n')}\n` });
  return files;
}

const isDraft = (d: unknown): d is Draft => {
  const x = d as Draft;
  return !!x && ['key', 'id', 'topic', 'questions', 'answer'].every((k) => typeof x[k as keyof Draft] === 'string') && Array.isArray(x.related) && Array.isArray(x.keywords);
};

/** The drafts kept in this browser, or none when storage is blocked or holds something else. */
export function loadDrafts(storage: Pick<Storage, 'getItem'> | undefined): Drafts {
  try {
    const saved = JSON.parse(storage?.getItem(STORE) ?? 'null') as Partial<Drafts> | null;
    if (!saved || !Array.isArray(saved.entries)) return NO_DRAFTS;
    return {
      entries: saved.entries.filter(isDraft),
      disabled: Array.isArray(saved.disabled) ? saved.disabled.filter((x): x is string => typeof x === 'string') : [],
    };
  } catch {
    return NO_DRAFTS;
  }
}

export function saveDrafts(storage: Pick<Storage, 'setItem'> | undefined, drafts: Drafts): void {
  try {
    storage?.setItem(STORE, JSON.stringify(drafts));
  } catch {
    // Not kept between visits; the page still works.
  }
}
