// Reading a JSON Lines file (one object a line, blank lines skipped) for the eval scripts; a bad
// line is reported as path:line.
import { readFileSync } from 'node:fs';

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as T];
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}
