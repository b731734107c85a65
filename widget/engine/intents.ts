// Intents answered by rules, not by the knowledge base: asking for a person or a booking,
// small talk, and questions the guide deliberately leaves to the clinic (prices, hours...).
// Patterns run on the normalised, typo-corrected words joined by single spaces
// (after phrase folding: "how long" reads "howlong", "how many" reads "howmany").
import { STOP } from './lexicon.ts';

const CONTACT = [
  /\b(book|booking|schedule|reschedule|rebook|make|set up|arrange|move|change|cancel)\b.{0,25}\b(appointment|session|visit|consult\w*|assessment)\b/,
  /^(i want to |id like to |can i |how do i |how can i |where do i |i would like to )?(book|booking|rebook)\b/,
  /\b(can|could|may|how do|how can|where do|want to|id like to|like to|wanna) i book\b/,
  /\b(talk|speak|chat)\w* (to|with) (a |an |the |your |someone|somebody|anyone|real|human|person|physio|staff|therapist|reception)/,
  /\b(real|actual|live) (person|human)\b/,
  /\b(call|ring|phone|text) me\b|\bcall ?back\b|\b(give|get) me a call\b/,
  /\b(your|the|clinic|clinics|an) (phone|phone number|number|email|e mail|email address|contact)\b/,
  /\b(contact|reach|email|phone|call) (you|the clinic|your clinic|the team|your team|someone|somebody)\b/,
  /\b(get|be) in touch\b|\bleave a message\b|\bsend (a|you a) message\b|\bsign me up\b/,
  /\b(message|email|text|call|ring|phone|contact) me\b|\b(make|need|want|get) a booking\b|\ba booking for\b/,
  /^(your |the )?(email|e mail|email address|phone|phone number|number|contact|contact info|contact details|human|person|agent|operator|real person|someone)( please)?$/,
];

const GREETING = /^(hi+|hey+|hello+|hiya|yo|howdy|good (morning|afternoon|evening|day)|greetings)\b/;
const THANKS = /\b(thanks?|thank you|thx|ty|cheers|appreciate it|much appreciated|great|awesome|perfect|cool|nice|ok|okay|got it|helpful)\b/;
const BYE = /\b(bye+|goodbye|see (you|ya)|later|good night|take care|have a (good|nice) (day|one))\b/;
const WHO = /\b(who|what) are you\b|\bare you (a |an )?(bot|robot|human|real|person|ai|machine|computer|chatgpt|gpt|chat ?bot)\b|\bwhat can you do\b|^help$/;
/** Words that make up small talk besides stop words; a message of nothing else is small talk. */
const SMALL = new Set(
  ('hii heya hiya yo howdy greetings good morning afternoon evening night thank cheers appreciate appreciated great ' +
    'awesome perfect cool nice lovely helpful got bye goodbye see ya later take care have much info information answer ' +
    'answers team folks').split(' '),
);

const TEAM = [
  /\b(cost|costs|price|prices|pricing|priced|fee|fees|charge|charges|expensive|cheap|afford\w*|pay|paying|payment|dollars?|bucks|rates?)\b/,
  /\bhow much (is|are|for|would|will|do you|does a|does one|does each|per)\b(?!.{0,40}\b(hurt|pain|sore|ache|feel|discomfort)\w*)/,
  /\b(insurance|insured|insurer|covered|coverage|cover it|direct bill\w*|billing|claim|receipts?|hsa|fsa|medicare|medicaid|blue cross|extended health|benefits? plan|my benefits)\b/,
  /\b(your|opening|office|clinic|business) hours\b|\b(when|what time) (are|do) you (open|close)\b|\bopen (on|at|until|till|today|tomorrow|late|weekends?|saturdays?|sundays?|evenings?)\b|\bclosing time\b/,
  /\b(address|located|location|locations|directions|parking|park|where are you|where is the clinic|wheelchair|accessible|station|bus|transit|subway|get there|find you)\b/,
  /\b(referral|refer|referred|doctors? note|prescription)\b/,
  /\b(cancel\w*|no show|late fee)\b(?!.{0,30}\b(appointment|session|visit)\b)/,
  /\bhowlong (is|are|does|do|will|would)( a| an| the| my| each| one| your)? (session|appointment|visit|consult\w*)s?( take| last| be)?\b(?!.{0,30}\b(needle|sore|pain|relief|result|effect|benefit|feel|soon)\w*)/,
  /\bhowmany (minutes|hours)\b(?!.{0,30}\bneedl\w*)/,
  /\bhowlong (will|would|do|does) (i|we|you) (be|stay|spend|keep me)\b(?!.{0,30}\b(sore|dizzy|tired|off|ach\w*|stiff|bruised|out)\b)/,
  /\b(female|male|woman|women|man|lady|guy) (physio\w*|therapist|practitioner)s?\b/,
  /\b(child|children|kids?|teen|teenager|toddler|my son|my daughter|ageask)\b/,
];

export type Intent = 'contact' | 'smalltalk' | 'team' | null;
export type SmallTalk = 'hello' | 'thanks' | 'bye' | 'who';

export function contactIntent(text: string): boolean {
  return CONTACT.some((re) => re.test(text));
}

export function teamIntent(text: string): boolean {
  return TEAM.some((re) => re.test(text));
}

/** The kind of small talk, when the message is nothing but small talk. */
export function smallTalk(text: string): SmallTalk | null {
  if (WHO.test(text)) return 'who';
  if (text.split(' ').some((w) => !SMALL.has(w) && !STOP.has(w))) return null;
  if (BYE.test(text)) return 'bye';
  if (THANKS.test(text)) return 'thanks';
  if (GREETING.test(text)) return 'hello';
  return null;
}
