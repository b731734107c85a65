// Red flags: symptoms that need emergency care, not a physio chat. Checked before
// anything else, on typo-corrected words, anywhere in the message. When in doubt the
// rules lean towards urgent: a false alarm costs a moment, a missed one can cost a life.
import { stem } from './stem.ts';

const RAW: string[] = [];
const set = (s: string) => {
  RAW.push(...s.split(' '));
  return new Set(s.split(' ').map(stem));
};

const BLADDER = set('bladder bowel bowels pee peed peeing urine urinate urinating urination urinary wee piss pissed poo poop pooped pooping stool stools feces faeces soiled toilet bathroom');
const LOSS = set('lost lose losing loss control cant cannot unable leak leaking leaked accident accidents wet hold empty retention stopped trouble difficulty myself notice noticed realise realize numb wont working properly problem problems');
const SADDLE = set('groin saddle genital genitals crotch perineum privates vagina vaginal penis anus buttock buttocks bum');
const NUMB = set('numb numbness tingling tingly anesthesia anaesthesia');
const WEAK = set('weak weaker weakness weakening buckle buckling buckled collapse collapsed collapsing paralysed paralyzed paralysis drop dropping dragging drag');
const LEG = set('leg legs foot feet ankle ankles knee knees thigh thighs toe toes calf calves');
const SIDES = set('leg legs foot feet side sides buttock buttocks thigh thighs');
const FEVER = set('fever feverish fevers chills febrile temperature');
const BACK = set('back spine spinal sciatica sciatic lumbar pain pains ache aching hurt hurts hurting tailbone hip hips');
const FALL = set('fell fall falling fallen slipped tripped crash crashed accident collision');
const CHEST = set('pain pains hurt hurts tight tightness pressure ache aching heavy crushing squeezing');
const BREATH = set('breathe breathing breath breathless');
const BOTH = set('both');
const CHESTS = set('chest');
const HARD = set('cant cannot hard short shortness trouble difficult difficulty struggling');

/** Phrases folded before matching, so innocent ones ("fell asleep") do not look like red flags. */
const FOLD: [RegExp, string][] = [
  [/\b(fell|fall|falling|fallen) asleep\b/g, 'asleep'],
  [/\bslipped (disc|disk)s?\b/g, 'disc'],
  [/\bweak (at|in) the knees\b/g, 'scared'],
  [/\bhit by\b/g, 'crash'],
  [/\b(inner|inside( of)?)( my| the| both)? thighs?\b|\bbetween (my|the) legs\b/g, 'groin'],
  [/\b(wet|peed|pooped|soiled|messed) (myself|my pants|the bed)\b/g, 'emergency'],
  [/\brear ended\b|\bt boned\b|\bwhiplash\b/g, 'crash'],
  [/\b(cant|cannot|no|lost|without) (feel|feeling|sensation)\b/g, 'numb'],
  [/\b(give|gives|gave|giving|given) (way|out)\b/g, 'weak'],
  [/\b(cant|cannot|unable to) (lift|move|raise|bend)\b/g, 'weak'],
  [/\b(cant|cannot|unable to) (walk|stand)\b/g, 'emergency'],
  [/\bheart attack\b/g, 'emergency'],
  [/\bcauda equina\b/g, 'emergency'],
  [/\b(suicidal|suicide|kill myself|end my life)\b/g, 'emergency'],
  [/\bincontinen\w*/g, 'emergency'],
];

function has(tokens: string[], group: Set<string>): number[] {
  const at: number[] = [];
  tokens.forEach((t, i) => group.has(t) && at.push(i));
  return at;
}

function near(a: number[], b: number[], window: number): boolean {
  return a.some((i) => b.some((j) => i !== j && Math.abs(i - j) <= window));
}

/** True when the (already typo-corrected) words describe a red flag. */
export function isUrgent(surface: string[]): boolean {
  let joined = surface.join(' ');
  for (const [re, to] of FOLD) joined = joined.replace(re, to);
  const t = joined.split(' ').filter(Boolean).map(stem);
  const all = 1e9;
  return (
    t.includes('emergency') ||
    t.includes('saddle') ||
    near(has(t, BLADDER), has(t, LOSS), all) ||
    near(has(t, SADDLE), has(t, NUMB), all) ||
    near(has(t, WEAK), has(t, LEG), 8) ||
    near(has(t, BOTH), has(t, SIDES), 4) ||
    (has(t, FEVER).length > 0 && has(t, BACK).length > 0) ||
    (has(t, FALL).length > 0 && has(t, BACK).length > 0) ||
    near(has(t, CHESTS), has(t, CHEST), 6) ||
    near(has(t, BREATH), has(t, HARD), 5)
  );
}

/** Words the typo corrector should know, so "bladdr" and "weeker" are caught. */
export const RED_FLAG_WORDS: readonly string[] = RAW;
