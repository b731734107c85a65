// Rules that answer before the search: asking for a person or a booking, questions the guide
// leaves to the clinic's team, and small talk. They read the message as the engine does:
// corrected words with phrases folded ("how long" reads "howlong").
import { describe, expect, it } from 'vitest';
import { contactIntent, smallTalk, teamIntent } from '../../../widget/engine/intents.ts';
import { surfaceWords } from '../../../widget/engine/analyse.ts';

const said = (text: string) => surfaceWords(text).join(' ');

describe('contactIntent', () => {
  it.each(['can I book', 'I want to book an appointment', 'I need to cancel my appointment', 'call me back', "what's your email", 'can I talk to a real person'])(
    'hears a request to reach the clinic in "%s"',
    (text) => {
      expect(contactIntent(said(text))).toBe(true);
    },
  );

  it.each(['does dry needling hurt', 'I read about it in a book', 'what should I wear'])('hears none in "%s"', (text) => {
    expect(contactIntent(said(text))).toBe(false);
  });
});

describe('teamIntent', () => {
  it.each(['how much is a session', 'what are your prices', 'is the pricing fair', 'do you take insurance', 'where is the clinic', 'do you have parking', 'can my kids have it', 'how long is a session'])(
    'leaves "%s" to the team',
    (text) => {
      expect(teamIntent(said(text))).toBe(true);
    },
  );

  it.each([
    ['how much does it hurt', 'how much is pain, not a price'],
    ['how long does the soreness last', 'how long is about soreness, not an appointment'],
    ['how many needles', 'a count of needles, not minutes'],
    ['is it safe', 'a question the guide answers'],
  ])('keeps "%s" for the guide: %s', (text) => {
    expect(teamIntent(said(text))).toBe(false);
  });
});

describe('smallTalk', () => {
  it.each([
    ['hi', 'hello'],
    ['hello there', 'hello'],
    ['good morning', 'hello'],
    ['thank you so much', 'thanks'],
    ['cheers mate', 'thanks'],
    ['ok', 'thanks'],
    ['see you later', 'bye'],
    ['thanks, bye', 'bye'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(smallTalk(said(text))).toBe(kind);
  });

  it.each(['hi, is it safe?', 'hello does it hurt', 'it is'])('finds no small talk in "%s", which says something else or nothing', (text) => {
    expect(smallTalk(said(text))).toBeNull();
  });
});
