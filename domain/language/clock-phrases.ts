import {
  ANSWER_FILLERS,
  BOUND_PHRASES,
  BOUND_SOFTENERS,
  BOUND_WORDS,
  DURATION_UNITS,
  strongUnit,
  teenValue,
  tensValue,
  type ClockBound,
} from './time-words';
import { isDigits, isWord, phraseEnd, readCardinal, wordAt, type ClockPhrase, type Match, type Tokens } from './time-phrases';

/*
 * Clock times as callers say them: "3", "two thirty", "half past two", "quarter to four",
 * "10 15 am", "1430 hours", "noon", "after lunch", and the word before them that says whether
 * the call should be at, after or before that time. A number is read as a time only when
 * the words around it say it is one, so phone numbers and organisation codes are left alone.
 */

interface Read<T> {
  value: T;
  end: number;
}

/**
 * The bound word(s) just before `index` ("after", "no later than"), with "not" flipping before
 * and after. Softeners in between are skipped ("after about 3"); "around" or "about" with no
 * bound before them are one themselves ("around 3").
 */
export function boundBefore(tokens: Tokens, index: number): { bound: ClockBound; negated: boolean } | null {
  let at = index - 1;
  let soft: { bound: ClockBound; negated: boolean } | null = null;
  while (at >= index - 3 && BOUND_SOFTENERS.has(wordAt(tokens, at) ?? '')) {
    const bound = BOUND_WORDS[wordAt(tokens, at) ?? ''];
    if (bound !== undefined && soft === null) soft = { bound, negated: tokens[at]?.negated ?? false };
    at -= 1;
  }
  for (const [words, bound] of BOUND_PHRASES) {
    if (phraseEnd(tokens, at - words.length + 1, words) === at + 1) return { bound, negated: false };
  }
  const bound = BOUND_WORDS[wordAt(tokens, at) ?? ''];
  if (bound === undefined) return soft;
  const negated = tokens[at]?.negated ?? false;
  if (!negated || bound === 'at') return { bound, negated };
  return { bound: bound === 'after' ? 'before' : 'after', negated: false };
}

/** Minutes after an hour: "30", "thirty", "oh five", "colon 05", "hundred". */
function readMinutes(tokens: Tokens, index: number): Read<number> | null {
  const word = wordAt(tokens, index);
  if (word === 'colon') {
    const digits = wordAt(tokens, index + 1);
    return isDigits(digits) && digits.length === 2 && Number(digits) < 60 ? { value: Number(digits), end: index + 2 } : null;
  }
  if (isDigits(word)) return word.length === 2 && Number(word) < 60 ? { value: Number(word), end: index + 1 } : null;
  if (word === 'hundred') return { value: 0, end: isWord(tokens, index + 1, 'hours') ? index + 2 : index + 1 };
  if (word === 'oh' || word === 'o' || word === 'zero') {
    const next = wordAt(tokens, index + 1);
    const unit = isDigits(next) && next.length === 1 ? Number(next) : strongUnit(next);
    return unit !== null && unit > 0 ? { value: unit, end: index + 2 } : null;
  }
  if (tensValue(word) === null && teenValue(word) === null) return null;
  const read = readCardinal(tokens, index);
  return read !== null && read.value < 60 ? read : null;
}

function readHour(tokens: Tokens, index: number): Read<number> | null {
  const word = wordAt(tokens, index);
  if (isDigits(word) && word.length > 2) return null;
  const read = readCardinal(tokens, index);
  return read !== null && read.value <= 23 ? read : null;
}

interface ClockRead {
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  end: number;
  /** Said so that it cannot be anything but a time ("half past", "3 pm", "4 o'clock", "3:30"). */
  unmistakable: boolean;
}

/** "half past two", "quarter to four", "ten past three", "twenty after one", "half two" (British). */
function readRelativeClock(tokens: Tokens, index: number): ClockRead | null {
  const word = wordAt(tokens, index);
  const amount =
    word === 'half' ? { value: 30, end: index + 1 } : word === 'quarter' ? { value: 15, end: index + 1 } : readCardinal(tokens, index);
  if (amount === null) return null;
  let at = isWord(tokens, amount.end, 'minutes', 'mins') ? amount.end + 1 : amount.end;
  const link = wordAt(tokens, at);
  const round = [5, 10, 15, 20, 25].includes(amount.value);
  const forward = link === 'past' ? amount.value <= 30 : (link === 'after' && round) || (word === 'half' && readHour(tokens, at) !== null);
  // "from 10 to 4" is a range, not 3:50.
  const range = isWord(tokens, index - 1, 'from', 'between');
  const backward = (link === 'to' || link === 'till' || link === 'of') && round && !range;
  if (!forward && !backward) return null;
  if (link === 'past' || link === 'after' || backward) at += 1;
  const hour = readHour(tokens, at);
  if (hour === null || hour.value === 0 || hour.value > 12) return null;
  const [h, m] = forward ? [hour.value, amount.value] : [hour.value === 1 ? 12 : hour.value - 1, 60 - amount.value];
  return { ...withMeridiem(tokens, hour.end), hour: h, minute: m, unmistakable: true };
}

function withMeridiem(tokens: Tokens, index: number): Pick<ClockRead, 'meridiem' | 'end'> & { marked: boolean } {
  const word = wordAt(tokens, index);
  if (word === 'am' || word === 'pm') return { meridiem: word, end: index + 1, marked: true };
  if (word === 'oclock' || word === 'sharp') return { meridiem: null, end: index + 1, marked: true };
  if (word === 'noon') return { meridiem: 'pm', end: index + 1, marked: true };
  return { meridiem: null, end: index, marked: false };
}

/** An hour with optional minutes and am/pm: "3", "two thirty", "10 15 am", "1430", "4 o'clock". */
function readPlainClock(tokens: Tokens, index: number): ClockRead | null {
  const word = wordAt(tokens, index);
  if (isDigits(word) && (word.length === 3 || word.length === 4)) {
    const [hour, minute] = [Math.floor(Number(word) / 100), Number(word) % 100];
    if (hour > 23 || minute > 59) return null;
    // "1430 hours" is how the military and some callers say a 24-hour time.
    if (isWord(tokens, index + 1, 'hours')) return { hour, minute, meridiem: null, end: index + 2, unmistakable: true };
    const marker = withMeridiem(tokens, index + 1);
    return { hour, minute, meridiem: marker.meridiem, end: marker.end, unmistakable: marker.marked };
  }
  const hour = readHour(tokens, index);
  if (hour === null) return null;
  const minutes = readMinutes(tokens, hour.end);
  const marker = withMeridiem(tokens, minutes?.end ?? hour.end);
  // "3:30" and "fifteen hundred hours" are clock times whatever surrounds them.
  const written = isWord(tokens, hour.end, 'colon') || (minutes !== null && isWord(tokens, minutes.end - 1, 'hours'));
  if (marker.meridiem !== null && (hour.value === 0 || hour.value > 12)) return null;
  return {
    hour: hour.value,
    minute: minutes?.value ?? 0,
    meridiem: marker.meridiem,
    end: marker.end,
    unmistakable: marker.marked || written,
  };
}

export interface ClockContext {
  /** Where the last day or part-of-day phrase ended: "tomorrow 10" is a time even without "at". */
  lastDayEnd: number;
  /** Whether the phrase starting at an index names a day or part of the day ("3 tomorrow", "3 in the afternoon"). */
  dayOrPartAt: (index: number) => boolean;
}

const isNumberWord = (word: string | undefined): boolean =>
  isDigits(word) || strongUnit(word) !== null || teenValue(word) !== null || tensValue(word) !== null;

function specialClock(tokens: Tokens, index: number): ClockRead | null {
  const word = wordAt(tokens, index);
  if (word === 'noon' || word === 'midday') return { hour: 12, minute: 0, meridiem: 'pm', end: index + 1, unmistakable: true };
  if (word === 'lunch' || word === 'lunchtime') {
    const end = isWord(tokens, index + 1, 'time', 'break') ? index + 2 : index + 1;
    const after = boundBefore(tokens, index)?.bound === 'after';
    return { hour: after ? 13 : 12, minute: 0, meridiem: null, end, unmistakable: true };
  }
  return null;
}

/** A clock time, read as one only when the words around it say it is one, so a phone number or code is not a time. */
export function readClockPhrase(tokens: Tokens, index: number, context: ClockContext): Match | null {
  const read = specialClock(tokens, index) ?? readRelativeClock(tokens, index) ?? readPlainClock(tokens, index);
  if (read === null) return null;
  // Digits or a unit right after belong to something else: "at 1 555 0100", "3 hours".
  const next = wordAt(tokens, read.end);
  if (isNumberWord(next) || DURATION_UNITS[next ?? ''] !== undefined) return null;
  const bound = boundBefore(tokens, index);
  const afterDay = context.lastDayEnd === index || (context.lastDayEnd === index - 1 && isWord(tokens, index - 1, '|'));
  const linked = phraseEnd(tokens, read.end, ['in', 'the']) ?? (isWord(tokens, read.end, 'at', 'on') ? read.end + 1 : read.end);
  const beforeDay = context.dayOrPartAt(linked);
  const alone = () => tokens.every((token, at) => (at >= index && at < read.end) || token.isBreak || ANSWER_FILLERS.has(token.raw));
  if (!(read.unmistakable || bound !== null || afterDay || beforeDay || alone())) return null;
  const clock: ClockPhrase = { hour: read.hour, minute: read.minute, meridiem: read.meridiem, bound: bound?.bound ?? 'at' };
  const negated = bound === null ? (tokens[index]?.negated ?? false) : bound.negated;
  return { facts: [{ kind: 'time', time: { kind: 'clock', clock }, negated }], end: read.end };
}
