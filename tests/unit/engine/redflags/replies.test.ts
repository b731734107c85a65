// The engine's reply to a red flag: kind urgent with a level, alone, before anything else.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../../knowledge/compile.ts';
import { slim } from '../../../../knowledge/bundle.ts';
import { checkRedFlags } from '../../../../widget/engine/redflags/check.ts';
import { COPY } from '../../../../widget/copy.ts';
import { loadFlagCases, TUNING_SETS } from '../../../../scripts/lib/red-flag-sets.ts';
import { EVAL_FILE, loadCases } from '../../../../scripts/lib/evaluate.ts';

const { knowledge } = compileKnowledge();
const ask = (q: string, context = {}) => answer(q, knowledge, context);

describe('a red flag', () => {
  it.each([
    ['my groin has gone numb', 'emergency'],
    ['i want to kill myself', 'crisis'],
    ['running a temperature and my back is agony', 'doctor'],
  ])('gets kind urgent with its level: "%s" is %s', (q, level) => {
    expect(ask(q)).toMatchObject({ kind: 'urgent', level, id: null, topic: null, related: [], suggestions: [] });
  });

  it('comes before, and instead of, the ordinary question it is buried in', () => {
    const r = ask("can dry needling help my sciatica, I've been wetting myself since tuesday");
    expect(r).toMatchObject({ kind: 'urgent', level: 'emergency' });
    expect(Object.keys(r ?? {})).not.toContain('also');
  });

  it('names the clinic\'s emergency number, and its crisis line for a crisis', () => {
    expect(ask('my legs keep giving way', { emergencyNumber: '112' })?.text).toBe(COPY.urgent.emergency({ emergencyNumber: '112', crisisLine: '' }));
    expect(ask('i want to die', { emergencyNumber: '999', crisisLine: '116 123' })?.text).toBe(COPY.urgent.crisis({ emergencyNumber: '999', crisisLine: '116 123' }));
    expect(ask('i want to die', { emergencyNumber: '999', crisisLine: '' })?.text).toContain('call 999');
  });
});

describe('replies that are not red flags', () => {
  it.each(['is dry needling safe?', 'how much is a session?', 'hello', 'can I book?', 'what is foot drop?'])('carry no level: "%s"', (q) => {
    const r = ask(q);
    expect(r?.kind).not.toBe('urgent');
    expect(r).not.toHaveProperty('level');
  });

  it('answer a question about the warning signs with the list of them and the emergency number', () => {
    expect(ask('which symptoms mean I should go to A&E?', { emergencyNumber: '999' })).toMatchObject({ kind: 'warning-signs', text: COPY.warningSigns({ emergencyNumber: '999', crisisLine: '' }) });
  });
});

describe('the rules as they ship in the bundle', () => {
  it('read every tuning and evaluation message exactly as the rules file does', () => {
    const bundled = slim(knowledge).redFlags;
    const messages = [...Object.values(TUNING_SETS).flat().flatMap((f) => loadFlagCases(f).map((c) => c.q)), ...loadCases(EVAL_FILE).map((c) => c.q)];
    const level = (r: ReturnType<typeof checkRedFlags>) => (r ? `${r.level}:${'someoneElse' in r ? r.someoneElse : ''}` : 'none');
    const differ = messages.filter((q) => level(checkRedFlags(q, bundled)) !== level(checkRedFlags(q, knowledge.redFlags)));
    expect(differ).toEqual([]);
  });
});
