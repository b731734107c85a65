// Intents answered by rules, not by the knowledge base: asking for a person or a booking,
// small talk, and questions the guide deliberately leaves to the clinic (prices, hours...).
// Patterns run on the normalised, typo-corrected words joined by single spaces
// (after phrase folding: "how long" reads "howlong", "how many" reads "howmany").
import { isStop } from './lexicon.ts';
import { stem, stems } from './stem.ts';
import { once } from './text.ts';

/** A phrase, and what must not follow it within a few words for it to count. */
type Rule = [says: RegExp, unlessFollowedBy?: RegExp];

/** Asking to book: the booking page answers, when the clinic has one; else the contact form. */
const BOOKING: Rule[] = [
  [/\b((re)?(book(ing)?|schedule)|make|set up|arrange|move|change|cancel)\b.{0,25}\b(appointment|session|visit)/],
  [/\b((re)?(book(ing)?|schedule)|make|set up|arrange|move|change|cancel)\b.{0,25}\b(consult|assessment)/],
  [/^(re)?book|\b((can|could|may|do) i|to|wanna) (re)?book\b|\ba booking\b/],
];

/** Asking to be called or written to, or for a person: the contact form answers. */
const CONTACT: Rule[] = [
  [/\b(talk|speak|chat)\w* (to|with) (an? |the |your |some|any|real|human|person|physio|staff|reception)/],
  [/\b(real|actual|live) (person|human)\b/],
  [/\bcall ?back\b|\bme a call\b|\b(get|be) in touch\b|\bsign me up\b/],
  [/\b(your|the|clinics?|an) (phone|number|e ?mail|contact)\b/],
  [/\b(contact|reach|email|phone|call) (you|the|your|some)/],
  [/\b(leave|send|send you) a message\b/],
  [/\b(message|email|text|call|ring|phone|contact) me\b/],
  // The whole message names a way to reach someone: "email?", "phone number please", "human".
  [/^(your |the )?(e ?mail|phone|number|contact|human|person|agent|operator|someone)( \w+)?( please)?$/],
];

/**
 * Questions the team answers, whose word order matters: "how much is it" is a price, "how
 * much does it hurt" is not; "how long is a session" is the clinic's, "how long does the
 * soreness last" the guide's.
 */
const TEAM: Rule[] = [
  [
    /\bhow much (is|are|for|would|will|do you|does (a|one|each)|per)\b/,
    /^.{0,40}\b(hurt|pain|sore|ache|feel|discomfort)/,
  ],
  [/\b(your|opening|office|clinic) hours\b|\bwhere (are you|is the clinic)\b|\bget there\b/],
  [/\bdoctors? note\b|\bno show\b|\bbenefits plan\b|\b(fe)?male physiotherapist/],
  [
    /\bhowlong (is|are|does|will|do)( \w+)?( first)? (session|appointment|visit|be there|stay|spend)s?( take| last)?\b/,
    /^.{0,30}\b(needl|sore|pain|relie|result|effect|benefit|feel|soon|off)/,
  ],
  [/\bhowmany (minutes|hours)\b/, /^.{0,30}\bneedle/],
];

/**
 * Words that alone leave a question to the team (money, insurance, finding the clinic,
 * referrals, children), matched by their stems so "prices", "pricing" and "priced" are one.
 */
const teamWords = once(() =>
  stems(
    [
      'cost price fee charge expensive cheap afford affordable pay payment dollar rate',
      'insurance insured bill receipt hsa fsa medicare medicaid covered coverage',
      'address location located parking station wheelchair referral refer prescription',
      'child children kid teen teenager toddler son daughter ageask',
    ].join(' '),
  ),
);

const GREETING = /^(hi+|hey+|hello+|hiya|yo|howdy|good (morning|afternoon|evening|day)|greetings)\b/;
const THANKS = /\b(thanks?|thx|ty|cheers|appreciat\w*|great|awesome|perfect|cool|nice|ok|okay|got it|helpful)\b/;
const BYE = /\b((good)?bye+|see (you|ya)|later|good night|take care|have a (good|nice) (day|one))\b/;

/** The words small talk is made of, besides stop words. A message of nothing else is small talk. */
const SMALL = new Set(
  [
    'hii hey hello hiya howdy greetings good morning afternoon evening day',
    'thanks thank thx cheers appreciate appreciated much great awesome perfect cool nice okay got helpful',
    'bye goodbye see later night take care have nice',
    'lovely info information answer answers help needed team folks mate heaps',
  ]
    .join(' ')
    .split(' '),
);

export type SmallTalk = 'hello' | 'thanks' | 'bye';

/** Whether a rule's phrase occurs with nothing it forbids right after it. */
function says(text: string, [phrase, unless]: Rule): boolean {
  const m = phrase.exec(text);
  return !!m && !unless?.test(text.slice(m.index + m[0].length));
}

export function bookingIntent(text: string): boolean {
  return BOOKING.some((rule) => says(text, rule));
}

/** Asking to book or to reach a person. */
export function contactIntent(text: string): boolean {
  return bookingIntent(text) || CONTACT.some((rule) => says(text, rule));
}

export function teamIntent(text: string): boolean {
  return text.split(' ').some((w) => teamWords().has(stem(w))) || TEAM.some((rule) => says(text, rule));
}

/** The kind of small talk, when the message is nothing but small talk. */
export function smallTalk(text: string): SmallTalk | null {
  if (text.split(' ').some((w) => !SMALL.has(w) && !isStop(w))) return null;
  if (BYE.test(text)) return 'bye';
  if (THANKS.test(text)) return 'thanks';
  if (GREETING.test(text)) return 'hello';
  return null;
}
