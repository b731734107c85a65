// Intents answered by rules, not by the knowledge base: asking for a person or a booking,
// small talk, and questions the guide deliberately leaves to the clinic (prices, hours...).
// Patterns run on the normalised, typo-corrected words joined by single spaces
// (after phrase folding: "how long" reads "howlong", "how many" reads "howmany").
import { isStop } from './lexicon.ts';
import { stem, stems } from './stem.ts';

const CONTACT =
  /\b((re)?(book(ing)?|schedule)|make|set up|arrange|move|change|cancel)\b.{0,25}\b(appointment|session|visit|consult|assessment)|^(re)?book|\b((can|could|may|do) i|to|wanna) (re)?book\b|\b(talk|speak|chat)\w* (to|with) (an? |the |your |some|any|real|human|person|physio|staff|reception)|\b(real|actual|live) (person|human)\b|\bcall ?back\b|\bme a call\b|\b(your|the|clinics?|an) (phone|number|e ?mail|contact)\b|\b(contact|reach|email|phone|call) (you|the|your|some)|\b(get|be) in touch\b|\b(leave|send|send you) a message\b|\bsign me up\b|\b(message|email|text|call|ring|phone|contact) me\b|\ba booking\b|^(your |the )?(e ?mail|phone|number|contact|human|person|agent|operator|someone)( \w+)?( please)?$/;

const GREETING = /^(hi+|hey+|hello+|hiya|yo|howdy|good (morning|afternoon|evening|day)|greetings)\b/;
const THANKS = /\b(thanks?|thank you|thx|ty|cheers|appreciate it|much appreciated|great|awesome|perfect|cool|nice|ok|okay|got it|helpful)\b/;
const BYE = /\b((good)?bye+|see (you|ya)|later|good night|take care|have a (good|nice) (day|one))\b/;
/**
 * Words that make up small talk besides stop words: those of the greetings, thanks and
 * goodbyes above, and a few more. A message of nothing else is small talk.
 */
const SMALL = new Set(`${GREETING.source} ${THANKS.source} ${BYE.source} hii lovely info information answer answers help needed team folks mate heaps`.match(/[a-z]+/g));

/**
 * Words that alone leave a question to the team (money, insurance, finding the clinic,
 * referrals, children), matched by their stems so "prices", "pricing" and "priced" are one.
 */
const TEAM_WORDS = stems(
  'cost price fee charge expensive cheap afford affordable pay payment dollar rate insurance insured bill receipt hsa fsa medicare medicaid covered coverage ' +
    'address location located parking station wheelchair referral refer prescription ' +
    'child children kid teen teenager toddler son daughter ageask',
);
/** ...and phrases whose order matters: "how much is it" is a price, "how much does it hurt" is not. */
const TEAM =
  /\bhow much (is|are|for|would|will|do you|does (a|one|each)|per)\b(?!.{0,40}\b(hurt|pain|sore|ache|feel|discomfort))|\b(your|opening|office|clinic) hours\b|\bwhere (are you|is the clinic)\b|\bget there\b|\bdoctors? note\b|\bno show\b|\bbenefits plan\b|\b(fe)?male physiotherapist|\bhowlong (is|are|does|will|do)( \w+)?( first)? (session|appointment|visit|be there|stay|spend)s?( take| last)?\b(?!.{0,30}\b(needl|sore|pain|relie|result|effect|benefit|feel|soon|off))|\bhowmany (minutes|hours)\b(?!.{0,30}\bneedle)/;

export type SmallTalk = 'hello' | 'thanks' | 'bye';

export function contactIntent(text: string): boolean {
  return CONTACT.test(text);
}

export function teamIntent(text: string): boolean {
  return text.split(' ').some((w) => TEAM_WORDS.has(stem(w))) || TEAM.test(text);
}

/** The kind of small talk, when the message is nothing but small talk. */
export function smallTalk(text: string): SmallTalk | null {
  if (text.split(' ').some((w) => !SMALL.has(w) && !isStop(w))) return null;
  if (BYE.test(text)) return 'bye';
  if (THANKS.test(text)) return 'thanks';
  if (GREETING.test(text)) return 'hello';
  return null;
}
