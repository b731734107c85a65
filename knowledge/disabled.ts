// disabled.txt in an owner's folder: the ids of built-in answers to switch off, one a line
// ("# ..." lines are comments). Each id must be a built-in answer the folder does not replace.
import type { Diagnostic, Source } from './entry.ts';

export const DISABLED_FILE = 'disabled.txt';

/** The ids listed, each checked; problems are added to `diagnostics` with their line. */
export function disabledIds(
  files: { path: string; text: string }[],
  builtIn: Set<string>,
  owners: Map<string, Source>,
  diagnostics: Diagnostic[],
): string[] {
  const ids: string[] = [];
  for (const { path, text } of files) {
    text.split(/\r?\n/).forEach((raw, i) => {
      const id = raw.replace(/#.*/, '').trim();
      const report = (message: string) => diagnostics.push({ path, line: i + 1, message });
      if (!id) return;
      if (!builtIn.has(id)) report(`"${id}" is not a built-in answer (they are: ${[...builtIn].join(', ')})`);
      else if (owners.has(id)) report(`"${id}" is switched off here and replaced by ${owners.get(id)!.path}: keep one`);
      else if (!ids.includes(id)) ids.push(id);
    });
  }
  return ids;
}
