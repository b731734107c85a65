// The rules file speaks to clinicians and developers: every mistake as path:line: message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRedFlags, RED_FLAGS_FILE } from '../../../knowledge/red-flags/compile.ts';
import { format } from '../../../knowledge/red-flags/yaml.ts';
import { withRedFlagsSection } from '../../../knowledge/red-flags/readme.ts';

const RULE = `  - id: sample
    level: emergency
    when:
      - one + two
    within: 3
    reason: Two things together that a clinician has reviewed.
    source: A guideline, with its section.
    examples:
      - alpha beta
      - beta alpha
    near-misses:
      - gamma
`;
const FILE = (ideas: string, rule = RULE, extra = '') => `look-alikes:\n  - fell asleep\nsame-as:\n  cant:\n    - cannot\ncontext:\n  clause-ends:\n    - but\n${extra}ideas:\n${ideas}rules:\n${rule}`;
const IDEAS = '  one:\n    - alpha\n  two:\n    - beta\n';

function messages(text: string): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'faq-rf-')), 'red-flags.yaml');
  writeFileSync(file, text);
  return compileRedFlags(file).diagnostics.map((d) => format(d).replace(/^.*red-flags\.yaml/, 'red-flags.yaml'));
}

describe('the red-flag rules compiler', () => {
  it('compiles the real rules file without a problem, and every rule joins known ideas', () => {
    const { diagnostics, rules } = compileRedFlags();
    expect(diagnostics.map(format)).toEqual([]);
    expect(rules.rules.length).toBeGreaterThanOrEqual(15);
  });

  it('accepts a small valid file', () => {
    expect(messages(FILE(IDEAS))).toEqual([]);
  });

  it.each([
    ['a rule joining an idea that does not exist', FILE(IDEAS, RULE.replace('one + two', 'one + three')), /red-flags\.yaml:18: "three" is not one of the ideas/],
    ['a bracket left open', FILE('  one:\n    - (lost/no control\n  two:\n    - beta\n'), /red-flags\.yaml:11: ideas\.one: unbalanced brackets/],
    ['an unknown level', FILE(IDEAS, RULE.replace('level: emergency', 'level: urgent')), /red-flags\.yaml:16: level "urgent" must be one of emergency, crisis, doctor/],
    ['a rule with no source', FILE(IDEAS, RULE.replace('    source: A guideline, with its section.\n', '')), /red-flags\.yaml:15: a rule needs "source"/],
    ['an idea no rule uses', FILE(IDEAS + '  three:\n    - gamma\n'), /red-flags\.yaml:15: idea "three" is not used by any rule/],
    ['a joined rule with no distance', FILE(IDEAS, RULE.replace('    within: 3\n', '')), /red-flags\.yaml:\d+: a rule that joins ideas needs "within"/],
    ['a "|" where "/" separates alternatives', FILE('  one:\n    - alpha|beta\n  two:\n    - beta\n'), /red-flags\.yaml:11: ideas\.one: "alpha\|beta" may hold only letters and digits/],
    ['a gap at the end of a phrase', FILE('  one:\n    - alpha ...\n  two:\n    - beta\n'), /red-flags\.yaml:11: ideas\.one: "\.\.\." must stand between two words/],
    ['broken YAML', FILE(IDEAS) + '  - id: [unclosed\n', /red-flags\.yaml:\d+: /],
    ['a word that same-as rewrites, which can never match', FILE('  one:\n    - cannot feel\n  two:\n    - beta\n'), /red-flags\.yaml:11: ideas\.one: "cannot" never matches: same-as reads it as "cant"/],
  ])('reports %s with its line', (_, text, expected) => {
    expect(messages(text).join('\n')).toMatch(expected);
  });

  it('reports a broken same-as once', () => {
    const broken = FILE(IDEAS).replace('same-as:\n  cant:\n    - cannot\n', 'same-as:\n  - cannot\n');
    expect(messages(broken).filter((m) => m.includes('same-as'))).toEqual(['red-flags.yaml:4: same-as must be a mapping ("key: value" lines)']);
  });

  it('cites a source and gives a reason for every rule of the real file', () => {
    const { docs } = compileRedFlags();
    const text = readFileSync(RED_FLAGS_FILE, 'utf8');
    for (const d of docs) {
      expect(d.source.length).toBeGreaterThan(20);
      expect(text.split('\n')[d.line - 1]).toContain(`id: ${d.id}`);
    }
  });

  it('is what the README\'s red-flag table says, row for row (npm run knowledge -- --write)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(withRedFlagsSection(readme, compileRedFlags().docs)).toBe(readme);
  });
});
