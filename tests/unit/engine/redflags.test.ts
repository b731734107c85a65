// Red flags are the one place the engine must never be wrong in the quiet direction.
// These phrasings are written for this test (not taken from the evaluation sets): typos,
// slang, panic, and red flags buried inside ordinary questions; then near misses that
// only look alarming.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const { knowledge } = compileKnowledge();
const kind = (q: string) => answer(q, knowledge)?.kind;

const URGENT = [
  // bladder and bowel control
  'i think ive lost control of my bladder',
  'cant control my bowels since yesterday',
  'been peeing myself without noticing',
  'incontinent since my back went out',
  'incontinance and sciatica, help',
  "I can't pee even though I really need to",
  'havent been able to wee since this morning',
  'leaking urine and my back is killing me',
  'my bladder feels full but i cant go',
  'pooped my pants and didnt feel it',
  'soiled myself last night, is that the sciatica??',
  'trouble emptying my bladder',
  'my bowels stopped working and my back is agony',
  'pissing myself randomly since the sciatica got bad',
  'no control over my bowels',
  'i have no bladder control',
  'i have to strain to pee',
  "can't get an erection and my back hurts",
  'bladdder problems since my back went',
  'i wont be able to pee at all',
  // saddle, groin and genital numbness
  'my groin feels numb',
  'numbness around my genitals',
  'cant feel anything down there',
  'numb down there since the weekend',
  'tingling in my crotch and low back pain',
  'my inner thighs are tingly and numb',
  'numbness between my legs when i sit on the toilet',
  'saddle numbnes',
  'grion is numb',
  'my private parts feel numb',
  'lost feeling in my vagina',
  'ive lost all feeling in my groin',
  'penis feels numb since my back pain started',
  'cant feel it when i wipe',
  'i could not feel my bum when i sat down',
  // weak legs, foot drop, legs giving way
  'my leg is getting weaker',
  'weakness in my right leg',
  'my legs feel weak and wobbly',
  'my foot is dropping when I walk',
  'i think i have foot drop',
  'my knee keeps buckling',
  'my left leg gave out on the stairs',
  'leg gives way randomly',
  'i cant lift my toes up',
  'my foot slaps the floor when I walk',
  'my foot is dragging',
  'leg weaknes getting worse',
  'i keep tripping over my own foot',
  'leg feels paralysed',
  'lost strength in my leg',
  'lost some feeling in my legs',
  'my foot is numb and floppy',
  // both legs
  'sciatica in both legs now',
  'both legs tingling',
  'pain down both sides',
  'numbness in both feet',
  'its gone into my other leg too',
  'my legs have gone numb',
  // fever with back pain
  'running a temperature and my back is very painful',
  'high fever and lower back pain',
  'feverish with a sciatica flare',
  'back pain with chills and sweats',
  'i have a feaver and my back hurts',
  // falls, accidents, crashes
  'slipped in the shower and hurt my back',
  'car accident last week, now sciatica',
  'was in a car crash and my back aches',
  'fell off a ladder, back pain',
  'came off my bike and my back is sore',
  'got hit by a car, can needling help my back',
  'hurt my back in the fall last week',
  // chest pain, breathing
  'chest pains',
  'tightness in my chest',
  'crushing pain in my chest',
  'chest feels tight and heavy',
  'sharp chest pain after needling',
  'chset pain',
  'sharp pain in the chest area',
  'i cant breathe properly',
  'short of breath after my session',
  'shortness of breath',
  'struggling to breath since the needles in my upper back',
  'its hard to breathe',
  'i cant take a deep breath',
  'it hurts to take a deep breath since my session',
  // mixed into ordinary questions
  'how long do the needles stay in? also my bladder isnt working right',
  'do I need to bring shorts. btw my crotch went numb',
  'is heat or ice better? i fell down the stairs this morning and my back is bad',
  'what should i eat before, also chest pain since last night',
  'quick q about parking, oh and both legs have gone weak',
  'is it like acupuncture? also my foot drags when i walk',
  // panicked
  'HELP cant feel my legs',
  'PLEASE HELP my back is agony and i peed myself',
  'omg i cant move my legs',
  'urgent!!! lost control of bladder',
];

const CALM = [
  'I fell asleep on the couch, is that why my back hurts?',
  'im weak at the knees about needles',
  'tingling in one foot, is that sciatica',
  'will I have fewer flare-ups',
  'I passed out once at a blood test, can I still have needling?',
  'my core is weak, what exercises help',
  // A fever that has passed, with no back pain mentioned, is not the red flag (fever WITH
  // back pain); a fever together with back pain is urgent whatever the tense.
  "I had a fever last month but I'm fine now, can I book needling?",
  'both my kids have colds, should I still come in',
  'I crashed on the sofa after my session',
  'can I use the toilet before my appointment',
  'should I pee before the session',
  'is there a bathroom at the clinic',
  'numb toes on my left foot',
  'the back of my thigh feels numb when I drive',
  'my glutes are weak, will strengthening help my sciatica',
  'I feel weak and tired after needling',
  'heat or ice for my lower back, what temperature?',
  'hay fever season, can I still have needling for my back?',
  'can I do chest day at the gym after needling',
  'do I need to hold my breath when the needle goes in',
  'should I breathe deeply during the session',
  'I slipped up and skipped my stretches, my back hurts',
  'my leg pain dropped a lot after two sessions',
  "I can't stand needles",
  "I can't walk far before my leg hurts, is that sciatica",
  'can you treat both sides in one session?',
  "I'm going to fall behind at work if this continues, my back is killing me",
  'no bladder or bowel problems, just pain down one leg',
  'nothing wrong with my bowels, only sciatica in my left leg',
  'this fall I want to get back into running',
  'I have a weakened immune system, is that a problem',
  'wee bit sore after my session, cant sit for long',
  "i'm afraid i'll fall asleep during needling",
  'can sciatica cause tingling in the legs?',
  'long car trip makes my leg ache, tips?',
  'my hips feel weak and my leg aches, which exercises help?',
  'is it hard to get to the toilet at your clinic',
  "do you have a bathroom? it's hard to wait",
  'my chest is fine, just back pain',
  // One buttock going numb on one side is ordinary sciatica; numbness of the seat as a whole is not.
  'my left buttock goes numb when sitting',
  "i can't feel the needles at all",
];

describe('red flags', () => {
  it('are checked against enough varied phrasings', () => {
    expect(URGENT.length).toBeGreaterThanOrEqual(60);
    expect(CALM.length).toBeGreaterThanOrEqual(30);
  });

  it.each(URGENT)('send "%s" to emergency care', (q) => {
    expect(kind(q)).toBe('urgent');
  });

  it.each(CALM)('leave "%s" alone', (q) => {
    expect(kind(q)).not.toBe('urgent');
  });
});
