// Red flags: symptoms that need emergency care, not a physio chat. Checked before anything
// else, on the typo-corrected words (before the lexicon folds any phrase), anywhere in the
// message. A symptom is two ideas close together ("bladder" near "lost control"), so a red
// flag buried in an ordinary question is still found, while the same words far apart in
// unrelated sentences are not. Innocent look-alikes ("fell asleep", "weak at the knees",
// "hay fever") are defused first; unmistakable phrases become a marker that always alarms.
import { stem } from './stem.ts';
import { STOP } from './lexicon.ts';

const group = (s: string) => new Set(s.split(' ').map(stem));
const ALARM = '!';

const FOLD: [RegExp, string][] = [
  [/\b(not|havent|hasnt|never|wasnt|isnt|werent|arent)( been)? able to\b|\bunable to\b|\bcouldnt\b|\bcan ?not\b/g, 'cant'],
  // Look-alikes that are not symptoms.
  [/\b(fell|fall\w*) (asleep|pregnant|behind)\b|\bcrash(ed|ing)? (on|out)\b|\b(this|last|next|in the) fall\b/g, 'x'],
  [/\bhay fever\b|\bweak (at|in) the knees\b|\bslipped (up|disc|disk|my mind)\b/g, 'x'],
  [/\bg[ai]ves? me (the )?chills\b|\bchills (down|up) (my )?spine\b/g, 'x'],
  // Gym talk, not symptoms. A deep breath that is hard or hurts is one (a collapsed lung).
  [/\bchest (day|press|workouts?|exercises?)\b|\bbreath\w* exercises?\b/g, 'x'],
  [/\b(a )?wee (bit|while)\b|\b(road|car|long|day|bus|train|plane|a|my) trips?\b/g, 'x'],
  // "No bladder problems" is not a symptom; "no bladder control" is.
  [/\bno (bladder|bowel)s?( or (bladder|bowel)s?)? (problems?|issues?|trouble|changes?)\b|\bnothing wrong with( my)? (bladder|bowel)s?\b|\b(no|without) (numbness|tingling|weakness)\b/g, 'x'],
  [/\b(left|right|one) (side of (my|the) )?(buttock|bum|butt|glute)s?( cheek)?\b/g, 'x'],
  [/\bboth sides of (my |the )?(lower |low )?back\b/g, 'back'],
  [/\bcant walk (far|long|for|more|without|very|much|as|fast|quickly|upstairs)\b/g, 'x'],
  // A weak core, glutes or immune system is not a weak leg.
  [/\b(core|glutes?|hips?|butt|bum|stomach|abs|immune( system)?|back|arms?|grip)( muscles?)?( (is|are|feels?|seems?|got|getting))?( (so|very|really|quite|a bit|a little|pretty|too))? weak\w*/g, 'x'],
  [/\bweak\w* (core|glutes?|hips?|stomach|abs|immune( system)?|arms?|grip)\b/g, 'x'],
  // Unmistakable.
  [/\bincontinen\w*|\bcauda equina\b|\bheart attack\b/g, ALARM],
  [/\b(wet\w*|pee\w*|poo\w*|soiled|messed|piss\w*|shat) (myself|my pants|my underwear|the bed)\b/g, ALARM],
  [/\bbreathless\b|\bcollapsed lung\b/g, ALARM],
  [/\bcant (walk|get up|stand( up| on))\b|\b(suicidal|suicide|kill myself|end my life)\b/g, ALARM],
  // Other wordings of the same symptom.
  [/\b(inner|inside( of)?)( my| the| both)? thighs?\b|\bbetween (my|the) legs\b|\bdown there\b|\bprivate parts?\b/g, 'groin'],
  [/\b(cant|no|los\w*|without|lack of)( all| any| some)? (feel\w*|sensation)\b|\bpins (and|n) needles\b/g, 'numb'],
  [/\bg[ai]v\w* (way|out)\b|\bcant (lift|move|raise|bend)\b|\b(los\w*|no) strength\b/g, 'weak'],
  [/\b(not|wont|isnt|doesnt|dont|stopped) work\w*/g, 'broken'],
  [/\b(hard|difficult|struggl\w*|strain\w*) to (pee|wee|urinate|poop?)\b/g, 'cant pee'],
  [/\bhit by\b|\brear ended\b|\bt boned\b|\b(came|fell|thrown) off\b|\blanded on\b/g, 'crash'],
  [/\b(high|a|raised) temp\w*|\bnight sweats\b/g, 'fever'],
  [/\b(the|your) (legs|feet)\b/g, 'leg'],
  [/\b(both|either|two|each)( of)?( my| the)? (legs?|feet|foot|sides|buttocks|thighs|calves)\b|\b(legs|feet) both\b|\bother (leg|side) (too|as well|now)\b/g, 'bilateral'],
  [/\b(legs|feet|thighs|calves)\b/g, 'limbs'],
];

/**
 * Words that only link others ("my", "is"): windows count the words that mean something.
 * The stop list and a few verbs, less "gone" and "down", which say a symptom spreads.
 */
const FILLER = new Set([...STOP, ...'have got get getting feel feels felt keep keeps kept since'.split(' ')].filter((w) => w !== 'gone' && w !== 'down'));

// An erection that fails belongs here too: the same nerves serve it.
const EXCRETA = group('bladder bowel pee peed wee urine urinate urinary piss poo poop stool toilet bathroom erection');
const LOSS = group('lost lose losing loss control leak dribble retention accident trouble difficulty problem cant unable stopped broken empty numb notice realise realize strain struggle');
const SADDLE = group('groin saddle genital crotch perineum privates vagina vaginal penis anus buttock bum butt wipe wiping');
const NUMB = group('numb tingling tingly anaesthesia anesthesia');
const WEAK = group('weak weaker buckle collapse paralysed paralyzed dragging tripping flopping wobbly');
const LIMB = group('leg foot ankle toe calf thigh knee limb bilateral');
const SYMPTOM = group('pain hurt ache aching sore numb tingling tingly weak sciatica sciatic burning shooting symptoms heavy cramping agony killing radiating spreading down gone');
const FEVER = group('fever feverish febrile chills shivering sweats');
const SPINE = group('back spine spinal lumbar sciatica sciatic tailbone pain ache aching agony hurting');
const TRAUMA = group('fell fall fallen slipped tripped crash collision accident whiplash');
const TRAUMA_PAIN = group('back spine spinal lumbar sciatica sciatic tailbone pain hurt ache aching agony sore injured injury bad');
const CHEST = group('chest');
const CHEST_PAIN = group('pain hurt ache aching tight pressure heavy heaviness crushing squeezing burning sharp stabbing');
const BREATH = group('breathe');
const HARD = group('cant hard short trouble difficult difficulty struggling laboured labored gasping painful hurts');

/**
 * A red flag is a word of one group within `window` meaningful words of a word of the other.
 * Windows are tight where the words are common ("can't" near "pee"), and the whole message
 * where either word alone already points to a doctor: a fever or a fall together with back
 * pain is urgent whenever it happened (a fever that has passed, with no back pain, is not).
 */
type Rule = [Set<string>, Set<string>, number];
const ANYWHERE = 1e9;
const RULES: Rule[] = [
  [EXCRETA, LOSS, 3],
  [SADDLE, NUMB, 5],
  [WEAK, LIMB, 5],
  [group('drop flop floppy slap'), group('foot feet toe'), 2],
  [group('bilateral'), SYMPTOM, 6],
  [group('limbs'), group('numb tingling tingly weak weaker'), 5],
  [FEVER, SPINE, ANYWHERE],
  [TRAUMA, TRAUMA_PAIN, ANYWHERE],
  [CHEST, CHEST_PAIN, 2],
  [BREATH, HARD, 3],
];

function at(tokens: string[], g: Set<string>): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => g.has(t) && out.push(i));
  return out;
}

/** True when the (already typo-corrected) words describe a red flag. */
export function isUrgent(words: string[]): boolean {
  let joined = words.join(' ');
  for (const [re, to] of FOLD) joined = joined.replace(re, to);
  const t = joined.split(' ').filter((w) => w && !FILLER.has(w)).map(stem);
  if (t.includes(ALARM)) return true;
  return RULES.some(([a, b, window]) => {
    const bs = at(t, b);
    return at(t, a).some((i) => bs.some((j) => i !== j && Math.abs(i - j) <= window));
  });
}

/** Words the typo corrector should know, so "bladdr" and "weeker" are caught. */
export const RED_FLAG_WORDS: readonly string[] = 'bladder bowel incontinence incontinent urine shortness numbness groin saddle genitals crotch privates weaker weakness paralysed paralyzed fever feverish chest breathe breath accident collapse tingling'.split(' ');
