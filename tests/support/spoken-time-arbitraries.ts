import fc from 'fast-check';

/**
 * fast-check generators of what callers say about when to be called back, and of what they
 * say that is not about time (test support only; nothing in the production modules imports
 * this file).
 */

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;
const MINUTE_WORDS = ['fifteen', 'thirty', 'forty five', 'oh five', 'twenty'] as const;

const hour = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map(String),
  fc.constantFrom(...HOUR_WORDS),
  fc.integer({ min: 13, max: 23 }).map(String),
);
const meridiem = fc.constantFrom('', ' am', ' pm', ' a.m.', ' p.m.', " o'clock", ' in the morning', ' in the afternoon');

const clock: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('at', 'after', 'around', 'before', 'by', 'not before', 'no later than', 'until'), hour, meridiem)
    .map(([bound, h, m]) => `${bound} ${h}${/^\d+$/.test(h) && Number(h) > 12 ? '' : m}`),
  fc.tuple(fc.constantFrom(...HOUR_WORDS), fc.constantFrom(...MINUTE_WORDS)).map(([h, m]) => `at ${h} ${m}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `at ${h}:${String(m).padStart(2, '0')}`),
  fc.constantFrom(
    'noon',
    'midday',
    'half past two',
    'quarter to four',
    'ten after three',
    'after lunch',
    'at lunchtime',
    'fifteen hundred hours',
    'at fourteen hundred',
  ),
);

const partOfDay = fc.constantFrom(
  'morning',
  'in the morning',
  'in the afternoon',
  'this afternoon',
  'this evening',
  'tonight',
  'first thing',
  'end of the day',
  'close of business',
  'later',
  'later on',
  'not in the morning',
);

const day = fc.oneof(
  fc.constantFrom(
    'today',
    'tomorrow',
    'the day after tomorrow',
    'next week',
    'this weekend',
    'any time tomorrow',
    'in 3 days',
    'in a week',
  ),
  fc
    .tuple(
      fc.constantFrom('', 'on ', 'next ', 'this ', 'this coming '),
      fc.constantFrom('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'),
    )
    .map(([modifier, weekday]) => `${modifier}${weekday}`),
  fc.constantFrom('tuesday next week', 'december 7th', 'on the 15th', 'the first of march', 'july the fourth', 'february 29'),
);

const duration = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 600 }), fc.constantFrom('minutes', 'mins')).map(([n, unit]) => `in ${n} ${unit}`),
  fc.tuple(fc.integer({ min: 1, max: 72 }), fc.constantFrom('hours', 'hrs')).map(([n, unit]) => `in ${n} ${unit}`),
  fc.constantFrom(
    'in an hour and a half',
    'in half an hour',
    'in a couple of hours',
    'give me twenty minutes',
    'two hours from now',
    'in a few minutes',
  ),
);

const filler = fc.constantFrom('', 'um', 'uh,', 'could you call me back', 'please', 'maybe', 'I think', 'yeah so');

/** A phrase naming a time: fillers around a day and/or a time of day, or a duration. Never empty of time. */
export const timePhrase: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(filler, fc.option(day, { nil: '' }), fc.oneof(clock, partOfDay), filler).map((parts) => parts.filter(Boolean).join(' ')),
  fc.tuple(filler, day, fc.option(fc.oneof(clock, partOfDay), { nil: '' }), filler).map((parts) => parts.filter(Boolean).join(' ')),
  fc.tuple(filler, duration, filler).map((parts) => parts.filter(Boolean).join(' ')),
);

const CONTENT_WORDS = [
  'printer',
  'email',
  'outlook',
  'password',
  'network',
  'broken',
  'jammed',
  'laptop',
  'users',
  'ticket',
  'code',
  'floor',
  'extension',
];
const OTHER_WORDS = [
  'my',
  'the',
  'is',
  'not',
  'working',
  'again',
  'for',
  // Not 'to': "ten to one" is a time (12:50).
  'we',
  'have',
  'it',
  'and',
  'u',
  'e',
  'oh',
  'number',
  'as',
  'soon',
  'possible',
  'asap',
  'now',
  'whenever',
  'call',
  'me',
  'back',
];
const numberish = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.constantFrom('one', 'two', 'three', 'four', 'ten', 'forty', 'twelve', 'oh', 'double four'),
);

/** Something said that names no time: at least one ordinary word, with numbers (codes, counts, phone numbers) among them. */
export const timelessPhrase: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...CONTENT_WORDS),
    fc.array(fc.oneof(fc.constantFrom(...CONTENT_WORDS, ...OTHER_WORDS), numberish), { maxLength: 10 }),
  )
  .chain(([content, rest]) => fc.shuffledSubarray([content, ...rest], { minLength: rest.length + 1 }))
  .map((words) => words.join(' '));
