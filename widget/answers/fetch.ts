// Fetches a clinic's own compiled knowledge base (data-knowledge) without ever breaking
// the widget: too big, unreachable, slow or malformed all mean "keep the built-in one".
import type { Knowledge } from '../engine/index.ts';
import type { FetchLike } from '../platform.ts';
import { validateKnowledge } from './validate.ts';

export const MAX_KNOWLEDGE_BYTES = 512 * 1024;

/** Resolves to the validated base, or to the reason it was refused. */
export async function fetchKnowledge(
  url: string,
  fetch: FetchLike,
  page: string,
  builtIn: Knowledge,
): Promise<Knowledge | string> {
  try {
    const target = new URL(url, page);
    if (target.origin !== new URL(page).origin && target.protocol !== 'https:') return 'another site must use https';
    const res = await fetch(target.href, { credentials: 'omit', signal: AbortSignal.timeout?.(8000) });
    if (!res.ok) {
      void res.body?.cancel();
      return `HTTP ${res.status}`;
    }
    const text = await res.text();
    if (text.length > MAX_KNOWLEDGE_BYTES) return 'larger than 512 KB';
    return validateKnowledge(JSON.parse(text), builtIn);
  } catch {
    return 'unreachable or not JSON';
  }
}
