// Multi-word phrases the lexicon folds into one token, so a phrase means one thing
// ("how long" is a duration, "blood thinners" one idea). They run on the typo-corrected words
// of both the knowledge base and the visitor's text, in order, after red flags are checked.

export const COMPOUNDS: [RegExp, string][] = [
  [/\b(left|leav\w*|kept|keep|stays?|remain) in\b(?! (bed|touch|shape))/g, 'stayin'],
  [/\bhow many\b/g, 'howmany'],
  [/\bhow (long|soon|quickly|fast)\b/g, 'howlong'],
  [/\bblood thinn\w*/g, 'bloodthinner'],
  [/\blight ?headed\w*/g, 'dizzy'],
  [/\b(work(ing)? ?out|leg day|lift heavy|heavy lifting)\b/g, 'exercise'],
  // "I'm expecting" is a pregnancy; "I wasn't expecting that" is not.
  [/\b(im|were|shes|is|am|are) expecting\b(?! (that|this|it|to|the|a lot|much|any|more|less|some))/g, 'pregnant'],
  [
    /\b(does|do|will|would|can)( it| this| needling| dry needling| that)( really| actually| even)? work\b/g,
    'effective',
  ],
  [/\bwear\w* off\b|\bcome?s? back\b|\bkeep \w+ away\b/g, 'recur'],
  [/\blast (night|week|month|year|time|weekend)\b/g, ' '],
  [/\b(flu|covid)? ?shots?\b|\bvaccines?\b/g, 'injection'],
  [/\b(on|in) (a|my|the) session\b|\bwhile \w+ (being )?needl\w*/g, 'during'],
  [/\b(morning|day|night) of\b/g, 'before'],
  [/\b(same day|afterwards?|later that day|next day)\b/g, 'after'],
  [/\bsort (it )?out|get rid of\b/g, 'fix'],
  [/\bweak (at|in) the knees\b/g, 'scared'],
  // A count of sessions asks how many are needed ("will 3 visits do it", "is one session enough").
  // A plural keeps its "s": "3 visits" reads "howmany sessions".
  [
    /\b(\d+|one|two|three|four|five|six|ten|few|several|many|more|number of|couple of) (session|visit|treatment)/g,
    'howmany session',
  ],
  [/\b(\d+|one|two|three|four|five|six|ten|few|several|many|more|number of|couple of) appointment/g, 'howmany session'],
  [/\bwhat (exactly )?(is|s|are) (it|this|that|they)( exactly| actually)?\b/g, 'definition'],
  [/\b(age limit|how old|minimum age|years? old)\b/g, 'ageask'],
];
