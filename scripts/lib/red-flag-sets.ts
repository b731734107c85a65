// The red-flag evaluation sets and how they are scored, shared by `npm run eval` and the
// tests that hold the rules to their floors (tests/eval/README.md says who wrote each set).
import { readFileSync } from 'node:fs';
import { LEVELS, type Level, type RedFlag } from '../../widget/engine/index.ts';

/** A labelled message: its level, or `calm`; `urgent` where a set says only "a red flag". */
export interface FlagCase {
  q: string;
  level: Level | 'calm' | 'urgent';
  /** A calm question about the warning signs, which should get the list of them. */
  info?: boolean;
}

const at = (name: string) => new URL(`../../tests/eval/${name}`, import.meta.url).pathname;

/** Sets the rules were tuned on: every line may be read and fixed. */
export const TUNING_SETS = {
  emergencies: ['probes/urgent.txt', 'probes/urgent-missed.txt'].map(at),
  nearMisses: ['probes/calm.txt', 'probes/calm-alarmed.txt'].map(at),
  graded: ['probes/levels.jsonl', 'probes/levels-2.jsonl', 'probes/levels-3.jsonl', 'probes/levels-4.jsonl', 'probes/levels-5.jsonl', 'probes/levels-6.jsonl', 'probes/levels-7.jsonl', 'probes/levels-8.jsonl'].map(at),
};
/** Written by a helper who saw neither the rules nor any other set; never tuned on, never listed. */
export const BLIND_SET = at('blind/red-flags.jsonl');
/** A second one, written later by another such helper in other voices (tests/eval/README.md). */
export const BLIND_SET_2 = at('blind/red-flags-2.jsonl');

const KEYS = new Set(['q', 'level', 'info', 'note']);

/** Reads a set: `.txt` is one message a line, all of one kind; `.jsonl` is labelled lines. Throws `path:line: message`. */
export function loadFlagCases(file: string, txtLevel: FlagCase['level'] = 'urgent'): FlagCase[] {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    if (file.endsWith('.txt')) return [{ q: line, level: txtLevel }];
    let c: FlagCase;
    try {
      c = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const bad = Object.keys(c).find((k) => !KEYS.has(k));
    if (bad) throw new Error(`${file}:${i + 1}: unknown key "${bad}"`);
    if (typeof c.q !== 'string' || !c.q.trim()) throw new Error(`${file}:${i + 1}: "q" must be the message`);
    if (c.level !== 'calm' && !(LEVELS as readonly string[]).includes(c.level)) throw new Error(`${file}:${i + 1}: "level" must be calm or one of ${LEVELS.join(', ')}`);
    return [c];
  });
}

export interface FlagScore {
  redFlags: number;
  caught: number;
  rightLevel: number;
  calm: number;
  falseAlarms: number;
  info: number;
  infoAnswered: number;
  byLevel: Record<string, { total: number; right: number }>;
  misses: { q: string; expected: string; got: string }[];
}

/** Scores a check function: a red flag is caught at any level, and right at its own. */
export function scoreFlags(cases: FlagCase[], check: (q: string) => RedFlag | null): FlagScore {
  const s: FlagScore = { redFlags: 0, caught: 0, rightLevel: 0, calm: 0, falseAlarms: 0, info: 0, infoAnswered: 0, byLevel: {}, misses: [] };
  for (const c of cases) {
    const r = check(c.q);
    const got = r?.level ?? (r ? 'warning-signs' : 'calm');
    if (c.level === 'calm') {
      s.calm++;
      if (r?.level) s.falseAlarms++;
      if (c.info) s.info++;
      if (c.info && r && !r.level) s.infoAnswered++;
      if (r?.level) s.misses.push({ q: c.q, expected: 'calm', got });
      continue;
    }
    s.redFlags++;
    const level = (s.byLevel[c.level] ??= { total: 0, right: 0 });
    level.total++;
    if (r?.level) s.caught++;
    const right = c.level === 'urgent' ? !!r?.level : r?.level === c.level;
    if (right) {
      s.rightLevel++;
      level.right++;
    } else s.misses.push({ q: c.q, expected: c.level, got });
  }
  return s;
}

/** Scores every message of these set files; `.txt` lines are all of `txtLevel`. */
export function scoreFiles(files: string[], check: (q: string) => RedFlag | null, txtLevel?: FlagCase['level']): FlagScore {
  return scoreFlags(files.flatMap((f) => loadFlagCases(f, txtLevel)), check);
}
