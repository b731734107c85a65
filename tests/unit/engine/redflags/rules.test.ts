// Every rule of knowledge/red-flags.yaml proves itself: its examples fire it at its level,
// and its near misses raise no alarm at all.
import { describe, expect, it } from 'vitest';
import { compileRedFlags } from '../../../../knowledge/red-flags/compile.ts';
import { checkRedFlags } from '../../../../widget/engine/redflags/check.ts';

const { rules, docs } = compileRedFlags();

describe.each(docs)('the $id rule ($level)', (doc) => {
  const alone = { ...rules, rules: rules.rules.filter((r) => r.id === doc.id) };

  it.each(doc.examples.map((e) => e.text))('fires on "%s", alone and among all the rules', (q) => {
    expect(checkRedFlags(q, alone)).toMatchObject({ level: doc.level, rule: doc.id });
    expect(checkRedFlags(q, rules)?.level).toBe(doc.level);
  });

  it.each(doc.nearMisses.map((e) => e.text))('raises no alarm on "%s"', (q) => {
    expect(checkRedFlags(q, rules)?.level ?? null).toBeNull();
  });

  it('cites its source and gives its reason', () => {
    expect(doc.source.length).toBeGreaterThan(20);
    expect(doc.reason.length).toBeGreaterThan(20);
  });
});
