// Red flags: symptoms that need emergency care, not a physio chat. Checked before anything
// else, on the typo-corrected words (before the lexicon folds any phrase), anywhere in the
// message. A symptom is two ideas close together ("bladder" near "lost control"), so a red
// flag buried in an ordinary question is still found, while the same words far apart in
// unrelated sentences are not. Innocent look-alikes ("fell asleep", "weak at the knees",
// "hay fever") are defused first; unmistakable phrases become a marker that always alarms.
import { stem, stems as group } from './stem.ts';
import { STOP } from './lexicon.ts';

/** Marks an unmistakable phrase: visitors' words never hold punctuation (see text.ts). */
const ALARM = '!';

const FOLD: [RegExp, string][] = [
  [/\b(\w+nt|not|never)( be| been)? able to\b|\bunable to\b|\b(could|can) ?no?t\b/g, 'cant'],
  // Look-alikes that are not symptoms: sleep, idioms, a car trip, "no bladder problems" (but
  // "no bladder control" is one), one buttock and a short walk.
  [
    /\bf[ae]ll\w* (asleep|pregnant|behind)|\bcrash\w* (on|out)\b|\b(this|next) fall\b|\bhay fever|\bweak (at|in) the knees|\bslipped (up|dis[ck])|\btrips?\b|\bno (bladder|bowel)\w*( or \w+)? (problem|issue|trouble|change)|\b(no|without) (numbness|tingling|weakness)|\b(left|right|one) (side of (my|the) )?(buttock|bum|butt|glute)|\bcant walk (far|long|for|more|without|very|much|as)\b|\bbottom of\b/g,
    'x',
  ],
  [/\bboth sides of (my |the )?(low\w* )?back/g, 'back'],
  // Unmistakable.
  [/\bincontinen|\bcauda equina|\bheart attack|\b(wet|pee|poo|soil|mess|piss|shat|accident)\w* (in |on )?(myself|my (pants|underwear|knickers|trousers)|(the |my )?(bed|sofa|couch|chair))|\bbreathless|\bout of breath|\bangina|\bheart (hurt|pain|ach)|\bimpoten|\berectile|\bcant (walk|get up|stand( up| on)|go up on)\b|\bsuicid|\bkill\w* myself|\bend\w* (my life|it all)|\bself ?harm|\bharm\w* myself|\b(about|of) hurt\w* myself|\bwant\w* to die|\boverdos|\bbetter off (dead|without me)|\bno point (in )?living|\b(dont|not|never) want to (be here any ?more|live)|\ball (my|the) (pills|tablets)/g, ALARM],
  // Other wordings of the same symptom.
  // British and slang words for the saddle area ("back passage", "my bits", "seat area").
  [/\b(inner|inside( of)?)( my| the| both)? thigh|\bbetween (my|the) legs|\bdown (there|below)|\b(where|area) (i|you) sit|\b(private|lady|man|nether) (part|bit|region|garden)s?\b|\bmy bits\b|\bback passage|\bseat (area|region)/g, 'groin'],
  [/\b(cant|no|los\w*|without|lack of)( all| any| some| really| properly| much)? (feel|sensation)|\bpins (and|n) needles|\b(gone|went|feels?|felt) dead\b/g, 'numb'],
  // A leg or foot that "won't lift", "won't hold my weight" or "won't do what I tell it".
  [/\bg[ai]v\w* (way|out)\b|\b\w+nt (lift|move|raise|bend|push off|(hold|take|bear) (my |any )?weight|support|do what|obey|listen|respond)|\b(los\w*|no)( all| any| some)? strength|\bkeeps? fail\w*/g, 'weak'],
  [/\b(\w+nt|not|stopped) work/g, 'broken'],
  // Retention: straining to start, or no pee for hours; "can't feel when I need to go".
  [/\b(hard|difficult) to (get (my )?)?(pee|wee|urinate|poop?)\b|\b(ha\w*nt|not|no) ((had|done|been for|passed) (a |any )?(pee|wee|poo|piss|urin\w*)|peed|weed)|\bnothing (comes?|came|happens?)\b/g, 'cant pee'],
  [/\bneed to go\b/g, 'toilet'],
  [/\b(for|enough|of) air\b/g, 'breathe'],
  // Trauma: only knocks that throw a person ("knocked off my bike", not "knocked over a glass").
  [/\bhit by|\brear ended|\bt boned|\b(came|thrown) (off|from)|\b(came|went) down hard|\blanded on|\bknocked (off|over|down)( \w+)? by\b|\bknocked off (my|the|a)\b|\b(got|was|been|being) tackled/g, 'crash'],
  // A temperature named with a number, or "temperature and back pain".
  [/\b(high|a|raised) temp\w*|\btemp\w* ((of )?(3[89]|4[01]|10[0-4])|and|with|plus)\b|\b3[89] \d\b|\b(3[89]|10[0-4])\w* (deg\w* )?temp/g, 'fever'],
  // Spreading to the other leg says "both" without a symptom word of its own.
  [/\b(its|it is|now) in both\b/g, 'spreading both'],
  [/\bother (leg|side)( is| has)?( now| also)? (gone|going|started|starting)( to go)?\b(?! to)|\bspread\w* to the other|\bin my (left|right|other) leg too/g, 'bilateral spreading'],
  [/\b(the|your) (legs|feet)\b/g, 'leg'],
  [/\b(both|either|two|each)( of)?( my| the)? (leg|feet|foot|side|buttock|thigh|calves)|\bother (leg|side) (too|as well|now)\b|\bas well as (the |my )?(left|right)/g, 'bilateral'],
  [/\b(legs|feet|thighs|calves)\b/g, 'limbs'],
];

/**
 * Words that only link others ("my", "is"): windows count the words that mean something.
 * Words of one or two letters, the stop list and a few verbs, less "down", which says a
 * symptom spreads.
 */
const FILLER = new Set([...STOP, ...'have got get getting feel feels felt keep keeps kept since'.split(' ')].filter((w) => w !== 'down'));

// An erection that fails belongs here too: the same nerves serve it.
const EXCRETA = group('bladder bowel bowls loo pee peed wee urine urinate urinary piss poo poop stool toilet bathroom erection waterworks orgasm ejaculate constipated');
const LOSS = group('lost lose losing loss control leak dribble warning retention accident trouble difficulty problem issue cant unable stopped broken empty numb notice realise realize strain struggle');
const SADDLE = group('groin saddle genital crotch perineum privates vagina vaginal penis anus buttock bum butt arse ass wipe wiping bottom backside perineal perianal testicle scrotum vulva sex');
const NUMB = group('numb tingling tingly anaesthesia anesthesia paraesthesia paresthesia prickly prickling numbish wool');
const WEAK = group('weak weaker buckle collapse paralysed paralyzed dragging tripping flopping wobbly stumble');
const NOT_LIMB = group('core glute hip stomach abs immune arm grip');
const LIMB = group('leg foot ankle toe calf thigh knee limb bilateral');
const SYMPTOM = group('pain hurt ache aching sore numb tingling tingly weak sciatica sciatic burning shooting symptoms heavy cramping agony killing radiating spreading down gone');
const FEVER = group('fever feverish febrile chills shivering sweats rigors');
const SPINE = group('back spine spinal lumbar sciatica sciatic tailbone pain ache aching agony hurting');
const LEAK = group('leak leaking dribble trickle damp');
const TRAUMA = group('fell fall fallen slipped tripped crash collision collided accident whiplash tumble');
const TRAUMA_PAIN = group('back spine spinal lumbar sciatica sciatic tailbone pain hurt ache aching agony sore injured injury bad');
const CHEST = group('chest breastbone sternum');
const CHEST_PAIN = group('pain hurt ache aching tight pressure heavy heaviness crushing squeezing burning sharp stabbing discomfort elephant');
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
  [group('drop flop floppy slap scrape'), group('foot feet toe'), 2],
  [group('bilateral bilaterally'), SYMPTOM, 6],
  [group('limbs'), group('numb tingling tingly weak weaker'), 5],
  [FEVER, SPINE, ANYWHERE],
  [TRAUMA, TRAUMA_PAIN, ANYWHERE],
  [LEAK, SPINE, 8],
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
  if (joined.includes(ALARM)) return true;
  const t = joined
    .split(' ')
    .filter((w) => w.length > 2 && !FILLER.has(w))
    .map(stem)
    // A weak core, hip or immune system is not a weak leg.
    .filter((w, i, a) => !WEAK.has(w) || !(NOT_LIMB.has(a[i - 1]) || NOT_LIMB.has(a[i + 1])));
  return RULES.some(([a, b, window]) => {
    const bs = at(t, b);
    return at(t, a).some((i) => bs.some((j) => i !== j && Math.abs(i - j) <= window));
  });
}

/** Words the typo corrector should know, so "bladdr" and "weeker" are caught. */
export const RED_FLAG_WORDS: readonly string[] = 'bladder bowel incontinence incontinent urine shortness numbness groin saddle genitals crotch privates weaker weakness paralysed paralyzed fever feverish chest breathe breath accident collapse tingling'.split(' ');
