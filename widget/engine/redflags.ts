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
  [/\b(not|havent|hasnt|never|wasnt|isnt|werent|arent)( been)? able to\b|\bunable to\b|\bcouldnt\b|\bcan not\b/g, 'cant'],
  // Look-alikes that are not symptoms.
  [/\b(fell|fall|falls|falling|fallen) (asleep|pregnant|behind|for)\b|\bcrash(ed|ing)? (on|out)\b|\b(this|last|next|in the) fall\b/g, 'x'],
  [/\b(hay|cabin) fever\b|\bweak (at|in) the knees\b|\bslipped (up|disc|disk|my mind)\b/g, 'x'],
  [/\b(give|gives|gave) me (the )?chills\b|\bchills (down|up) (my )?spine\b/g, 'x'],
  [/\bchest (day|press|fly|flies|workouts?|exercises?)\b|\boff my chest\b/g, 'x'],
  [/\bhold (my|your|the) breath\b|\bdeep breath\w*|\bbreath(e|ing) (through|deeply|normally|exercises?)\b/g, 'x'],
  [/\b(a )?wee (bit|while)\b|\b(road|car|long|day|bus|train|plane|a|my) trips?\b/g, 'x'],
  [/\b(use|find|where is|wheres|is there) (the |a |your )?(toilet|bathroom|loo|restroom|washroom)\b/g, 'x'],
  [/\b(no|nothing wrong with( my)?) (bladder|bowel)s?( or (bladder|bowel)s?)?( (problems?|issues?|trouble|changes?))?\b/g, 'x'],
  [/\b(no|without|not any) (numbness|tingling|weakness)\b|\b(chest|breathing|bladder|bowels?) (is|are|feels?|seems?) (fine|ok|okay|normal|good)\b/g, 'x'],
  [/\bchest of drawers\b|\b(left|right|one) (side of (my|the) )?(buttock|bum|butt|glute)s?( cheek)?\b/g, 'x'],
  [/\bboth sides of (my |the )?(lower |low )?back\b/g, 'back'],
  [/\bcant stand (needles|it|the|being|pain|waiting|sitting)\b/g, 'x'],
  [/\bcant walk (far|long|for|more|without|very|much|as|fast|quickly|upstairs)\b/g, 'x'],
  // A weak core, glutes or immune system is not a weak leg.
  [/\b(core|glutes?|hips?|butt|bum|stomach|abs|immune( system)?|back|arms?|grip)( muscles?)?( is| are| feel| feels| seem| seems| got| getting)?( so| very| really| quite| a bit| a little| pretty| too)? weak\w*/g, 'x'],
  [/\bweak\w* (core|glutes?|hips?|stomach|abs|immune( system)?|arms?|grip)\b/g, 'x'],
  // Unmistakable.
  [/\bincontinen\w*|\bcauda equina\b|\bheart attack\b/g, ALARM],
  [/\b(wet|wetting|peed|peeing|pooped|soiled|messed|pissed|pissing|shat) (myself|my pants|my underwear|the bed)\b/g, ALARM],
  [/\b(cant|cannot|struggl\w* to|hard to|trouble|difficulty|short of|shortness of) (catch (my )?)?breath\w*|\bbreathless\b|\bcollapsed lung\b/g, ALARM],
  [/\b(cant|cannot) (walk|stand up|get up|stand on (my )?(tip ?toes|heels))\b|\b(suicidal|suicide|kill myself|end my life)\b/g, ALARM],
  // Other wordings of the same symptom.
  [/\b(inner|inside( of)?)( my| the| both)? thighs?\b|\bbetween (my|the) legs\b|\bdown there\b|\bprivate parts?\b/g, 'groin'],
  [/\b(cant|cannot|no|lost|losing|without|lack of) (feel|feeling|sensation)\b|\bpins (and|n) needles\b/g, 'numb'],
  [/\b(give|gives|gave|giving|given) (way|out)\b|\b(cant|cannot) (lift|move|raise|bend)\b|\b(lost|losing|no) strength\b/g, 'weak'],
  [/\b(not|wont|isnt|doesnt|dont|stopped) work\w*/g, 'broken'],
  [/\b(hard|difficult|struggl\w*|strain\w*) to (pee|wee|urinate|poo|poop)\b/g, 'cant pee'],
  [/\bhit by\b|\brear ended\b|\bt boned\b|\b(came|fell|thrown) off\b|\blanded on\b/g, 'crash'],
  [/\b(high|a|running a|raised) (temp|temperature)\b|\bnight sweats\b/g, 'fever'],
  [/\b(the|your|peoples?|someones?) (legs|feet)\b/g, 'leg'],
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
const LOSS = group('lost lose losing loss control leak dribble retention accident trouble difficulty problem cant cannot unable stopped broken empty numb notice realise realize strain struggle');
const SADDLE = group('groin saddle genital crotch perineum privates vagina vaginal penis anus buttock bum butt wipe wiping');
const NUMB = group('numb numbness tingling tingly anaesthesia anesthesia');
const WEAK = group('weak weaker weakness weakening buckle collapse paralysed paralyzed paralysis dragging tripping flopping wobbly');
const LIMB = group('leg foot ankle toe calf thigh knee limb bilateral');
const SYMPTOM = group('pain hurt ache aching sore numb numbness tingling tingly weak weakness sciatica sciatic burning shooting symptoms heavy cramping agony killing radiating spreading down gone');
const FEVER = group('fever feverish febrile chills shivering sweats');
const SPINE = group('back spine spinal lumbar sciatica sciatic tailbone pain ache aching agony hurting');
const TRAUMA = group('fell fall fallen slipped tripped crash collision accident whiplash');
const TRAUMA_PAIN = group('back spine spinal lumbar sciatica sciatic tailbone pain hurt ache aching agony sore injured injury bad');
const CHEST = group('chest');
const CHEST_PAIN = group('pain hurt ache aching tight tightness pressure heavy heaviness crushing squeezing burning sharp stabbing');
const BREATH = group('breathe');
const HARD = group('cant cannot hard short shortness trouble difficult difficulty struggling laboured labored gasping painful hurts');

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
  [group('limbs'), group('numb numbness tingling tingly weak weaker weakness'), 5],
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
export const RED_FLAG_WORDS: readonly string[] = 'bladder bowel bowels incontinence incontinent urine shortness numbness groin saddle genitals crotch privates weaker weakness paralysed paralyzed fever feverish temperature chest breathe breathing breath accident collapse collapsed tingling'.split(' ');
