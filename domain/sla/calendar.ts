import { DAY_MS, MINUTE_MS, type DayNumber, isoDate, localDayNumber, wallToInstant, weekdayOf } from './zone';

/**
 * Business-hours calendars and the maths SLA timers need, all on epoch milliseconds.
 * Pure and deterministic: importable from Temporal workflow code.
 *
 * Open time is a set of half-open intervals [start, end): an instant equal to a window's end
 * is closed (17:00 is after hours for 09:00–17:00). Wall times are turned into instants by the
 * DST rule documented in ./zone (gap → first instant after it, overlap → earlier instant), so a
 * 09:00–17:00 day is 8 real hours on every day; only windows that touch 01:00–03:00 local on a
 * transition night change length.
 */

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export interface TimeWindow {
  /** 'HH:MM', 00:00–23:59. */
  start: string;
  /** 'HH:MM', after start; '24:00' means up to midnight. */
  end: string;
}
export interface BusinessCalendar {
  /** IANA zone name, e.g. 'America/New_York'. */
  timezone: string;
  /** 0 = Sunday … 6 = Saturday; an overnight shift is two windows (22:00–24:00, 00:00–06:00). */
  weekly: Record<Weekday, TimeWindow[]>;
  /** Local dates ('YYYY-MM-DD') that are closed all day. */
  holidays: string[];
}
export const CALENDAR_24X7 = '24x7' as const;
/** What the maths accepts: a business calendar, or '24x7' (always open). */
export type Calendar = BusinessCalendar | typeof CALENDAR_24X7;

type Interval = readonly [start: number, end: number];

export function minutesOf(hhmm: string): number {
  if (hhmm === '24:00') return 24 * 60;
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

// ---------------------------------------------------------------- open intervals

/** Open intervals of one local date, merged and in order (empty on holidays). */
function dayIntervals(cal: BusinessCalendar, day: DayNumber, holidays: ReadonlySet<string>): Interval[] {
  if (holidays.has(isoDate(day))) return [];
  const windows = cal.weekly[weekdayOf(day) as Weekday] ?? [];
  const midnight = day * DAY_MS;
  const raw = windows
    .map((w): Interval => [
      wallToInstant(cal.timezone, midnight + minutesOf(w.start) * MINUTE_MS),
      wallToInstant(cal.timezone, midnight + minutesOf(w.end) * MINUTE_MS),
    ])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  return mergeTouching(raw);
}

function mergeTouching(sorted: Interval[]): Interval[] {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * Every open interval that ends after `t`, in time order, up to the local day after `until`.
 * Starting at t's own local day is enough: windows end by 24:00, which is never later than
 * the next day's first instant (see the monotone rule in ./zone). Throws if the calendar stays
 * closed for longer than two weeks plus its holidays: such a calendar would make a deadline
 * unreachable.
 */
function* intervalsAfter(cal: BusinessCalendar, t: number, until = Number.POSITIVE_INFINITY): Generator<Interval> {
  const holidays = new Set(cal.holidays);
  const maxClosedDays = 14 + holidays.size;
  const lastDay = Number.isFinite(until) ? localDayNumber(cal.timezone, until) + 1 : Number.POSITIVE_INFINITY;
  let closedDays = 0;
  for (let day = localDayNumber(cal.timezone, t); day <= lastDay; day += 1) {
    const intervals = dayIntervals(cal, day, holidays);
    closedDays = intervals.length === 0 ? closedDays + 1 : 0;
    if (closedDays > maxClosedDays) throw new RangeError('business calendar has no open time');
    for (const interval of intervals) if (interval[1] > t) yield interval;
  }
}

function checkInstant(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite epoch-ms number`);
}

// ---------------------------------------------------------------- public maths

/** Is the calendar open at instant `t`? */
export function isOpen(cal: Calendar, t: number): boolean {
  checkInstant('t', t);
  if (cal === CALENDAR_24X7) return true;
  for (const [start] of intervalsAfter(cal, t)) return start <= t;
  return false;
}

/** `t` itself when open, otherwise the start of the next open window. */
export function nextOpen(cal: Calendar, t: number): number {
  checkInstant('t', t);
  if (cal === CALENDAR_24X7) return t;
  for (const [start] of intervalsAfter(cal, t)) return Math.max(start, t);
  throw new RangeError('business calendar has no open time');
}

/**
 * The earliest instant by which `durationMs` of open time has elapsed since `start`.
 * Zero duration returns `start` unchanged, even when closed (nothing has to elapse).
 * For a positive duration the result lies in an open window or at its end (never deeper in
 * closed time), so `businessMsBetween(cal, start, result) === durationMs` exactly.
 */
export function addBusinessMs(cal: Calendar, start: number, durationMs: number): number {
  checkInstant('start', start);
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError('durationMs must be finite and >= 0');
  if (durationMs === 0) return start;
  if (cal === CALENDAR_24X7) return start + durationMs;
  let remaining = durationMs;
  for (const [s, e] of intervalsAfter(cal, start)) {
    const from = Math.max(s, start);
    if (remaining <= e - from) return from + remaining;
    remaining -= e - from;
  }
  throw new RangeError('business calendar has no open time');
}

/** Open time between `a` and `b` in ms; negative when `b` is before `a`. */
export function businessMsBetween(cal: Calendar, a: number, b: number): number {
  checkInstant('a', a);
  checkInstant('b', b);
  if (b < a) return 0 - businessMsBetween(cal, b, a); // 0 - x: never -0
  if (cal === CALENDAR_24X7) return b - a;
  let total = 0;
  for (const [s, e] of intervalsAfter(cal, a, b)) {
    if (s >= b) break;
    total += Math.min(e, b) - Math.max(s, a);
  }
  return total;
}

/**
 * The open intervals of one local date ('YYYY-MM-DD' as a day number), merged and in order;
 * empty on holidays and closed weekdays. For readers that reason about a day as a whole
 * ("first thing", "end of the day"); the maths above walks them itself.
 */
export function openIntervalsOn(cal: BusinessCalendar, day: DayNumber): Array<readonly [start: number, end: number]> {
  return dayIntervals(cal, day, new Set(cal.holidays));
}

/** Build a calendar with the same windows on the given weekdays (a convenience for defaults and tests). */
export function weekdayCalendar(
  timezone: string,
  days: readonly Weekday[],
  windows: TimeWindow[],
  holidays: string[] = [],
): BusinessCalendar {
  const weekly: Record<Weekday, TimeWindow[]> = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
  for (const day of days) weekly[day] = windows.map((w) => ({ ...w }));
  return { timezone, weekly, holidays: [...holidays] };
}

/** The zone a calendar keeps its hours in; around the clock has none of its own. */
export function calendarZone(cal: Calendar): string {
  return cal === CALENDAR_24X7 ? 'UTC' : cal.timezone;
}
