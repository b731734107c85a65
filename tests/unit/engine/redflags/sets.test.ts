// The red-flag rules against every labelled set: the tuning sets (tests/eval/probes/), which
// must stay (almost) perfect, and the blind set, which no one tuned on (tests/eval/README.md).
import { describe, expect, it } from 'vitest';
import { compileRedFlags } from '../../../../knowledge/red-flags/compile.ts';
import { checkRedFlags } from '../../../../widget/engine/redflags/check.ts';
import { BLIND_SET, BLIND_SET_2, scoreFiles, TUNING_SETS } from '../../../../scripts/lib/red-flag-sets.ts';

const { rules } = compileRedFlags();
const score = (files: string[], txtLevel?: 'calm') => scoreFiles(files, (q) => checkRedFlags(q, rules), txtLevel);

describe('the red-flag tuning sets', () => {
  it('catch every emergency of the probes (urgent.txt and urgent-missed.txt)', () => {
    const s = score(TUNING_SETS.emergencies);
    expect(s.redFlags).toBeGreaterThanOrEqual(270);
    expect(s.misses).toEqual([]);
  });

  it('alarm on at most 1% of the near misses (calm.txt and calm-alarmed.txt)', () => {
    const s = score(TUNING_SETS.nearMisses, 'calm');
    expect(s.calm).toBeGreaterThanOrEqual(200);
    expect(s.falseAlarms / s.calm).toBeLessThanOrEqual(0.01);
  });

  // The newest three graded sets are still being tuned on; bytes, not wordings, are what
  // hold them back (tests/eval/README.md). The first five are held to the floor.
  const NEWEST = /levels-[678]\.jsonl$/;
  const tuned = TUNING_SETS.graded.filter((f) => !NEWEST.test(f));
  const newest = TUNING_SETS.graded.filter((f) => NEWEST.test(f));

  it('grade at least 97% of the first five graded sets at the right level, alarming on under 1% of their calm', () => {
    const s = score(tuned);
    expect(s.redFlags).toBeGreaterThanOrEqual(1000);
    expect(s.rightLevel / s.redFlags).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarms / s.calm).toBeLessThan(0.01);
  });

  it('keep the three newest graded sets from losing ground: at least 96% at the right level, at most 2.5% alarms', () => {
    const s = score(newest);
    expect(newest).toHaveLength(3);
    expect(s.rightLevel / s.redFlags).toBeGreaterThanOrEqual(0.96);
    expect(s.falseAlarms / s.calm).toBeLessThanOrEqual(0.025);
  });
});

describe('the blind red-flag sets', () => {
  // The floor is 97% at the right level and at most 2% false alarms; the rules do not
  // reach it yet (README, "What the emergency reply can and cannot do"). This guards against
  // losing ground while the gap is closed; the figures are printed by npm run eval.
  it('keep the first one from getting worse: at least 92% at the right level, at most 4% false alarms', () => {
    const s = score([BLIND_SET]);
    expect(s.redFlags).toBeGreaterThanOrEqual(150);
    expect(s.rightLevel / s.redFlags).toBeGreaterThanOrEqual(0.92);
    expect(s.falseAlarms / s.calm).toBeLessThanOrEqual(0.04);
  });

  // Written on 2026-12-06 after the third round of rules, and first measured then: 89.3% at
  // the right level, 3.4% false alarms.
  it('keep the second one from getting worse: at least 88% at the right level, at most 4% false alarms', () => {
    const s = score([BLIND_SET_2]);
    expect(s.redFlags).toBeGreaterThanOrEqual(170);
    expect(s.rightLevel / s.redFlags).toBeGreaterThanOrEqual(0.88);
    expect(s.falseAlarms / s.calm).toBeLessThanOrEqual(0.04);
  });
});
