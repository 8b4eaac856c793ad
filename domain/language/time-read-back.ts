import { type DayNumber, isoDate, localDayNumber, localParts, weekdayOf } from '../sla/zone';
import { MONTH_NAMES, WEEKDAY_NAMES } from './time-words';

/*
 * How an agreed time is said back to the caller, in the organisation's local time: "today at
 * 3 p.m.", "tomorrow, Thursday, at 9 a.m.", "on Monday, December 7, at 10 a.m.". Beyond
 * tomorrow the date is always said, so "next Friday" cannot be misunderstood by a week.
 * Names come from our own tables, not from Intl's locale data, so the words never vary by host.
 */

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "9 a.m.", "2:30 p.m.", "noon", "midnight". */
export function spokenClock(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${hour12}${minutes} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

const weekdayName = (day: DayNumber): string => capitalised(WEEKDAY_NAMES[weekdayOf(day)] ?? '');

/** Beyond this the year is said too: "December 1" alone would sound like the one just gone. */
const SAY_YEAR_AFTER_DAYS = 180;

/** "Monday, December 7", or "Wednesday, December 1, 2027" when far ahead of `today`. */
export function spokenDate(day: DayNumber, today: DayNumber): string {
  const [year, month, date] = isoDate(day).split('-').map(Number);
  const named = `${weekdayName(day)}, ${capitalised(MONTH_NAMES[(month ?? 1) - 1] ?? '')} ${date ?? 1}`;
  return day - today > SAY_YEAR_AFTER_DAYS ? `${named}, ${year}` : named;
}

/** A day as a sentence names it, seen from `today`: "today", "tomorrow", "on Saturday", "on Thursday, November 26". */
export function spokenDay(day: DayNumber, today: DayNumber): string {
  if (day === today) return 'today';
  if (day === today + 1) return 'tomorrow';
  return day > today && day - today < 7 ? `on ${weekdayName(day)}` : `on ${spokenDate(day, today)}`;
}

/** The instant `at` as the caller should hear it, seen from the local day `today`. */
export function spokenInstant(timeZone: string, at: number, today: DayNumber): string {
  const { hour, minute } = localParts(timeZone, at);
  const day = localDayNumber(timeZone, at);
  const clock = spokenClock(hour, minute);
  if (day === today) return `today at ${clock}`;
  if (day === today + 1) return `tomorrow, ${weekdayName(day)}, at ${clock}`;
  return `on ${spokenDate(day, today)}, at ${clock}`;
}
