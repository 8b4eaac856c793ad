import { CALENDAR_24X7, type Calendar, isOpen, nextOpen, openIntervalsOn } from '../sla/calendar';
import { DAY_MS, HOUR_MS, MINUTE_MS, type DayNumber, isoDate, localDayNumber, localParts, wallToInstant, weekdayOf } from '../sla/zone';
import type { ClockPhrase, DayPhrase, TimeOfDayPhrase } from './time-phrases';
import type { DayPart } from './time-words';
import { spokenClock, spokenDay, spokenInstant } from './time-read-back';
import { readTimeRequest } from './time-request';

/*
 * When a caller wants to be called back, as an instant in the organisation's business hours,
 * and the words to confirm it. Pure and deterministic (no clock: `now` is passed in), so
 * workflow code may call it.
 *
 * How vague words are read, all in the calendar's zone:
 *  - a day alone ("friday", "tomorrow") is its first open moment; "first thing" the same;
 *  - "morning" 9:00, "afternoon" 2 p.m., "evening" 6 p.m., or the first open moment in that
 *    part of the day when the office opens later; "end of the day" an hour before closing;
 *  - an hour without am/pm is p.m. for 12 and 1–6, a.m. for 7–11, unless only the other
 *    reading is open that day (an evening help desk's "at 8" is 8 p.m.);
 *  - "after 3" and "not before 3" are 3 p.m.; "before 11" the day's first open moment;
 *  - a time already past today means tomorrow ("at 9" said at 10), a weekday that is today
 *    and already past means next week; a day said explicitly ("today at 9") becomes now;
 *  - the result then moves to the next open moment if the office is closed, and the read-back
 *    says why. Times worked out from now are rounded up to five minutes.
 */

export interface RequestedTime {
  /** Epoch ms: never before `now`, always inside the calendar's open hours. */
  at: number;
  /**
   * Completes "A technician will call you back …": "tomorrow, Thursday, at 9 a.m.", and says why
   * when the time asked for was closed: "on Monday, December 7, at 9 a.m., since we're closed on Saturday".
   */
  readBack: string;
}

export interface RequestedTimeOptions {
  /** The zone in which to read times for a '24x7' calendar, which names none. Default 'UTC'. */
  timeZone?: string;
}

type Interval = readonly [start: number, end: number];

/** Wall-clock minutes: parts of the day as callers mean them, and hours assumed when a calendar has none. */
const PART_WINDOWS: Readonly<Record<DayPart, { start: number; preferred: number; end: number }>> = {
  morning: { start: 6 * 60, preferred: 9 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, preferred: 14 * 60, end: 18 * 60 },
  evening: { start: 17 * 60, preferred: 18 * 60, end: 22 * 60 },
};
const NOMINAL_HOURS = { open: 9 * 60, close: 17 * 60 } as const;
/** "End of the day" leaves the technician an hour before closing; "later today" is at least an hour away. */
const END_OF_DAY_LEAD_MS = HOUR_MS;
const LATER_MS = HOUR_MS;
/** Times worked out from "now" are rounded up to five minutes, so nobody hears "at 10:03 a.m.". */
const ROUNDING_MS = 5 * MINUTE_MS;

type Asked = { kind: 'clock' } | { kind: 'part'; part: DayPart } | { kind: 'day' } | { kind: 'duration' };

/** What the caller asked for, before business hours and "not in the past" are applied. */
interface Wish {
  instant: number;
  /** After this the day is no longer what they meant: "at 9" said at 10:00 means tomorrow. */
  validUntil: number;
  asked: Asked;
}

/** Local days of one calendar: wall times, and the day's business hours (a nominal 9–5 when always open). */
class LocalDays {
  constructor(
    readonly calendar: Calendar,
    readonly zone: string,
  ) {}

  wall(day: DayNumber, minutes: number): number {
    return wallToInstant(this.zone, day * DAY_MS + minutes * MINUTE_MS);
  }

  hours(day: DayNumber): readonly Interval[] {
    if (this.calendar !== CALENDAR_24X7) return openIntervalsOn(this.calendar, day);
    return [[this.wall(day, NOMINAL_HOURS.open), this.wall(day, NOMINAL_HOURS.close)]];
  }

  /** The first business instant of `day` in [from, until), or null. */
  firstOpen(day: DayNumber, from: number, until = Number.POSITIVE_INFINITY): number | null {
    const interval = this.hours(day).find(([, end]) => end > from);
    const start = interval === undefined ? null : Math.max(interval[0], from);
    return start !== null && start < until ? start : null;
  }

  closedAllDay(day: DayNumber): boolean {
    return this.calendar !== CALENDAR_24X7 && this.hours(day).length === 0;
  }
}

// ---------------------------------------------------------------- which day

function dayNumberOf(year: number, month: number, date: number): DayNumber | null {
  const day = Date.UTC(year, month - 1, date) / DAY_MS;
  return isoDate(day) === `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}` ? day : null;
}

/** The first valid date on or after `today` among the candidates (this month or year, then the next ones). */
function firstDateFrom(today: DayNumber, candidates: ReadonlyArray<readonly [number, number, number]>): DayNumber | null {
  for (const [year, month, date] of candidates) {
    const day = dayNumberOf(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, date);
    if (day !== null && day >= today) return day;
  }
  return null;
}

/** The local day a phrase names, and how far to move it if the time asked for has passed on it. */
function dayOf(phrase: DayPhrase | null, today: DayNumber): { day: DayNumber; roll: number } | null {
  const weekday = weekdayOf(today);
  const nextMonday = today + 7 - ((weekday + 6) % 7);
  const [year = 1970, month = 1] = isoDate(today).split('-').map(Number);
  switch (phrase?.kind) {
    case undefined:
      return { day: today, roll: 1 };
    case 'today':
      return { day: today, roll: 0 };
    case 'offset':
      return { day: today + phrase.days, roll: 0 };
    case 'nextWeek':
      return { day: nextMonday, roll: 0 };
    case 'weekday':
      if (phrase.which === 'nextWeek') return { day: nextMonday + ((phrase.weekday + 6) % 7), roll: 0 };
      if (phrase.which === 'next') return { day: today + ((phrase.weekday - weekday + 6) % 7) + 1, roll: 0 };
      return { day: today + ((phrase.weekday - weekday + 7) % 7), roll: 7 };
    case 'date': {
      const day = firstDateFrom(today, [
        [year, phrase.month, phrase.day],
        [year + 1, phrase.month, phrase.day],
      ]);
      return day === null ? null : { day, roll: 0 };
    }
    case 'dayOfMonth': {
      const day = firstDateFrom(
        today,
        [0, 1, 2].map((ahead) => [year, month + ahead, phrase.day] as const),
      );
      return day === null ? null : { day, roll: 0 };
    }
  }
}

// ---------------------------------------------------------------- which time on that day

/** 24-hour minutes for a clock time; "at 3" is 3 p.m., "at 9" 9 a.m., unless only the other is open that day. */
function clockMinutes(days: LocalDays, day: DayNumber, clock: ClockPhrase): number {
  const { hour, minute, meridiem } = clock;
  if (hour === 0 || hour > 12) return hour * 60 + minute;
  if (meridiem !== null) return ((hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute;
  const usual = hour === 12 || hour <= 6 ? (hour % 12) + 12 : hour;
  const other = (usual + 12) % 24;
  const open = (h: number) => isOpen(days.calendar, days.wall(day, h * 60 + minute));
  return (!open(usual) && open(other) ? other : usual) * 60 + minute;
}

function partInstant(days: LocalDays, day: DayNumber, part: DayPart, lower: number): number {
  const window = PART_WINDOWS[part];
  const end = days.wall(day, window.end);
  return (
    days.firstOpen(day, Math.max(lower, days.wall(day, window.preferred)), end) ??
    days.firstOpen(day, Math.max(lower, days.wall(day, window.start)), end) ??
    days.wall(day, window.preferred)
  );
}

/** The day's first business moment from `lower` on, or its nominal opening when it has none. */
function opening(days: LocalDays, day: DayNumber, lower: number): number {
  return days.firstOpen(day, lower) ?? days.wall(day, NOMINAL_HOURS.open);
}

function laterToday(days: LocalDays, today: DayNumber, now: number): number {
  if (days.calendar === CALENDAR_24X7) return now + LATER_MS;
  return days.firstOpen(today, now + LATER_MS) ?? (isOpen(days.calendar, now) ? now : now + LATER_MS);
}

/** What the caller asked for on `day`; business moments are searched from `lower` on. */
function wishOn(days: LocalDays, day: DayNumber, time: TimeOfDayPhrase | null, lower: number, now: number): Wish {
  const plain = (instant: number, asked: Asked): Wish => ({ instant, validUntil: instant, asked });
  switch (time?.kind) {
    case undefined:
    case 'firstThing':
      return plain(opening(days, day, lower), { kind: 'day' });
    case 'part':
      return plain(partInstant(days, day, time.part, lower), { kind: 'part', part: time.part });
    case 'later':
      return { instant: laterToday(days, day, now), validUntil: Number.POSITIVE_INFINITY, asked: { kind: 'day' } };
    case 'endOfDay': {
      const last = days.hours(day).at(-1);
      const instant =
        last === undefined ? days.wall(day, NOMINAL_HOURS.close) - END_OF_DAY_LEAD_MS : Math.max(last[1] - END_OF_DAY_LEAD_MS, last[0]);
      return { instant, validUntil: last?.[1] ?? instant, asked: { kind: 'day' } };
    }
    case 'clock': {
      const instant = days.wall(day, clockMinutes(days, day, time.clock));
      if (time.clock.bound !== 'before') return plain(instant, { kind: 'clock' });
      // "before 11": the day's first business moment, earlier than 11 if the day allows.
      const first = days.firstOpen(day, lower, instant) ?? opening(days, day, lower);
      return { instant: first, validUntil: instant, asked: { kind: 'day' } };
    }
  }
}

function wishFor(days: LocalDays, day: DayPhrase | null, time: TimeOfDayPhrase | null, today: DayNumber, now: number): Wish | null {
  const named = dayOf(day, today) ?? (time === null ? null : dayOf(null, today));
  if (named === null) return null;
  // "later" only makes sense today; "later on Friday" is just Friday.
  const timeOnDay = time?.kind === 'later' && named.day !== today ? null : time;
  const passed = named.roll > 0 && wishOn(days, named.day, timeOnDay, Number.NEGATIVE_INFINITY, now).validUntil < now;
  return wishOn(days, passed ? named.day + named.roll : named.day, timeOnDay, now, now);
}

// ---------------------------------------------------------------- the answer

function closedReason(days: LocalDays, wish: Wish, candidate: number, clamped: boolean, today: DayNumber): string {
  const day = localDayNumber(days.zone, candidate);
  if (days.closedAllDay(day)) return `we're closed ${spokenDay(day, today)}`;
  const restOfDay = `we're closed for the rest of ${day === today ? 'today' : 'the day'}`;
  if (clamped) return restOfDay;
  switch (wish.asked.kind) {
    case 'clock': {
      const { hour, minute } = localParts(days.zone, candidate);
      return `we're closed at ${spokenClock(hour, minute)}`;
    }
    case 'part':
      return `we're closed in the ${wish.asked.part}`;
    case 'duration':
      return "we'll be closed then";
    case 'day':
      return restOfDay;
  }
}

/**
 * Reads when the caller wants to be called back ("tomorrow morning", "after 3", "monday at 10",
 * "in two hours") and places it in `calendar`'s zone and open hours, seen from `now`. Returns
 * null when the text names no time ("as soon as possible"): the caller then takes the next
 * open moment. Throws RangeError, as the calendar maths does, for a calendar with no open time.
 */
export function parseRequestedTime(
  text: string,
  now: number,
  calendar: Calendar,
  options: RequestedTimeOptions = {},
): RequestedTime | null {
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite epoch-ms number');
  const request = readTimeRequest(text);
  if (request === null) return null;
  const zone = calendar === CALENDAR_24X7 ? (options.timeZone ?? 'UTC') : calendar.timezone;
  const days = new LocalDays(calendar, zone);
  const today = localDayNumber(zone, now);
  const wish: Wish | null =
    request.kind === 'in'
      ? { instant: now + request.minutes * MINUTE_MS, validUntil: Number.POSITIVE_INFINITY, asked: { kind: 'duration' } }
      : wishFor(days, request.day, request.time, today, now);
  if (wish === null) return null;
  const clamped = wish.instant < now;
  // Only a clock time the caller named is kept to the minute; anything worked out from now is rounded.
  const exact = !clamped && wish.asked.kind === 'clock';
  const candidate = exact ? wish.instant : Math.ceil(Math.max(wish.instant, now) / ROUNDING_MS) * ROUNDING_MS;
  const at = nextOpen(calendar, candidate);
  const when = spokenInstant(zone, at, today);
  return { at, readBack: at === candidate ? when : `${when}, since ${closedReason(days, wish, candidate, clamped, today)}` };
}
