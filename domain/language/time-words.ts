import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './spoken-words';

/*
 * Vocabulary for reading when a caller wants to be called back: days, parts of the day,
 * clock times and durations as speech recognisers write them. Number words come from
 * ./spoken-words, without its weak sound-alikes ("to", "for"), which are far more often the
 * ordinary words in a sentence about time ("call me back to check", "for an hour").
 */

/** 0 = Sunday … 6 = Saturday, as in the business calendar. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  WEEKDAY_NAMES.flatMap((name, index) => [
    [name, index],
    [`${name}s`, index],
  ]),
);

/** Month names and the abbreviations that are not ordinary words ("may" and "march" need a day beside them anyway). */
export const MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, index) => [name, index + 1])),
  jan: 1,
  feb: 2,
  aug: 8,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

/** Ordinal words up to "thirty first"; two-word ordinals are keyed with a space. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  ...ORDINAL_UNITS,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  ...Object.fromEntries(Object.entries(ORDINAL_UNITS).map(([word, value]) => [`twenty ${word}`, 20 + value])),
  'thirty first': 31,
};

/** A cardinal number word without the weak sound-alikes: "seven" yes, "for" no. */
export function strongUnit(word: string | undefined): number | null {
  const unit = word === undefined ? undefined : UNIT_WORDS[word];
  return unit === undefined || unit.weak ? null : unit.digit;
}

export const teenValue = (word: string | undefined): number | null => (word === undefined ? null : (TEEN_WORDS[word] ?? null));
export const tensValue = (word: string | undefined): number | null => (word === undefined ? null : (TENS_WORDS[word] ?? null));

/** How a duration's unit is heard; days and weeks count whole local days, the rest real time. */
export const DURATION_UNITS: Readonly<Record<string, { minutes: number } | { days: number }>> = {
  minute: { minutes: 1 },
  minutes: { minutes: 1 },
  min: { minutes: 1 },
  mins: { minutes: 1 },
  hour: { minutes: 60 },
  hours: { minutes: 60 },
  hr: { minutes: 60 },
  hrs: { minutes: 60 },
  day: { days: 1 },
  days: { days: 1 },
  week: { days: 7 },
  weeks: { days: 7 },
};

/** Vague quantities: "a couple of hours", "a few minutes". */
export const VAGUE_QUANTITIES: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, couple: 2, few: 3, several: 3 };

/** Words that may stand between "in" and the quantity: "in about an hour", "in another 20 minutes". */
export const DURATION_SOFTENERS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'another',
  'like',
  'maybe',
  'roughly',
  'approximately',
  'just',
]);

export type ClockBound = 'at' | 'after' | 'before';

/**
 * One word before a clock time says how it bounds the call: "at 3", "after 3", "before 3".
 * Not "for", which far more often counts things ("for 2 users").
 */
export const BOUND_WORDS: Readonly<Record<string, ClockBound>> = {
  at: 'at',
  around: 'at',
  about: 'at',
  approximately: 'at',
  roughly: 'at',
  say: 'at',
  between: 'at',
  after: 'after',
  from: 'after',
  past: 'after',
  before: 'before',
  by: 'before',
  until: 'before',
  till: 'before',
  til: 'before',
};

/** Several-word bounds that carry their own negation: "no earlier than 4" is after 4, whatever "no" does. */
export const BOUND_PHRASES: ReadonlyArray<readonly [words: readonly string[], bound: ClockBound]> = [
  [['no', 'earlier', 'than'], 'after'],
  [['not', 'earlier', 'than'], 'after'],
  [['no', 'sooner', 'than'], 'after'],
  [['until', 'after'], 'after'],
  [['till', 'after'], 'after'],
  [['no', 'later', 'than'], 'before'],
  [['not', 'later', 'than'], 'before'],
];

/** Words that may sit between a bound and its time: "at like 3", "around about two", "after, um, four". */
export const BOUND_SOFTENERS: ReadonlySet<string> = new Set([
  'like',
  'maybe',
  'about',
  'around',
  'say',
  'um',
  'uh',
  'er',
  'erm',
  'roughly',
  'exactly',
]);

/** Noise a bare answer may carry around a time: "um, three please", "how about two thirty". */
export const ANSWER_FILLERS: ReadonlySet<string> = new Set([
  'um',
  'uh',
  'er',
  'erm',
  'ah',
  'hmm',
  'ok',
  'okay',
  'yeah',
  'yes',
  'so',
  'well',
  'please',
  'maybe',
  'how',
  'about',
  'say',
  'like',
  'lets',
  'let',
  'us',
  'make',
  'it',
  'i',
  'guess',
  'ish',
  'sharp',
]);

export type DayPart = 'morning' | 'afternoon' | 'evening';

/** Parts of the day; "night" is the evening as far as a callback goes. */
export const PARTS: Readonly<Record<string, DayPart>> = {
  morning: 'morning',
  mornings: 'morning',
  afternoon: 'afternoon',
  afternoons: 'afternoon',
  evening: 'evening',
  evenings: 'evening',
  night: 'evening',
  tonight: 'evening',
};

/** Ways to say an hour before closing. */
export const END_OF_DAY: ReadonlyArray<readonly string[]> = [
  ['end', 'of', 'the', 'working', 'day'],
  ['end', 'of', 'the', 'business', 'day'],
  ['end', 'of', 'the', 'day'],
  ['end', 'of', 'day'],
  ['end', 'of', 'business'],
  ['close', 'of', 'business'],
  ['before', 'you', 'close'],
  ['before', 'closing'],
  ['eod'],
  ['cob'],
];

/** Things an IT caller counts with ordinals: "on the 2nd floor", "on the third try". */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'floor',
  'step',
  'line',
  'page',
  'option',
  'screen',
  'monitor',
  'time',
  'one',
  'attempt',
  'try',
  'thing',
  'level',
  'tab',
  'button',
  'menu',
  'port',
  'desk',
  'room',
  'building',
  'extension',
]);

/** Words that may follow "the 15th" when it is a date: "on the 15th in the morning", "the 15th please". */
export const DATE_FOLLOWERS: ReadonlySet<string> = new Set([
  'in',
  'please',
  'then',
  'or',
  'and',
  'if',
  'is',
  'works',
  'would',
  'any',
  'sometime',
  'morning',
  'afternoon',
  'evening',
]);
