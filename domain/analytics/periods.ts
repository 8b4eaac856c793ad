/*
 * The periods the rollups summarise, all in UTC (the read model stores UTC; the panel says so):
 * an hour is named by its start instant, a day by its date, a month by its first day.
 * Pure, for the rollup workflows and the backfill command alike.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** `2026-11-26T14:00:00.000Z` */
export type HourStart = string;
/** `2026-11-26` */
export type IsoDay = string;
/** `2026-11` */
export type IsoMonth = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function startOfHour(instant: number): number {
  return Math.floor(instant / HOUR_MS) * HOUR_MS;
}

export function startOfDay(instant: number): number {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

export function hourStart(instant: number): HourStart {
  return new Date(startOfHour(instant)).toISOString();
}

export function dayOf(instant: number): IsoDay {
  return new Date(instant).toISOString().slice(0, 10);
}

export function monthOf(day: IsoDay): IsoMonth {
  return day.slice(0, 7);
}

/** Midnight UTC at the start of a day given as YYYY-MM-DD; throws on anything else (including 2026-02-30). */
export function parseDay(day: string): number {
  const match = ISO_DAY.exec(day);
  const instant = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || dayOf(instant) !== day) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return instant;
}

/** The start of an hour given as an ISO instant; throws on anything else (a time inside the hour included). */
export function parseHour(hour: string): number {
  const start = Date.parse(hour);
  if (Number.isNaN(start) || start % HOUR_MS !== 0) throw new RangeError(`not the start of an hour: ${hour}`);
  return start;
}

/** The first and last day of a month (inclusive), as customer_metrics stores its periods. */
export function monthBounds(month: IsoMonth): { first: IsoDay; last: IsoDay; start: number; end: number } {
  const start = parseDay(`${month}-01`);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const end = Date.UTC(year, monthNumber, 1);
  return { first: dayOf(start), last: dayOf(end - DAY_MS), start, end };
}

/**
 * A scheduled run rolls up the periods that have just ended: at 15:05 the hours 14:00 and
 * 13:00 (the earlier one again because calls still running and prices Twilio had not set at
 * its first rollup have settled since), at 00:20 the day before.
 */
export function hoursEndedBefore(scheduledAt: number, count = 2): HourStart[] {
  const last = startOfHour(scheduledAt) - HOUR_MS;
  return Array.from({ length: count }, (_, index) => new Date(last - index * HOUR_MS).toISOString());
}

export function dayEndedBefore(scheduledAt: number): IsoDay {
  return dayOf(startOfDay(scheduledAt) - DAY_MS);
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: IsoDay, last: IsoDay): IsoDay[] {
  const from = parseDay(first);
  const to = parseDay(last);
  const days: IsoDay[] = [];
  for (let instant = from; instant <= to; instant += DAY_MS) days.push(dayOf(instant));
  return days;
}

export function hoursOf(day: IsoDay): HourStart[] {
  const start = parseDay(day);
  return Array.from({ length: 24 }, (_, index) => new Date(start + index * HOUR_MS).toISOString());
}
