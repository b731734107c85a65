// The engine's vocabulary knowledge, in one place so it can be read and reviewed.
// Everything here is written as visitors write; stems are computed at start-up.

/** Text-speak and frequent misspellings that fuzzy matching cannot fix (too short, or too far). */
export const SPELLING: Record<string, string> = {
  r: 'are', u: 'you', ur: 'your', yr: 'your', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks',
  abt: 'about', b4: 'before', aftr: 'after', wat: 'what', wats: 'whats', wut: 'what', wht: 'what', hw: 'how', sesh: 'session',
  appt: 'appointment', appts: 'appointments', physio: 'physiotherapist', physiotherapy: 'physiotherapist',
  pt: 'physiotherapist', therapist: 'physiotherapist', dn: 'needling', acu: 'acupuncture',
  preggo: 'pregnant', prego: 'pregnant', preggers: 'pregnant', sciatic: 'sciatica', tho: 'though',
  bc: 'because', cuz: 'because', coz: 'because', doc: 'doctor', gp: 'doctor', meds: 'medication',
  hrs: 'hours', mins: 'minutes', wk: 'week', wks: 'weeks', k: 'ok', kk: 'ok',
};

/** Multi-word phrases folded into one token before anything else. */
export const PHRASES: [RegExp, string][] = [
  [/\bpins (and|n|&) needles\b/g, 'tingling'],
  [/\b(left|leave|leaving|kept|keep|stay|stays|remain) in\b/g, 'stayin'],
  [/\bhow (many|often)\b/g, 'howmany'],
  [/\bhow (long|soon|quickly|fast)\b/g, 'howlong'],
  [/\b(long (term|lasting)|for good|permanently)\b/g, 'longterm'],
  [/\bblood thinn\w*/g, 'bloodthinner'],
  [/\bside e?ff?ects?\b|\bafter ?effects?\b/g, 'sideeffect'],
  [/\btrigger points?\b/g, 'triggerpoint'],
  [/\bempty stomach\b/g, 'emptystomach'],
  [/\blight ?headed\w*/g, 'dizzy'],
  [/\bafter ?care\b/g, 'aftercare'],
  [/\bchinese (medicine|needle\w*)\b/g, 'acupuncture'],
  [/\bflare ?ups?\b/g, 'flare'],
  [/\b(work ?out|working out|leg day|lift heavy|heavy lifting)\b/g, 'exercise'],
  [/\bexpecting( a baby)?\b/g, 'pregnant'],
  [/\bphysical therap\w*/g, 'physiotherapist'],
  [/\b(does|do|will|would|did|can)( it| this| needling| dry needling| the needling| that| needles)( really| actually| even| truly)? work\b/g, 'effective'],
  [/\bwear(s|ing)? off\b|\bcome?s? back\b|\bkeep (it|them) away\b/g, 'recur'],
  [/\blast (night|week|month|year|time|weekend)\b/g, ' '],
  [/\b(shouldnt|should not|cant|cannot|not allowed to|unable to) (get|have|do|try)\b|\bnot (suitable|safe) for\b|\breasons? not to\b/g, 'avoid'],
  [/\b(single|one) use\b|\bthrow away\b/g, 'sterile'],
  [/\b(flu|covid)? ?shots?\b|\bvaccines?\b/g, 'injection'],
  [/\b(on|in) (a|my|the) session\b|\bwhile (im|you|they|its) (being )?needl\w*/g, 'during'],
  [/\b(the )?(morning|day|night) of\b/g, 'before'],
  [/\b(same day|afterwards?|straight after|right after|later that day|the day after|next day)\b/g, 'after'],
  [/\bsort (it )?out|get rid of\b/g, 'fix'],
  [/\broot cause\b|\bunderlying\b/g, 'rootcause'],
  [/\bday to day\b|\bat home\b|\bself care\b|\bevery day\b/g, 'manage'],
  [/\bgo(es)? wrong\b/g, 'complication'],
  [/\bhow bad (is|does|will|would)( it| the needling| needling)?\b|\bscale of (1|one) to (10|ten)\b/g, 'hurt'],
  [/\bweak (at|in) the knees\b/g, 'scared'],
  [/\bnumber of (sessions|visits|treatments|appointments|times)\b/g, 'howmany sessions'],
  [/\b(age limit|how old|minimum age|years? old)\b/g, 'ageask'],
  [/\bwhat( does| do| will) it feel like\b|\bwhat( does| will)( the| a)? needl\w* feel like\b/g, 'sensation'],
];

/** Question and helper words: kept (they carry some intent) but weighed lightly. */
export const LIGHT = new Set(
  ('what how why when who which can could will would should may might must have get got come coming make made put need needs ' +
    'way time first new next never always usually often around through once until wait life thing worth ok fine better best worse go goes work')
    .split(' '),
);

/** Words that carry no meaning for choosing an answer. */
export const STOP = new Set(
  ('a an the i me my mine myself we us our you your yours it its itself he she they them their this that these those ' +
    'is are was were be been being am do does did doing done has had having shall ' +
    'of to in on at by for from with as into onto over under up down out off than then so too very just really quite ' +
    'and or but if because though although while there here whom whose ' +
    'any some all each every nor only own such other another more most few lot lots bit little ' +
    'go going gone went let lets say said tell told know think thought want wanted wanting wonder wondering wondered ' +
    'like liked ok okay please thanks hi hey hello lol haha um uh hmm yeah yes yep nope oh well also again still even ever already yet ' +
    'im ive id ill youre dont doesnt didnt wont isnt arent wasnt thats whats ' +
    'anyone someone somebody anything something thing things stuff kind sort actually honestly basically literally exactly ' +
    'guy guys people friend friends wife husband partner mom mum dad sister brother mother father daughter son ' +
    'day days week weeks month months year years today yesterday tomorrow now recently lately ago ' +
    'tried try trying use used using question questions maybe probably definitely dry plain words totally seriously ' +
    'one two three four five real sure pretty super not no usually generally typically left right')
    .split(' '),
);

/**
 * Synonym groups: every word maps to the group's first word. Both the knowledge base
 * and the visitor's text pass through the same map, so only meaning has to match.
 */
export const SYNONYMS: string[][] = [
  ['needle', 'needling', 'needles', 'needled', 'dn'],
  ['safe', 'safety', 'unsafe', 'dangerous', 'danger', 'risky', 'risk', 'risks', 'harmful', 'harm', 'hazard'],
  ['hurt', 'hurts', 'painful', 'ouch', 'sting', 'stings', 'agony', 'excruciating', 'uncomfortable', 'discomfort', 'bearable', 'unbearable', 'tolerable', 'tolerate'],
  ['acupuncture', 'acupuncturist', 'acupuncturists', 'qi', 'chi', 'meridian', 'meridians', 'tcm', 'chinese'],
  ['session', 'sessions', 'visit', 'visits', 'appointment', 'appointments', 'treatments'],
  ['pregnant', 'pregnancy', 'trimester', 'breastfeeding', 'midwife', 'baby'],
  ['bloodthinner', 'anticoagulant', 'anticoagulants', 'warfarin', 'coumadin', 'eliquis', 'apixaban', 'xarelto', 'rivaroxaban', 'heparin', 'plavix', 'clopidogrel', 'aspirin'],
  ['sore', 'soreness', 'aching', 'achy', 'tender', 'tenderness', 'stiff', 'stiffness', 'doms'],
  ['tired', 'tiredness', 'fatigue', 'fatigued', 'exhausted', 'sleepy', 'drained', 'dizzy', 'dizziness', 'faint', 'fainted', 'woozy', 'wiped'],
  ['bruise', 'bruising', 'bruised', 'bruises', 'redness', 'mark', 'marks', 'bleed', 'bleeding'],
  ['longterm', 'permanent', 'forever', 'cure', 'cured', 'durable', 'lasting', 'temporary', 'bandaid'],
  ['recur', 'recurring', 'recurrence', 'relapse', 'return', 'returns', 'flare', 'flares', 'flaring', 'flared'],
  ['exercise', 'exercises', 'gym', 'workout', 'lifting', 'weights', 'sport', 'sports', 'strenuous', 'run', 'running', 'jog', 'jogging', 'squat', 'squats', 'hike', 'hiking', 'soccer', 'football', 'hockey', 'tennis', 'golf', 'intense'],
  ['eat', 'eating', 'food', 'meal', 'breakfast', 'lunch', 'dinner', 'snack', 'hungry', 'emptystomach', 'fasting'],
  ['water', 'hydrate', 'hydrated', 'hydration', 'drink', 'drinking', 'fluids', 'dehydrated', 'coffee', 'caffeine', 'tea'],
  ['wear', 'wearing', 'clothes', 'clothing', 'outfit', 'shorts', 'pants', 'leggings', 'dress', 'jeans', 'undress'],
  ['sleep', 'sleeping', 'asleep', 'bed', 'pillow', 'pillows', 'mattress', 'night', 'nights', 'lying', 'couch', 'sofa', 'position', 'positions'],
  ['sit', 'sitting', 'seated', 'desk', 'chair', 'posture', 'slouch', 'slouching', 'stand', 'standing', 'drive', 'driving', 'car', 'truck', 'commute', 'seat', 'office'],
  ['stretch', 'stretches', 'stretching', 'yoga', 'flexibility'],
  ['heat', 'heating', 'hot', 'warm', 'warmth', 'ice', 'icing', 'cold'],
  ['twitch', 'twitching', 'twitched', 'twitches', 'jump', 'jumps', 'spasm', 'spasms', 'cramp', 'cramps', 'cramping', 'cramped', 'jolt'],
  ['physiotherapist', 'physiotherapists', 'practitioner', 'clinician', 'physios'],
  ['qualified', 'qualification', 'qualifications', 'certified', 'certification', 'trained', 'experienced', 'licensed', 'credentials', 'expert'],
  ['sciatica', 'sciatic', 'nerve', 'nerves'],
  ['cause', 'causes', 'caused', 'causing', 'reason', 'reasons', 'trigger', 'triggers', 'rootcause', 'source', 'origin'],
  ['effective', 'effectiveness', 'evidence', 'research', 'proven', 'studies', 'science', 'scientific', 'mechanism'],
  ['result', 'results', 'improvement', 'improve', 'relief', 'progress', 'benefit', 'benefits'],
  ['differ', 'difference', 'differences', 'different', 'compare', 'comparison', 'versus', 'vs', 'similar'],
  ['tailor', 'tailored', 'personalised', 'personalized', 'adjust', 'adjusted', 'adapt', 'change', 'changes', 'same', 'individual'],
  ['insert', 'inserted', 'insertion', 'put', 'stick', 'sticks', 'placed', 'place', 'where'],
  ['walk', 'walking', 'swim', 'swimming', 'cycle', 'cycling', 'bike', 'active', 'activity', 'activities', 'move', 'moving', 'movement', 'mobile'],
  ['scared', 'afraid', 'terrified', 'frightened', 'nervous', 'anxious', 'anxiety', 'fear', 'fears', 'phobia', 'worried', 'scary', 'panic', 'wimp'],
  ['leg', 'legs', 'calf', 'calves', 'thigh', 'thighs', 'foot', 'feet', 'toe', 'toes', 'ankle', 'hamstring', 'hamstrings'],
  ['glute', 'glutes', 'gluteal', 'buttock', 'buttocks', 'butt', 'bum', 'hip', 'hips', 'piriformis'],
  ['back', 'spine', 'spinal', 'lumbar', 'lower'],
  ['compress', 'compressed', 'compression', 'squeeze', 'squeezing', 'squeezed', 'press', 'pressing', 'pinch', 'pinched', 'trapped', 'irritate', 'irritated', 'irritating', 'pressure'],
  ['tingling', 'tingle', 'tingly', 'numb', 'numbness', 'burning', 'shooting', 'electric', 'radiating', 'symptom', 'symptoms'],
  ['sterile', 'reuse', 'reused', 'disposable', 'clean', 'hygiene', 'hygienic', 'infection'],
  ['injection', 'injections', 'inject', 'injected', 'syringe', 'drug', 'drugs', 'medication', 'medicine'],
  ['normal', 'usual', 'typical', 'expected', 'common'],
  ['complication', 'complications', 'wrong', 'serious', 'rare', 'worst'],
  ['manage', 'managing', 'cope', 'coping', 'tips', 'advice', 'habits', 'routine', 'daily', 'home'],
  ['avoid', 'contraindication', 'contraindications', 'unsuitable', 'shouldnt', 'eligible', 'candidate'],
  ['fix', 'solve', 'heal', 'healed'],
  ['after', 'post', 'following'],
  ['sensation', 'feels', 'feeling', 'sensations', 'feel'],
];

/**
 * Words that name things the guide does not cover (other body parts, other treatments,
 * unrelated subjects). They weigh heavily, so "dry needling for my knee" is not
 * mistaken for the general "what is dry needling" answer.
 */
export const FOREIGN = new Set(
  ('knee knees neck shoulder shoulders elbow wrist wrists hand hands arm arms jaw tmj head headache headaches migraine migraines ' +
    'heel plantar fasciitis tennis golfer achilles rotator cuff whiplash concussion carpal tunnel ' +
    'massage massages chiropractor chiropractors chiropractic osteopath osteopathy cupping surgery surgeon operation ' +
    'mri xray scan scans ultrasound shockwave laser tens cortisone steroid steroids epidural ' +
    'painkiller painkillers pill pills ibuprofen advil tylenol paracetamol acetaminophen opioid opioids gabapentin lyrica naproxen ' +
    'arthritis fibromyalgia scoliosis stenosis herniated herniation disc discs cancer tumor tumour covid flu vaccine ' +
    'dog dogs cat pet pets weather joke jokes recipe wifi parking gift voucher ' +
    'horse dentist teeth tooth eye eyes skin acne hair diet sprain sprained sprains fracture fractured broken')
    .split(' '),
);

/**
 * Words worth fixing when misspelled: red-flag symptoms, the guide's key terms and the
 * rules' key words. Deliberately short: every word here brings its common English
 * neighbours into the bundle's list of real words (see knowledge/real-words.ts).
 */
export const TYPO_TARGETS = (
  'bladder bowel bowels incontinence incontinent numbness groin saddle genitals genital crotch weaker weakness ' +
  'weakening paralysed paralyzed fever feverish chest breathe breathing accident collapse collapsed tingling ' +
  'sciatica sciatic acupuncture acupuncturist needling needles needle pregnant pregnancy session sessions ' +
  'physiotherapist physio piriformis trigger bruising bruise soreness dizzy dizziness lightheaded hydrate hydration ' +
  'stretches stretching posture warfarin anticoagulant thinner thinners inflammation effective painful safety ' +
  'dangerous complications infection treatment treatments twitch twitching cramping permanent maintenance exercise ' +
  'exercises aftercare lifestyle sleeping pillow clothing breakfast stomach muscles muscle assessment medication ' +
  'diabetes appointment reschedule consultation receptionist insurance coverage cancellation prescription ' +
  'directions referral wheelchair chiropractor massage'
).split(' ');
