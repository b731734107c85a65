// What a finding means in its sentence (ConText): denied, past, asked about, hypothetical, or
// about someone else. Each case is a behaviour the rules file relies on, not a tuned line.
import { describe, expect, it } from 'vitest';
import { compileRedFlags } from '../../../../knowledge/red-flags/compile.ts';
import { checkRedFlags } from '../../../../widget/engine/redflags/check.ts';

const { rules } = compileRedFlags();
const level = (q: string) => checkRedFlags(q, rules)?.level ?? null;
const asksAboutSigns = (q: string) => checkRedFlags(q, rules)?.level === null;

describe('a denied finding', () => {
  it.each(['no numbness in my groin, just pain down one leg', "I'm not incontinent, my leg just hurts", 'my GP ruled out cauda equina last month', 'no fever and no weakness, only a stiff back'])(
    'raises no alarm: "%s"',
    (q) => expect(level(q)).toBeNull(),
  );

  it('is still a finding when the denial is part of its own words ("no bladder control")', () => {
    expect(level('I have no bladder control since yesterday')).toBe('emergency');
  });

  it('does not deny what comes after a new subject: "if it does not work I am going to..."', () => {
    expect(level("if the needling doesn't work I'm going to kill myself")).toBe('crisis');
  });

  it('does not deny the next clause: "no fever, but I can\'t feel anything when I wipe"', () => {
    expect(level("no fever, but I can't feel anything when I wipe")).toBe('emergency');
  });

  it('is not denied by a phrase that only looks like a denial ("not only")', () => {
    expect(level('not only my back hurts, my groin has gone numb')).toBe('emergency');
  });
});

describe('a finding in the past', () => {
  it('does not alarm when the rule is about something new: an accident long ago', () => {
    expect(level('I was in a car crash twenty years ago and fully recovered, now I have sciatica')).toBeNull();
  });

  it('still counts where the history is the point: cancer, with back pain that is new', () => {
    expect(level('I had breast cancer five years ago and this back pain is new')).toBe('doctor');
  });

  it('counts again when it is back: "again"', () => {
    expect(level('my legs are giving way again this week')).toBe('emergency');
  });
});

describe('a finding asked about rather than reported', () => {
  it.each(['what is foot drop?', 'can dry needling cause bladder problems?', 'is foot drop common with sciatica?', 'what should I do if I lose feeling in my groin?'])(
    'gets the warning signs, not an alarm: "%s"',
    (q) => expect(asksAboutSigns(q)).toBe(true),
  );

  it('is reported when it is the visitor\'s own: "what is this numbness in my groin?"', () => {
    expect(level('what is this numbness in my groin?')).toBe('emergency');
  });

  it('still reaches the crisis line when the thought is only a condition: "what if I just ended it all"', () => {
    expect(level('what if I just ended it all')).toBe('crisis');
  });
});

describe('a finding about someone else', () => {
  it('still alarms, and names who it is about', () => {
    expect(checkRedFlags("my dad can't feel his legs", rules)).toMatchObject({ level: 'emergency', someoneElse: 'your dad' });
  });

  it('names nobody when the message does not say who', () => {
    expect(checkRedFlags('she keeps saying she wants to die', rules)).toMatchObject({ level: 'crisis', someoneElse: '' });
  });

  it('does not join one person\'s history with another\'s symptom', () => {
    expect(level('my aunt had cancer, is needling safe for my sciatica?')).toBeNull();
  });

  // The reply then speaks of "someone you know": the name is read only from "my wife" itself.
  it('belongs to the relation it describes: "my pregnant wife is bleeding"', () => {
    expect(checkRedFlags('my pregnant wife is bleeding and her back hurts', rules)).toMatchObject({
      level: 'emergency',
      someoneElse: '',
    });
  });

  it('stays the visitor\'s when the relation word describes the visitor: "a transplant patient, I have..."', () => {
    expect(checkRedFlags("kidney transplant patient on tacrolimus, I've got new back pain", rules)).toMatchObject({ level: 'doctor' });
    expect(checkRedFlags("kidney transplant patient on tacrolimus, I've got new back pain", rules)).not.toHaveProperty('someoneElse');
  });
});

describe('look-alikes and levels', () => {
  it.each(['I fell asleep on the sofa and my back is stiff', 'this sciatica is killing me', 'I did chest day yesterday, can I still come?', 'my left buttock goes numb when I sit'])(
    'sets aside an idiom or an ordinary symptom: "%s"',
    (q) => expect(level(q)).toBeNull(),
  );

  it('answers a message with two red flags at the more urgent level', () => {
    expect(level('I have a fever with my back pain and now I cannot feel my legs')).toBe('emergency');
  });
});
