// Words that point at a clinic's own fact of each topic (issue 15), added to the keywords of
// every owner entry of that topic when a clinic file is compiled (`npm run knowledge -- --build`
// and the setup page). Owners write two or three questions; visitors ask in many more ways
// ("price?", "will my plan pay"). Keywords are search hints, never text a visitor sees, and the
// widget computes their terms itself. Only words that name the topic on their own: nothing a
// guide question also uses ("how long", "who", "sessions"), nor one a word of the guide
// shares a stem with ("train" of training, "lift" of lifting).
import type { ClinicTopic } from '../widget/engine/index.ts';

export const TOPIC_KEYWORDS: Record<ClinicTopic, string[]> = {
  prices: [
    'cost',
    'price',
    'fee',
    'charge',
    'expensive',
    'cheap',
    'afford',
    'payment',
    'pay',
    'dollars',
    'package',
    'discount',
  ],
  hours: ['opening hours', 'open', 'closed', 'weekend', 'saturday', 'sunday', 'evening', 'holiday'],
  location: ['address', 'location', 'directions', 'parking', 'bus stop', 'station', 'wheelchair'],
  insurance: [
    'insurance',
    'insurer',
    'covered',
    'coverage',
    'claim',
    'receipt',
    'billing',
    'rebate',
    'health fund',
    'benefits',
    'medicare',
    'hsa',
    'fsa',
  ],
  booking: [
    'cancellation',
    'cancel policy',
    'referral',
    'doctor note',
    'first appointment',
    'first visit',
    'appointment length',
    'no show',
  ],
  staff: [
    'physiotherapist',
    'therapist',
    'practitioner',
    'qualified',
    'qualifications',
    'certified',
    'language',
    'speak',
    'female',
    'male',
  ],
};
