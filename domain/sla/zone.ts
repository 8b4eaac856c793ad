/**
 * Time-zone arithmetic on epoch milliseconds using only `Intl.DateTimeFormat`, so it runs
 * inside Temporal workflow code (no Date.now(), no I/O, no time-zone library).
 *
 * Wall-clock → instant rule (deterministic, and monotone non-decreasing in wall time):
 *  - DST gap (the wall time does not exist, e.g. 02:30 on a spring-forward night): the result
 *    is the transition instant itself, i.e. the first instant that exists after the gap.
 *    A window 02:00–04:00 on that night therefore opens at 03:00 new-offset time and lasts 1 h.
 *  - DST overlap (the wall time happens twice, e.g. 01:30 on a fall-back night): the earlier
 *    instant. A window 00:00–03:00 on that night lasts 4 real hours; 01:00–01:30 lasts 30 min.
 * Monotonicity matters: it keeps every day's intervals ordered, so calendar maths can walk
 * them without sorting across days. Assumes at most one offset change within ±1 day of a
 * wall time, true for every zone in current tz data.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A calendar date counted as days since 1970-01-01 (the local date, not a UTC instant). */
export type DayNumber = number;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat is the expensive part; caching it changes no result.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime's tz data knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at instant `t` (to the second). */
export function localParts(timeZone: string, t: number): LocalDateTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(t)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** Offset of local time from UTC at instant `t`, in ms (New York in winter: -5 h). */
export function zoneOffsetMs(timeZone: string, t: number): number {
  const p = localParts(timeZone, t);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSecond = t - (((t % 1000) + 1000) % 1000);
  return wall - wholeSecond;
}

/** The local calendar date of instant `t` in `timeZone`. */
export function localDayNumber(timeZone: string, t: number): DayNumber {
  const p = localParts(timeZone, t);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 'YYYY-MM-DD' for a day number. */
export function isoDate(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock in `timeZone` reads `wallMs` (wall time written as if it
 * were UTC: `Date.UTC(y, m - 1, d, h, min)`), by the gap/overlap rule in the header.
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const before = zoneOffsetMs(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMs(timeZone, wallMs + DAY_MS);
  const viaBefore = wallMs - before;
  const viaAfter = wallMs - after;
  const beforeValid = zoneOffsetMs(timeZone, viaBefore) === before;
  const afterValid = before !== after && zoneOffsetMs(timeZone, viaAfter) === after;
  if (beforeValid && afterValid) return Math.min(viaBefore, viaAfter);
  if (beforeValid) return viaBefore;
  if (afterValid) return viaAfter;
  return transitionInstant(timeZone, viaAfter, viaBefore, after);
}

/**
 * Smallest instant in (lo, hi] whose offset is already `newOffset`: the end of a DST gap.
 * Binary search on whole ms; gaps are at most a day, so this takes under 30 steps.
 */
function transitionInstant(timeZone: string, lo: number, hi: number, newOffset: number): number {
  let low = lo;
  let high = hi;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (zoneOffsetMs(timeZone, mid) === newOffset) high = mid;
    else low = mid;
  }
  return high;
}

/** Convenience: instant of local date/time `y-m-d h:min` in `timeZone` (gap/overlap rule applies). */
export function localToInstant(timeZone: string, y: number, m: number, d: number, h = 0, min = 0): number {
  return wallToInstant(timeZone, Date.UTC(y, m - 1, d, h, min));
}
