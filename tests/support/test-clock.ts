import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { toCalendar } from '../../activities/tickets/stored-policy';
import { isOpen, type BusinessCalendar } from '../../domain/sla/calendar';
import { DAY_MS, MINUTE_MS, localDayNumber, localParts, wallToInstant, weekdayOf } from '../../domain/sla/zone';
import { DEFAULT_BUSINESS_CALENDAR as SEEDED_DESK_HOURS } from '../../prisma/seed-data';

/**
 * Puts a test at a chosen local moment instead of wherever the wall clock happens to be.
 *
 * Temporal's time-skipping test server starts at the wall clock's instant and its time only moves
 * forward, so a test cannot jump to a fixed date. It skips instead to the next instant with the
 * local time of week it needs ("Wednesday 12:00 in New York, a working day"): business hours,
 * weekends and holidays then look the same to the test whatever the hour, day or machine.
 */
export interface LocalMoment {
  /** Says what the moment is, for failure messages. */
  name: string;
  timezone: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
  /** Further conditions an instant must meet, e.g. that the desk is open that day (no holiday). */
  accept?: (instant: number) => boolean;
}

/** The service desk's seeded hours: Mon–Fri 09:00–17:00 New York with US holidays, as the SLA policies store them. */
export const DESK_HOURS: BusinessCalendar = toCalendar(SEEDED_DESK_HOURS)!;
const DESK_ZONE = DESK_HOURS.timezone;

/** The desk open, the afternoon still ahead: a critical ticket is not after hours, and hours of SLA time fit in the day. */
export const MIDWEEK_NOON: LocalMoment = {
  name: 'Wednesday 12:00 in New York on a working day',
  timezone: DESK_ZONE,
  weekday: 3,
  hour: 12,
  minute: 0,
  accept: (t) => isOpen(DESK_HOURS, t),
};

/** One hour before the weekend, with the Monday after a working day: a two-hour deadline lands on Monday 10:00. */
export const FRIDAY_AFTERNOON: LocalMoment = {
  name: 'Friday 16:00 in New York, the desk open then and the Monday after',
  timezone: DESK_ZONE,
  weekday: 5,
  hour: 16,
  minute: 0,
  accept: (t) => isOpen(DESK_HOURS, t) && isOpen(DESK_HOURS, laterDayAt(DESK_ZONE, t, 3, 12)),
};

/** After closing on a Friday, with the Monday after a working day: the next business-hours moment is Monday 09:00. */
export const FRIDAY_EVENING: LocalMoment = {
  name: 'Friday 18:55 in New York, the Monday after a working day',
  timezone: DESK_ZONE,
  weekday: 5,
  hour: 18,
  minute: 55,
  accept: (t) => isOpen(DESK_HOURS, laterDayAt(DESK_ZONE, t, 3, 12)),
};

/** A weeknight with the desk closed and on-call covering. */
export const WEEKNIGHT: LocalMoment = {
  name: 'Tuesday 22:00 in New York',
  timezone: DESK_ZONE,
  weekday: 2,
  hour: 22,
  minute: 0,
};

// A weekly moment with a few holiday exceptions recurs well within a year.
const SEARCH_DAYS = 400;

/** The first instant after `after` at which `moment` happens. */
export function nextMoment(moment: LocalMoment, after: number): number {
  const firstDay = localDayNumber(moment.timezone, after);
  for (let day = firstDay; day < firstDay + SEARCH_DAYS; day += 1) {
    if (weekdayOf(day) !== moment.weekday) continue;
    const instant = wallToInstant(moment.timezone, day * DAY_MS + (moment.hour * 60 + moment.minute) * MINUTE_MS);
    if (instant > after && (moment.accept?.(instant) ?? true)) return instant;
  }
  throw new Error(`no ${moment.name} within ${SEARCH_DAYS} days after ${new Date(after).toISOString()}`);
}

/** `days` local dates after the date of `instant`, at `hour:minute` local time. */
export function laterDayAt(timezone: string, instant: number, days: number, hour: number, minute = 0): number {
  return wallToInstant(timezone, (localDayNumber(timezone, instant) + days) * DAY_MS + (hour * 60 + minute) * MINUTE_MS);
}

/** Weekday (0 = Sunday) and 'HH:MM' of `instant` in `timezone`, for assertions about local time. */
export function localTimeOfWeek(timezone: string, instant: number): { weekday: number; time: string } {
  const { hour, minute } = localParts(timezone, instant);
  return {
    weekday: weekdayOf(localDayNumber(timezone, instant)),
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
  };
}

/** Moves the time-skipping server forward to `instant`; its time never goes back. */
export async function skipTo(env: TestWorkflowEnvironment, instant: number): Promise<void> {
  // On a dev server env.sleep() really sleeps: skipping days there would hang the suite.
  if (!env.supportsTimeSkipping) throw new Error('only the time-skipping test server can be moved to a chosen instant');
  const now = await env.currentTimeMs();
  if (instant < now) throw new Error(`cannot go back from ${new Date(now).toISOString()} to ${new Date(instant).toISOString()}`);
  await env.sleep(instant - now);
}

/** Skips the server to the next `moment` after its now; returns that instant. */
export async function skipToNext(env: TestWorkflowEnvironment, moment: LocalMoment): Promise<number> {
  const instant = nextMoment(moment, await env.currentTimeMs());
  await skipTo(env, instant);
  return instant;
}
