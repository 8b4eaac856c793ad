import fc from 'fast-check';
import type { BusinessCalendar, Calendar, TimeWindow, Weekday } from '../../domain/sla/calendar';

/**
 * fast-check generators shared by the property tests (test support only; nothing in the
 * production modules imports this file).
 */

export const H = 3_600_000;

/** Zones picked for awkward offsets and transitions: DST in both hemispheres, half/quarter
 * hours, and Santiago, whose clocks jump at midnight so local days start at 01:00. */
export const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Santiago',
  'UTC',
] as const;

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2026, 0, 1);

/** 2024–2025 transitions of the zones above (UTC), so instants cluster where bugs live. */
const TRANSITIONS = [
  Date.UTC(2024, 2, 10, 7),
  Date.UTC(2024, 10, 3, 6),
  Date.UTC(2025, 2, 9, 7),
  Date.UTC(2025, 10, 2, 6),
  Date.UTC(2024, 2, 31, 1),
  Date.UTC(2024, 9, 27, 1),
  Date.UTC(2025, 2, 30, 1),
  Date.UTC(2025, 9, 26, 1),
  Date.UTC(2024, 3, 6, 16),
  Date.UTC(2024, 9, 5, 16),
  Date.UTC(2025, 3, 5, 16),
  Date.UTC(2025, 9, 4, 16),
  Date.UTC(2024, 3, 7, 3),
  Date.UTC(2024, 8, 8, 4),
  Date.UTC(2025, 3, 6, 3),
  Date.UTC(2025, 8, 7, 4),
];

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (quarter: number): string => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`;

/** 0–2 windows on quarter-hour marks (96 = 24:00), never overlapping. */
const dayWindows: fc.Arbitrary<TimeWindow[]> = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }).map((marks) => {
  const sorted = [...marks].sort((a, b) => a - b);
  const windows: TimeWindow[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    windows.push({ start: hhmm(sorted[i] ?? 0), end: sorted[i + 1] === 96 ? '24:00' : hhmm(sorted[i + 1] ?? 0) });
  }
  return windows;
});

const holiday = fc.integer({ min: 0, max: 730 }).map((d) => new Date(FROM + d * 24 * H).toISOString().slice(0, 10));

/** Open time per week in ms, counted on the wall clock (DST days aside). */
export function weeklyOpenMs(cal: BusinessCalendar): number {
  const minutes = (s: string): number => (s === '24:00' ? 1440 : Number(s.slice(0, 2)) * 60 + Number(s.slice(3)));
  let total = 0;
  for (const day of [0, 1, 2, 3, 4, 5, 6] as const) {
    for (const w of cal.weekly[day]) total += (minutes(w.end) - minutes(w.start)) * 60_000;
  }
  return total;
}

/** Random business calendars with at least three open hours a week (keeps walks short). */
export const businessCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    days: fc.array(dayWindows, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(holiday, { maxLength: 6 }),
  })
  .map(({ timezone, days, holidays }) => {
    const weekly = Object.fromEntries(days.map((w, i) => [i, w])) as Record<Weekday, TimeWindow[]>;
    return { timezone, weekly, holidays };
  })
  .filter((cal) => weeklyOpenMs(cal) >= 3 * H);

export const calendar: fc.Arbitrary<Calendar> = fc.oneof(
  { weight: 6, arbitrary: businessCalendar },
  { weight: 1, arbitrary: fc.constant('24x7' as const) },
);

/** Any ms in 2024–2025, or within three days of a DST transition. */
export const instant: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * 24 * H, max: 3 * 24 * H })).map(([t, d]) => t + d),
);

/** A duration scaled to the calendar: up to about three weeks of its open time. */
export function durationFor(cal: Calendar): fc.Arbitrary<number> {
  const scale = cal === '24x7' ? 120 * H : weeklyOpenMs(cal) * 3;
  return fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 60_000 }),
    fc.integer({ min: 0, max: 1_000_000 }).map((k) => Math.floor((k / 1_000_000) * scale)),
  );
}
