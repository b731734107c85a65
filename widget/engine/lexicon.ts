// The engine's vocabulary knowledge, in one place so it can be read and reviewed.
// Everything here is written as visitors write; stems are computed at start-up.

/** Text-speak and frequent misspellings that fuzzy matching cannot fix (too short, or too far). */
export const SPELLING: Record<string, string> = {
  r: 'are', u: 'you', ur: 'your', yr: 'your', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks',
  abt: 'about', b4: 'before', aftr: 'after', wat: 'what', wats: 'whats', wut: 'what', wht: 'what', hw: 'how', sesh: 'session',
  appt: 'appointment', appts: 'appointments', physio: 'physiotherapist', physiotherapy: 'physiotherapist',
  pt: 'physiotherapist', therapist: 'physiotherapist', therapists: 'physiotherapist', dn: 'needling', acu: 'acupuncture',
  preggo: 'pregnant', prego: 'pregnant', preggers: 'pregnant', sciatic: 'sciatica', tho: 'though',
  bc: 'because', cuz: 'because', coz: 'because', doc: 'doctor', gp: 'doctor', meds: 'medication',
  hrs: 'hours', mins: 'minutes', til: 'until', till: 'until', wk: 'week', wks: 'weeks', k: 'ok', kk: 'ok',
};

/** Question and helper words: kept (they carry some intent) but weighed lightly. */
export const LIGHT = new Set(
  ('what how why when who which can could will would should may might must have get got come coming make made put need ' +
    'way time first new next never always often around through once until wait life worth fine better best worse goes work')
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
    'his her him hers himself herself barely finally guy guys people friend friends wife husband partner mom mum dad sister brother mother father daughter son ' +
    'day days week weeks month months year years today yesterday tomorrow now recently lately ago ' +
    'tried try trying use used using question questions maybe probably definitely dry plain words totally seriously ' +
    'one two three four five real sure pretty super not no usually generally typically left right')
    .split(' '),
);

/**
 * Synonym groups, one a line: every word maps to the line's first word. Both the knowledge
 * base and the visitor's text pass through the same map, so only meaning has to match.
 * (Plain lines rather than an array of arrays: 230 bytes less in the gzipped bundle.)
 */
export const SYNONYMS: string[][] = `
prevent stop reduce fewer less lessen
affect mess interfere impact
safe safety unsafe dangerous danger risky risk harmful harm hazard
hurt painful ouch sting agony excruciating uncomfortable discomfort bearable unbearable tolerable tolerate
acupuncture acupuncturist qi chi meridian tcm chinese
session visit appointment treatments
pregnant pregnancy trimester breastfeeding midwife
bloodthinner anticoagulant warfarin coumadin eliquis apixaban xarelto rivaroxaban heparin plavix clopidogrel aspirin
sore soreness aching achy tender tenderness stiff stiffness doms
tired tiredness fatigue exhausted sleepy drained dizzy dizziness faint woozy wiped
bruise redness mark bleed bleeding
longterm permanent forever cure cured durable lasting temporary bandaid
recur recurrence relapse return flare
exercise gym workout lifting weights sport strenuous run running jog jogging squat hike hiking soccer football hockey tennis golf intense
eat food meal breakfast lunch dinner snack hungry emptystomach fasting
water hydrate hydration drink fluids dehydrated coffee caffeine tea
wear clothes outfit shorts pants leggings dress jeans undress
sleep asleep bed pillow mattress night lying couch sofa position
sit sitting seated desk chair posture slouch stand drive car truck commute office
stretch yoga flexibility
heat hot warm warmth ice icing cold
twitch jump spasm cramp jolt
physiotherapist practitioner clinician physios
qualified qualification certified certification trained experienced licensed credentials expert
sciatica nerve
cause reason trigger rootcause source origin
effective legit legitimate placebo hype scam bogus effectiveness evidence research proven studies science scientific mechanism
result improvement improve relief progress benefit
differ difference different same compare comparison versus vs similar
tailor personalised personalized adjust adapt change individual
insert insertion put stick placed where
walk swim cycle bike active activity move moving movement mobile
scared afraid terrified frightened nervous anxious anxiety fear phobia worried scary panic wimp
leg calf calves thigh foot feet toe ankle hamstring
glute gluteal buttock butt bum hip piriformis
back spine spinal lumbar lower
compress compression squeeze press pinch trapped irritate pressure
tingling tingly numb numbness burning shooting electric radiating symptom
sterile reuse disposable clean hygiene hygienic infection
injection inject jab syringe drug medication medicine
normal usual typical expected common
complication damage puncture wrong serious rare worst
manage cope coping tips advice habits routine daily home
condition illness disease disorder diabetes diabetic epilepsy epileptic pacemaker immunocompromised haemophilia hemophilia
avoid contraindication unsuitable shouldnt eligible candidate
fix solve heal
after post following
sensation feels
`
  .trim()
  .split('\n')
  .map((line) => line.split(' '));

/**
 * Words that name things the guide does not cover (other body parts, other treatments,
 * unrelated subjects). They weigh heavily, so "dry needling for my knee" is not
 * mistaken for the general "what is dry needling" answer.
 */
export const FOREIGN = new Set(
  ('knee neck shoulder elbow wrist hand arm jaw tmj head headache migraine ' +
    'heel plantar fasciitis tennis golfer achilles rotator cuff whiplash concussion carpal tunnel ' +
    'massage chiropractor chiropractic osteopath osteopathy cupping surgery surgeon operation ' +
    'mri xray scan ultrasound shockwave laser tens cortisone steroid epidural ' +
    'painkiller pill ibuprofen advil tylenol paracetamol acetaminophen opioid gabapentin lyrica naproxen ' +
    'arthritis fibromyalgia scoliosis stenosis herniated herniation disc cancer tumor tumour covid flu vaccine ' +
    'dog cat pet weather joke recipe wifi parking gift voucher ' +
    'horse dentist teeth tooth eye skin acne hair diet sprain fracture broken')
    .split(' '),
);

/**
 * Words worth fixing when misspelled: the guide's key terms and the rules' key words
 * (red-flag symptoms are listed beside their rules, in redflags.ts). Deliberately short: every
 * word here brings its common English neighbours into the bundle's list of real words
 * (see knowledge/real-words.ts), so words that are rarely misspelled, or that mostly sit
 * near real words ("sleeping" beside "slipping"), are left out.
 */
export const TYPO_TARGETS = (
  'sciatica sciatic acupuncture needling needles needle pregnant pregnancy session sessions ' +
  'physiotherapist piriformis bruising soreness dizzy dizziness lightheaded hydration ' +
  'stretching posture warfarin anticoagulant thinners inflammation effective painful safety ' +
  'dangerous complications infection treatment treatments twitching permanent maintenance exercise ' +
  'exercises stomach muscles muscle assessment medication diabetes appointment reschedule ' +
  'consultation insurance cancellation prescription referral chiropractor massage'
).split(' ');
