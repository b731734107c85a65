// The engine's vocabulary knowledge, in one place so it can be read and reviewed.
// Everything here is written as visitors write; stems are computed at start-up.

/** Lines of words, each line an array. */
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split(' '));

/**
 * Text-speak and frequent misspellings that fuzzy matching cannot fix (too short, or too
 * far), one meaning a line: the first word is what the others stand for.
 */
export const SPELLING = new Map(
  lines(`
are r
you u
your ur
before b4
what wat
appointment appt appts
pregnant preggo prego preggers
doctor doc gp
until til till
`).flatMap(([to, ...from]) => from.map((w) => [w, to] as const)),
);

/** Question and helper words: kept (they carry some intent) but weighed lightly. */
export const LIGHT = new Set(
  'what how why when who which can could will would have get coming need first never once until work'.split(' '),
);

/**
 * Words that carry no meaning for choosing an answer, besides every word of one or two letters
 * (see `isStop`). Kept to the words that change answers (the list once also served red-flag
 * windows, which read every word now): any other word is merely unknown to the guide.
 */
export const STOP = new Set(
  (
    'actually again all also and any are arent because been being bit but did didnt does doesnt ' +
    'doing done dont down dry each even every exactly few five for four from going had has having ' +
    'here ill into isnt its itself ive just kind know like little lol lot lots more most myself ' +
    'not now off one only other our out over quite really said she some sort still such tell than ' +
    'that thats the their them then there these they think this those though three today told too ' +
    'two under use used using usually very want was wasnt well went were whats while with wont ' +
    'yesterday you your youre'
  ).split(' '),
);

/** Stop words and every word of one or two letters ("a", "is", "my"): shorter than listing them. */
export const isStop = (w: string) => w.length < 3 || STOP.has(w);

/**
 * Synonym groups, one a line: every word maps to the line's first word. Both the knowledge
 * base and the visitor's text pass through the same map, so only meaning has to match.
 * (Plain lines rather than an array of arrays: 230 bytes less in the gzipped bundle.)
 */
export const SYNONYMS: string[][] = lines(`
acupuncture acupuncturist meridian chinese
affect mess impact
avoid shouldnt candidate
bloodthinner anticoagulant warfarin coumadin eliquis xarelto heparin plavix aspirin
cause reason trigger
complication damage puncture wrong serious rare worst
compress compression squeeze press pinch trapped irritate pressure
condition illness disease disorder diabetes diabetic epilepsy epileptic pacemaker haemophilia hemophilia
differ difference different same compare
effective placebo scam evidence research proven studies
exercise gym lifting sport run running jog jogging soccer
glute buttock butt bum hip piriformis
hurt painful ouch sting agony uncomfortable discomfort
injection inject drug medication medicine
insert put stick where
leg calf calves thigh foot feet toe ankle hamstring
longterm permanent forever cure lasting temporary
manage cope coping tips advice daily home
physiotherapist practitioner physios
pregnant pregnancy trimester breastfeeding
qualified certified trained experienced licensed
recur relapse return flare
safe safety dangerous danger risky risk harm
scared afraid terrified nervous anxious anxiety fear phobia worried scary
sciatica nerve
session visit appointment treatments
sit sitting desk chair posture stand drive car
sore aching achy tender stiff
sterile reuse disposable clean infection
tingling tingly numb burning shooting electric radiating symptom
tired fatigue exhausted dizzy dizziness faint woozy
walk swim cycle bike active activity move moving
water hydration drink coffee
wear clothes shorts pants undress
`);

/**
 * Words that name things the guide does not cover (other body parts, other treatments,
 * unrelated subjects). They weigh heavily, so "dry needling for my knee" is not
 * mistaken for the general "what is dry needling" answer.
 */
export const FOREIGN = new Set(
  (
    'knee neck shoulder elbow wrist hand arm jaw tmj head headache migraine ' +
    'heel plantar achilles rotator whiplash concussion carpal ' +
    'massage chiropractor chiropractic osteopath osteopathy cupping surgery surgeon operation ' +
    'mri xray scan ultrasound shockwave laser tens cortisone steroid epidural ' +
    'painkiller pill ibuprofen advil tylenol paracetamol acetaminophen opioid gabapentin lyrica naproxen ' +
    'arthritis fibromyalgia scoliosis stenosis herniated herniation disc cancer tumor tumour covid flu ' +
    'dentist teeth eye skin sprain strain fracture loss'
  ).split(' '),
);

/**
 * Words worth fixing when misspelled: the guide's key terms (red flags list their own, as
 * `typos-of` in knowledge/red-flags.yaml). Deliberately short: every word here brings its
 * common English neighbours into the bundle's list of real words (see
 * knowledge/real-words.ts), so words that are rarely misspelled, or that mostly sit near real
 * words ("sleeping" beside "slipping"), are left out. A word left out costs little when it
 * is misspelled: "insurence" still goes to the team, as something the guide does not cover.
 */
export const TYPO_TARGETS = (
  'sciatica sciatic acupuncture needling needles needle pregnant pregnancy session physiotherapist ' +
  'piriformis bruising soreness dizziness lightheaded hydration warfarin ' +
  'anticoagulant thinners inflammation painful safety dangerous complications ' +
  'twitching permanent maintenance medication diabetes appointment'
).split(' ');

/**
 * The words the answer engine's speller may correct towards. The knowledge base's own terms
 * are not targets: they are mostly stems of ordinary words ("prevent", "support") with many
 * real neighbours, each of which would have to ship in the build's list of real words.
 */
export const CORRECTION_TARGETS: ReadonlySet<string> = new Set(TYPO_TARGETS);
