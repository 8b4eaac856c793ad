import type { AnalyzedToken } from './lexicon';
import {
  ANSWER_FILLERS,
  BOUND_WORDS,
  DATE_FOLLOWERS,
  DURATION_SOFTENERS,
  DURATION_UNITS,
  END_OF_DAY,
  MONTHS,
  ORDINAL_NOUNS,
  ORDINAL_WORDS,
  PARTS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  strongUnit,
  teenValue,
  tensValue,
  type ClockBound,
  type DayPart,
} from './time-words';

/*
 * Recognisers for the phrases a caller uses to say when: each reads at one token position and
 * returns what it understood and where it stopped, or null. They know words, not calendars:
 * "friday" stays a weekday here, and ./requested-time decides which Friday.
 */

export type Tokens = readonly AnalyzedToken[];

export type DayPhrase =
  | { kind: 'today' }
  /** Days after today: tomorrow = 1. */
  | { kind: 'offset'; days: number }
  /** `coming`: the next one, today included; `next`: after today; `nextWeek`: in the week after this one. */
  | { kind: 'weekday'; weekday: number; which: 'coming' | 'next' | 'nextWeek' }
  | { kind: 'nextWeek' }
  | { kind: 'date'; month: number; day: number }
  | { kind: 'dayOfMonth'; day: number };

export interface ClockPhrase {
  /** As said: 0–23; 1–12 without a meridiem is ambiguous until a calendar settles it. */
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  bound: ClockBound;
}

export type TimeOfDayPhrase =
  | { kind: 'clock'; clock: ClockPhrase }
  | { kind: 'part'; part: DayPart }
  | { kind: 'firstThing' }
  | { kind: 'endOfDay' }
  | { kind: 'later' };

export type TimeFact =
  { kind: 'duration'; minutes: number } | { kind: 'day'; day: DayPhrase } | { kind: 'time'; time: TimeOfDayPhrase; negated: boolean };

export interface Match {
  facts: TimeFact[];
  end: number;
}

interface Read<T> {
  value: T;
  end: number;
}

export const wordAt = (tokens: Tokens, index: number): string | undefined => tokens[index]?.raw;
export const isWord = (tokens: Tokens, index: number, ...words: string[]): boolean => words.includes(wordAt(tokens, index) ?? '');
export const isDigits = (word: string | undefined): word is string => word !== undefined && /^\d+$/.test(word);

/** Ends at `index` + the words, when they follow in order. */
export function phraseEnd(tokens: Tokens, index: number, words: readonly string[]): number | null {
  return words.every((word, offset) => wordAt(tokens, index + offset) === word) ? index + words.length : null;
}

// ---------------------------------------------------------------- numbers

/** 0–99 in digits or words: "45", "forty five", "seven". */
export function readCardinal(tokens: Tokens, index: number): Read<number> | null {
  const word = wordAt(tokens, index);
  if (isDigits(word) && word.length <= 3) return { value: Number(word), end: index + 1 };
  const tens = tensValue(word);
  if (tens !== null) {
    const unit = strongUnit(wordAt(tokens, index + 1));
    return unit !== null && unit > 0 ? { value: tens + unit, end: index + 2 } : { value: tens, end: index + 1 };
  }
  const small = teenValue(word) ?? strongUnit(word);
  return small === null ? null : { value: small, end: index + 1 };
}

/** A day of the month: "7", "7th", "seventh", "twenty first", "seven". */
function readDayOfMonth(tokens: Tokens, index: number): Read<number> | null {
  const word = wordAt(tokens, index) ?? '';
  const suffixed = /^(\d{1,2})(st|nd|rd|th)$/.exec(word);
  const pair = `${word} ${wordAt(tokens, index + 1) ?? ''}`;
  const read: Read<number> | null = suffixed
    ? { value: Number(suffixed[1]), end: index + 1 }
    : ORDINAL_WORDS[pair] !== undefined
      ? { value: ORDINAL_WORDS[pair], end: index + 2 }
      : ORDINAL_WORDS[word] !== undefined
        ? { value: ORDINAL_WORDS[word], end: index + 1 }
        : readCardinal(tokens, index);
  return read !== null && read.value >= 1 && read.value <= 31 ? read : null;
}

// ---------------------------------------------------------------- durations: "in two hours"

/** How many of a unit: "two", "an", "a couple of", "half an", "two and a half". */
function readQuantity(tokens: Tokens, index: number): Read<number> | null {
  let at = index;
  if (isWord(tokens, at, 'half')) return { value: 0.5, end: isWord(tokens, at + 1, 'a', 'an') ? at + 2 : at + 1 };
  if (isWord(tokens, at, 'a', 'an') && isWord(tokens, at + 1, 'half', 'quarter')) {
    const value = wordAt(tokens, at + 1) === 'half' ? 0.5 : 0.25;
    at += 2;
    return { value, end: phraseEnd(tokens, at, ['of', 'an']) ?? at };
  }
  if (isWord(tokens, at, 'a') && isWord(tokens, at + 1, 'couple', 'few')) at += 1;
  const word = wordAt(tokens, at);
  const vague = word === undefined ? undefined : VAGUE_QUANTITIES[word];
  const read = vague !== undefined ? { value: vague, end: isWord(tokens, at + 1, 'of') ? at + 2 : at + 1 } : readCardinal(tokens, at);
  if (read === null) return null;
  const half = phraseEnd(tokens, read.end, ['and', 'a', 'half']);
  return half === null ? read : { value: read.value + 0.5, end: half };
}

/** A quantity and its unit, with "and a half" or "and 20 minutes" after it. */
function readDuration(tokens: Tokens, index: number): Read<{ minutes: number } | { days: number }> | null {
  const quantity = readQuantity(tokens, index);
  const unit = quantity === null ? undefined : DURATION_UNITS[wordAt(tokens, quantity.end) ?? ''];
  if (quantity === null || unit === undefined) return null;
  let end = quantity.end + 1;
  let amount = quantity.value;
  const half = phraseEnd(tokens, end, ['and', 'a', 'half']);
  if (half !== null) [amount, end] = [amount + 0.5, half];
  if ('days' in unit) return Number.isInteger(amount) ? { value: { days: amount * unit.days }, end } : null;
  let minutes = amount * unit.minutes;
  const extra = isWord(tokens, end, 'and') ? readCardinal(tokens, end + 1) : null;
  if (extra !== null && isWord(tokens, extra.end, 'minute', 'minutes', 'min', 'mins'))
    [minutes, end] = [minutes + extra.value, extra.end + 1];
  return { value: { minutes }, end };
}

/** "in two hours", "after 20 minutes", "give me half an hour", "an hour from now", "in three days". */
export function readDurationPhrase(tokens: Tokens, index: number): Match | null {
  let start = -1;
  if (isWord(tokens, index, 'in', 'after')) start = index + 1;
  else if (isWord(tokens, index, 'give') && isWord(tokens, index + 1, 'me', 'us')) start = index + 2;
  let read: ReturnType<typeof readDuration> = null;
  if (start >= 0) {
    while (DURATION_SOFTENERS.has(wordAt(tokens, start) ?? '')) start += 1;
    read = readDuration(tokens, start);
    if (read !== null && isWord(tokens, read.end, 'time')) read = { ...read, end: read.end + 1 };
  } else {
    read = readDuration(tokens, index);
    const suffix =
      read === null ? null : (phraseEnd(tokens, read.end, ['from', 'now']) ?? (isWord(tokens, read.end, 'later') ? read.end + 1 : null));
    read = read === null || suffix === null ? null : { ...read, end: suffix };
  }
  if (read === null) return null;
  const fact: TimeFact =
    'days' in read.value
      ? { kind: 'day', day: { kind: 'offset', days: read.value.days } }
      : { kind: 'duration', minutes: read.value.minutes };
  return { facts: [fact], end: read.end };
}

// ---------------------------------------------------------------- days: "next tuesday", "december 7th"

function weekdayPhrase(tokens: Tokens, index: number, which: 'coming' | 'next'): Match | null {
  const weekday = WEEKDAYS[wordAt(tokens, index) ?? ''];
  if (weekday === undefined) return null;
  const nextWeek = phraseEnd(tokens, index + 1, ['next', 'week']) ?? phraseEnd(tokens, index + 1, ['of', 'next', 'week']);
  const day: DayPhrase = { kind: 'weekday', weekday, which: nextWeek === null ? which : 'nextWeek' };
  return { facts: [{ kind: 'day', day }], end: nextWeek ?? index + 1 };
}

function datePhrase(tokens: Tokens, index: number): Match | null {
  const month = MONTHS[wordAt(tokens, index) ?? ''];
  if (month !== undefined) {
    const day = readDayOfMonth(tokens, isWord(tokens, index + 1, 'the') ? index + 2 : index + 1);
    return day === null ? null : { facts: [{ kind: 'day', day: { kind: 'date', month, day: day.value } }], end: day.end };
  }
  const the = isWord(tokens, index, 'the');
  const day = readDayOfMonth(tokens, the ? index + 1 : index);
  if (day === null) return null;
  const of = isWord(tokens, day.end, 'of') ? day.end + 1 : day.end;
  const named = MONTHS[wordAt(tokens, of) ?? ''];
  if (named !== undefined) return { facts: [{ kind: 'day', day: { kind: 'date', month: named, day: day.value } }], end: of + 1 };
  // "the 7th" alone is a date after "on" unless a noun follows ("on the 2nd floor"), and otherwise
  // only when nothing but time words follow it; a bare "seven" is an hour, "the first thing" no date.
  const ordinal = !isDigits(wordAt(tokens, day.end - 1)) && readCardinal(tokens, day.end - 1) === null;
  const next = wordAt(tokens, day.end) ?? '|';
  const dateLike = isWord(tokens, index - 1, 'on')
    ? !ORDINAL_NOUNS.has(next)
    : next === '|' || DATE_FOLLOWERS.has(next) || ANSWER_FILLERS.has(next) || BOUND_WORDS[next] !== undefined;
  return the && ordinal && dateLike ? { facts: [{ kind: 'day', day: { kind: 'dayOfMonth', day: day.value } }], end: day.end } : null;
}

const dayFact = (day: DayPhrase, end: number, time?: TimeOfDayPhrase): Match => ({
  facts:
    time === undefined
      ? [{ kind: 'day', day }]
      : [
          { kind: 'day', day },
          { kind: 'time', time, negated: false },
        ],
  end,
});

/** "today", "tomorrow", "the day after tomorrow", "this afternoon", "next friday", "monday next week", "december 7th". */
export function readDayPhrase(tokens: Tokens, index: number): Match | null {
  const word = wordAt(tokens, index);
  const dayAfter = phraseEnd(tokens, index, ['day', 'after', 'tomorrow']) ?? phraseEnd(tokens, index, ['the', 'day', 'after', 'tomorrow']);
  if (dayAfter !== null) return dayFact({ kind: 'offset', days: 2 }, dayAfter);
  if (word === 'tomorrow' || word === 'tomorrows' || word === 'tmrw') return dayFact({ kind: 'offset', days: 1 }, index + 1);
  if (word === 'today' || word === 'todays') return dayFact({ kind: 'today' }, index + 1);
  if (word === 'tonight') return dayFact({ kind: 'today' }, index + 1, { kind: 'part', part: 'evening' });
  if (word === 'weekend') return dayFact({ kind: 'weekday', weekday: 6, which: 'coming' }, index + 1);
  if (word === 'this' || word === 'next') {
    const which = word === 'this' ? 'coming' : 'next';
    const at = isWord(tokens, index + 1, 'coming') ? index + 2 : index + 1;
    const part = PARTS[wordAt(tokens, at) ?? ''];
    if (part !== undefined && which === 'coming') return dayFact({ kind: 'today' }, at + 1, { kind: 'part', part });
    if (isWord(tokens, at, 'weekend')) return dayFact({ kind: 'weekday', weekday: 6, which }, at + 1);
    if (which === 'next' && isWord(tokens, at, 'week')) {
      const on = isWord(tokens, at + 1, 'on') ? at + 2 : at + 1;
      const weekday = WEEKDAYS[wordAt(tokens, on) ?? ''];
      return weekday === undefined
        ? dayFact({ kind: 'nextWeek' }, at + 1)
        : dayFact({ kind: 'weekday', weekday, which: 'nextWeek' }, on + 1);
    }
    return weekdayPhrase(tokens, at, which);
  }
  if (word === 'coming') return weekdayPhrase(tokens, index + 1, 'coming');
  return weekdayPhrase(tokens, index, 'coming') ?? datePhrase(tokens, index);
}

// ---------------------------------------------------------------- parts of the day: "first thing", "end of the day"

/** "morning", "first thing (in the morning)", "end of the day", "later (on)". */
export function readPartPhrase(tokens: Tokens, index: number): Match | null {
  const negated = tokens[index]?.negated ?? false;
  const time = (value: TimeOfDayPhrase, end: number): Match => ({ facts: [{ kind: 'time', time: value, negated }], end });
  const firstThing = phraseEnd(tokens, index, ['first', 'thing']);
  if (firstThing !== null) return time({ kind: 'firstThing' }, phraseEnd(tokens, firstThing, ['in', 'the', 'morning']) ?? firstThing);
  for (const words of END_OF_DAY) {
    const end = phraseEnd(tokens, index, words);
    if (end !== null) return time({ kind: 'endOfDay' }, end);
  }
  if (isWord(tokens, index, 'later') && !isWord(tokens, index + 1, 'than')) return time({ kind: 'later' }, index + 1);
  const part = PARTS[wordAt(tokens, index) ?? ''];
  return part === undefined ? null : time({ kind: 'part', part }, index + 1);
}
