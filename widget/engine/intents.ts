// Intents answered by rules, not by the knowledge base: asking for a person or a booking,
// small talk, and questions the guide deliberately leaves to the clinic (prices, hours...).
// Patterns run on the normalised, typo-corrected words joined by single spaces
// (after phrase folding: "how long" reads "howlong", "how many" reads "howmany").
import { STOP } from './lexicon.ts';

const CONTACT = [
  /\b((re)?book(ing)?|(re)?schedule|make|set up|arrange|move|change|cancel)\b.{0,25}\b(appointment|session|visit|consult\w*|assessment)\b/,
  /^(re)?book|\b((can|could|may|do) i|to|wanna) (re)?book\b/,
  /\b(talk|speak|chat)\w* (to|with) (an? |the |your |some|any|real|human|person|physio|staff|reception)/,
  /\b(real|actual|live) (person|human)\b/,
  /\bcall ?back\b|\b(give|get) me a call\b/,
  /\b(your|the|clinics?|an) (phone|number|e ?mail|contact)\b/,
  /\b(contact|reach|email|phone|call) (you|the|your|some)/,
  /\b(get|be) in touch\b|\bleave a message\b|\bsend (a|you a) message\b|\bsign me up\b/,
  /\b(message|email|text|call|ring|phone|contact) me\b|\ba booking\b/,
  /^(your |the )?(e ?mail|phone|number|contact|human|person|agent|operator|someone)( \w+)?( please)?$/,
];

const GREETING = /^(hi+|hey+|hello+|hiya|yo|howdy|good (morning|afternoon|evening|day)|greetings)\b/;
const THANKS = /\b(thanks?|thank you|thx|ty|cheers|appreciate it|much appreciated|great|awesome|perfect|cool|nice|ok|okay|got it|helpful)\b/;
const BYE = /\b(bye+|goodbye|see (you|ya)|later|good night|take care|have a (good|nice) (day|one))\b/;
const WHO = /\b(who|what) are you\b|\bare you (a |an )?((ro|chat ?)?bot|human|real|person|ai|machine|computer|(chat)?gpt)\b|\bwhat can you do\b|^help$/;
/**
 * Words that make up small talk besides stop words: those of the greetings, thanks and
 * goodbyes above, and a few more. A message of nothing else is small talk.
 */
const SMALL = new Set(`${GREETING.source} ${THANKS.source} ${BYE.source} hii lovely info information answer answers help needed team folks mate heaps`.match(/[a-z]+/g));

const TEAM = [
  /\b(costs?|prices?|pric(ing|ed)|fees?|charges?|expensive|cheap|afford\w*|pay(ing|ment)?|dollars?|bucks|rates?)\b/,
  /\bhow much (is|are|for|would|will|do you|does a|does one|does each|per)\b(?!.{0,40}\b(hurt|pain|sore|ache|feel|discomfort)\w*)/,
  /\b(insur\w*|cover(ed|age| it)|(direct )?bill\w*|claim|receipts?|hsa|fsa|medica(re|id)|blue cross|extended health|benefits? plan|my benefits)\b/,
  /\b(your|opening|office|clinic|business) hours\b|\b(when|what time) (are|do) you (open|close)\b|\bopen (on|at|until|today|tomorrow|late|weekend|saturday|sunday|evening)|\bclosing time\b/,
  /\b(address|locat\w*|directions|parking|park|where are you|where is the clinic|wheelchair|accessible|station|bus|transit|subway|get there|find you)\b/,
  /\b(refer\w*|doctors? note|prescription)\b/,
  /\b(cancel\w*|no show|late fee)\b(?!.{0,30}\b(appointment|session|visit)\b)/,
  /\bhowlong (is|are|does|do|will|would)( a| an| the| my| each| one| your)? (session|appointment|visit|consult\w*)s?( take| last| be)?\b(?!.{0,30}\b(needle|sore|pain|relief|result|effect|benefit|feel|soon)\w*)/,
  /\bhowmany (minutes|hours)\b(?!.{0,30}\bneedl\w*)/,
  /\bhowlong (will|would|do|does) (i|we|you) (be|stay|spend|keep me)\b(?!.{0,30}\b(sore|dizzy|tired|off|ach\w*|stiff|bruised|out)\b)/,
  /\b((fe)?male|wom[ae]n|man|lady|guy) (physio\w*|practitioner)s?\b/,
  /\b(child(ren)?|kids?|teen(ager)?|toddler|my son|my daughter|ageask)\b/,
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
