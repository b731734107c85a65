// The engine's vocabulary knowledge, in one place so it can be read and reviewed.
// Everything here is written as visitors write; stems are computed at start-up.

/** Lines of words, each line an array. */
const lines = (text: string) => text.trim().split('\n').map((line) => line.split(' '));

/**
 * Text-speak and frequent misspellings that fuzzy matching cannot fix (too short, or too
 * far), one meaning a line: the first word is what the others stand for.
 */
export const SPELLING = new Map(
  lines(`
are r
you u
your ur
please pls plz
thanks thx ty
about abt
before b4
what wat wut
whats wats
session sesh
appointment appt appts
physiotherapist physio physiotherapy pt therapist therapists
needling dn
acupuncture acu
pregnant preggo prego preggers
sciatica sciatic
though tho
because bc cuz coz
doctor doc gp
medication meds
hours hrs
minutes mins
until til till
weeks wk wks
ok k kk
`).flatMap(([to, ...from]) => from.map((w) => [w, to] as const)),
);

/** Question and helper words: kept (they carry some intent) but weighed lightly. */
export const LIGHT = new Set(
  'what how why when who which can could will would have get come coming need time first never once until wait work'
    .split(' '),
);

/** Words that carry no meaning for choosing an answer. */
export const STOP = new Set(
  ('a an the i me my myself we us our you your it its itself he she they them their this that these those ' +
    'is are was were be been being am do does did doing done has had having ' +
    'of to in on at by for from with as into over under up down out off than then so too very just really quite ' +
    'and or but if because though while there here ' +
    'any some all each every only such other more most few lot lots bit little ' +
    'go going gone went let say said tell told know think thought want wanted wondering ' +
    'like ok okay please thanks hi hey hello lol haha um uh hmm yeah yes yep nope oh well also again still even ever already ' +
    'im ive id ill youre dont doesnt didnt wont isnt arent wasnt thats whats ' +
    'anyone someone anything something thing things stuff kind sort actually honestly basically literally exactly ' +
    'his her him finally guy guys people friend friends wife husband partner mom mum dad sister brother mother father daughter son ' +
    'day days week weeks month months year years today yesterday tomorrow now recently ago ' +
    'tried try trying use used using question questions maybe probably definitely dry totally seriously ' +
    'one two three four five real sure pretty super not no usually left right')
    .split(' '),
);

/**
 * Synonym groups, one a line: every word maps to the line's first word. Both the knowledge
 * base and the visitor's text pass through the same map, so only meaning has to match.
 * (Plain lines rather than an array of arrays: 230 bytes less in the gzipped bundle.)
 */
export const SYNONYMS: string[][] = lines(`
prevent stop reduce fewer less lessen
affect mess interfere impact
safe safety unsafe dangerous danger risky risk harmful harm
hurt painful ouch sting agony excruciating uncomfortable discomfort bearable unbearable tolerate
acupuncture acupuncturist qi chi meridian chinese
session visit appointment treatments
pregnant pregnancy trimester breastfeeding midwife
bloodthinner anticoagulant warfarin coumadin eliquis apixaban xarelto rivaroxaban heparin plavix clopidogrel aspirin
sore aching achy tender stiff
tired fatigue exhausted sleepy drained dizzy dizziness faint woozy wiped
bruise redness mark bleed bleeding
longterm permanent forever cure cured lasting temporary bandaid
recur recurrence relapse return flare
exercise gym lifting weights sport strenuous run running jog jogging squat hike hiking soccer football hockey tennis golf intense
eat food meal breakfast lunch dinner snack hungry fasting
water hydrate hydration drink fluids dehydrated coffee caffeine tea
wear clothes outfit shorts pants leggings dress jeans undress
sleep asleep bed pillow mattress night lying couch sofa position
sit sitting seated desk chair posture slouch stand drive car truck commute office
stretch yoga flexibility
heat hot warm warmth ice icing cold
twitch jump spasm cramp
physiotherapist practitioner physios
qualified qualification certified certification trained experienced licensed credentials expert
sciatica nerve
cause reason trigger rootcause source
effective legit legitimate placebo hype scam bogus evidence research proven studies science scientific mechanism
result improvement improve relief progress benefit
differ difference different same compare comparison versus vs similar
tailor personalised personalized adjust change individual
insert insertion put stick placed where
walk swim cycle bike active activity move moving movement
scared afraid terrified frightened nervous anxious anxiety fear phobia worried scary panic wimp
leg calf calves thigh foot feet toe ankle hamstring
glute buttock butt bum hip piriformis
back spine spinal lumbar lower
compress compression squeeze press pinch trapped irritate pressure
tingling tingly numb burning shooting electric radiating symptom
sterile reuse disposable clean hygiene infection
injection inject jab syringe drug medication medicine
normal usual typical expected common
complication damage puncture wrong serious rare worst
manage cope coping tips advice habits routine daily home
condition illness disease disorder diabetes diabetic epilepsy epileptic pacemaker immunocompromised haemophilia hemophilia
avoid contraindication unsuitable shouldnt eligible candidate
fix solve heal
after post following
sensation feels
`);

/**
 * Words that name things the guide does not cover (other body parts, other treatments,
 * unrelated subjects). They weigh heavily, so "dry needling for my knee" is not
 * mistaken for the general "what is dry needling" answer.
 */
export const FOREIGN = new Set(
  ('knee neck shoulder elbow wrist hand arm jaw tmj head headache migraine ' +
    'heel plantar fasciitis golfer achilles rotator cuff whiplash concussion carpal tunnel ' +
    'massage chiropractor chiropractic osteopath osteopathy cupping surgery surgeon operation ' +
    'mri xray scan ultrasound shockwave laser tens cortisone steroid epidural ' +
    'painkiller pill ibuprofen advil tylenol paracetamol acetaminophen opioid gabapentin lyrica naproxen ' +
    'arthritis fibromyalgia scoliosis stenosis herniated herniation disc cancer tumor tumour covid flu ' +
    'dog cat pet horse dentist teeth tooth eye skin acne hair diet sprain fracture broken')
    .split(' '),
);

/**
 * Words worth fixing when misspelled: the guide's key terms and the rules' key words
 * (red-flag symptoms are listed beside their rules, in redflags.ts). Deliberately short: every
 * word here brings its common English neighbours into the bundle's list of real words
 * (see knowledge/real-words.ts), so words that are rarely misspelled, or that mostly sit
 * near real words ("sleeping" beside "slipping"), are left out, and so are words the rules
 * match by their start anyway ("insur\w*" takes "insurence" as it is).
 */
export const TYPO_TARGETS = (
  'sciatica sciatic acupuncture needling needles needle pregnant pregnancy session physiotherapist ' +
  'piriformis bruising soreness dizzy dizziness lightheaded hydration stretching posture warfarin ' +
  'anticoagulant thinners inflammation effective painful safety dangerous complications ' +
  'treatment twitching permanent maintenance exercise stomach muscle assessment medication diabetes ' +
  'appointment reschedule prescription chiropractor massage'
).split(' ');
