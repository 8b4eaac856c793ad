import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALENDAR_24X7, type BusinessCalendar, addBusinessMs, businessMsBetween, isOpen, nextOpen, weekdayCalendar } from './calendar';
import { localToInstant, zoneOffsetMs } from './zone';

// Expected instants are written in UTC with the offset worked out by hand, so the tests do not
// trust the conversion code they check. 2024: New York EST until 10 Mar 07:00Z, EDT until
// 3 Nov 06:00Z; London GMT until 31 Mar 01:00Z, BST until 27 Oct 01:00Z; Kolkata is UTC+5:30.
const utc = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);
const H = 3_600_000;
const MIN = 60_000;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const nineToFive = (timezone: string, holidays: string[] = []): BusinessCalendar =>
  weekdayCalendar(timezone, WEEKDAYS, [{ start: '09:00', end: '17:00' }], holidays);
const NY = nineToFive('America/New_York');
const LONDON = nineToFive('Europe/London');
const allDay = (timezone: string): BusinessCalendar => weekdayCalendar(timezone, [0, 1, 2, 3, 4, 5, 6], [{ start: '00:00', end: '24:00' }]);
const sundayOnly = (timezone: string, start: string, end: string): BusinessCalendar => weekdayCalendar(timezone, [0], [{ start, end }]);

// ---------------------------------------------------------------- zone conversion

test('zone offsets come from Intl, including half- and three-quarter-hour zones', () => {
  assert.equal(zoneOffsetMs('America/New_York', utc(2024, 1, 15, 12)), -5 * H);
  assert.equal(zoneOffsetMs('America/New_York', utc(2024, 7, 15, 12)), -4 * H);
  assert.equal(zoneOffsetMs('Europe/London', utc(2024, 7, 15, 12)), 1 * H);
  assert.equal(zoneOffsetMs('Asia/Kolkata', utc(2024, 7, 15, 12)), 5.5 * H);
  assert.equal(zoneOffsetMs('Asia/Kathmandu', utc(2024, 7, 15, 12)), 5.75 * H);
});

test('zone offsets ignore the sub-second part of an instant, before and after 1970', () => {
  assert.equal(zoneOffsetMs('America/New_York', utc(2024, 1, 15, 12) + 999), -5 * H);
  assert.equal(zoneOffsetMs('Europe/London', utc(1969, 7, 1, 12) + 1), 1 * H);
});

test('wall time in a spring-forward gap maps to the transition instant', () => {
  assert.equal(localToInstant('America/New_York', 2024, 3, 10, 2, 0), utc(2024, 3, 10, 7));
  assert.equal(localToInstant('America/New_York', 2024, 3, 10, 2, 30), utc(2024, 3, 10, 7));
  assert.equal(localToInstant('America/New_York', 2024, 3, 10, 3, 0), utc(2024, 3, 10, 7));
  assert.equal(localToInstant('Europe/London', 2024, 3, 31, 1, 30), utc(2024, 3, 31, 1));
});

test('wall time in a fall-back overlap maps to the earlier instant', () => {
  assert.equal(localToInstant('America/New_York', 2024, 11, 3, 1, 30), utc(2024, 11, 3, 5, 30));
  assert.equal(localToInstant('America/New_York', 2024, 11, 3, 2, 0), utc(2024, 11, 3, 7));
  assert.equal(localToInstant('Europe/London', 2024, 10, 27, 1, 15), utc(2024, 10, 27, 0, 15));
});

// ---------------------------------------------------------------- isOpen / nextOpen

test('isOpen: inside hours, at the opening minute, at closing (closed), nights and weekends', () => {
  assert.equal(isOpen(NY, utc(2024, 1, 8, 14)), true, 'Mon 09:00 EST opens');
  assert.equal(isOpen(NY, utc(2024, 1, 8, 14) - 1), false, 'Mon 08:59:59.999 closed');
  assert.equal(isOpen(NY, utc(2024, 1, 8, 21, 59)), true, 'Mon 16:59');
  assert.equal(isOpen(NY, utc(2024, 1, 8, 22)), false, '17:00 is after hours');
  assert.equal(isOpen(NY, utc(2024, 1, 9, 3)), false, 'Mon 22:00 night');
  assert.equal(isOpen(NY, utc(2024, 1, 6, 17)), false, 'Saturday noon');
  assert.equal(isOpen(NY, utc(2024, 1, 7, 17)), false, 'Sunday noon');
});

test('isOpen: a holiday is closed all day; the days around it are not', () => {
  const cal = nineToFive('America/New_York', ['2024-01-15']);
  assert.equal(isOpen(cal, utc(2024, 1, 15, 17)), false);
  assert.equal(isOpen(cal, utc(2024, 1, 12, 17)), true);
  assert.equal(isOpen(cal, utc(2024, 1, 16, 17)), true);
});

test('a callback asked for at Friday 18:55 with 09:00–17:00 hours opens Monday 09:00', () => {
  const friday1855 = utc(2024, 1, 5, 23, 55);
  assert.equal(nextOpen(NY, friday1855), utc(2024, 1, 8, 14));
});

test('nextOpen: returns t while open, the same morning before opening, and skips holidays', () => {
  const t = utc(2024, 1, 8, 15, 7) + 123;
  assert.equal(nextOpen(NY, t), t);
  assert.equal(nextOpen(NY, utc(2024, 1, 9, 11)), utc(2024, 1, 9, 14), 'Tue 06:00 → 09:00');
  assert.equal(nextOpen(NY, utc(2024, 1, 8, 22)), utc(2024, 1, 9, 14), 'at closing → next morning');
  const cal = nineToFive('America/New_York', ['2024-01-15', '2024-01-16']);
  assert.equal(nextOpen(cal, utc(2024, 1, 12, 23)), utc(2024, 1, 17, 14), 'Fri evening → Wed after two holidays');
});

test('nextOpen across the New York spring-forward weekend opens at 09:00 EDT', () => {
  assert.equal(nextOpen(NY, utc(2024, 3, 8, 23)), utc(2024, 3, 11, 13));
});

// ---------------------------------------------------------------- addBusinessMs

test('addBusinessMs skips the night and the weekend', () => {
  assert.equal(addBusinessMs(NY, utc(2024, 1, 5, 21, 30), H), utc(2024, 1, 8, 14, 30), 'Fri 16:30 + 1h → Mon 09:30');
  assert.equal(addBusinessMs(NY, utc(2024, 1, 8, 21), 2 * H), utc(2024, 1, 9, 15), 'Mon 16:00 + 2h → Tue 10:00');
  assert.equal(addBusinessMs(NY, utc(2024, 1, 6, 15), 30 * MIN), utc(2024, 1, 8, 14, 30), 'from Saturday');
});

test('addBusinessMs: a full day ends exactly at closing time, 3 and 5 business days at Wed/Fri 17:00', () => {
  const monday9 = utc(2024, 1, 8, 14);
  assert.equal(addBusinessMs(NY, monday9, 8 * H), utc(2024, 1, 8, 22));
  assert.equal(addBusinessMs(NY, monday9, 24 * H), utc(2024, 1, 10, 22));
  assert.equal(addBusinessMs(NY, monday9, 40 * H), utc(2024, 1, 12, 22));
  assert.equal(addBusinessMs(NY, monday9, 40 * H + 1), utc(2024, 1, 15, 14) + 1);
});

test('addBusinessMs skips holidays', () => {
  const cal = nineToFive('America/New_York', ['2024-01-15']);
  assert.equal(addBusinessMs(cal, utc(2024, 1, 12, 21), 2 * H), utc(2024, 1, 16, 15));
});

test('addBusinessMs with zero duration returns the start, open or not; negative is refused', () => {
  assert.equal(addBusinessMs(NY, utc(2024, 1, 6, 12), 0), utc(2024, 1, 6, 12));
  assert.equal(addBusinessMs(NY, utc(2024, 1, 8, 15), 0), utc(2024, 1, 8, 15));
  assert.throws(() => addBusinessMs(NY, 0, -1), RangeError);
  assert.throws(() => addBusinessMs(NY, Number.NaN, 1), RangeError);
});

test('several windows a day (lunch break) are honoured', () => {
  const cal = weekdayCalendar('America/New_York', WEEKDAYS, [
    { start: '13:00', end: '17:00' },
    { start: '09:00', end: '12:00' },
  ]);
  assert.equal(isOpen(cal, utc(2024, 1, 8, 17, 30)), false, '12:30 lunch');
  assert.equal(addBusinessMs(cal, utc(2024, 1, 8, 15), 4 * H), utc(2024, 1, 8, 20), '10:00 + 4h → 15:00');
  assert.equal(businessMsBetween(cal, utc(2024, 1, 8, 14), utc(2024, 1, 8, 22)), 7 * H);
});

test('an overnight shift written as two windows runs through midnight', () => {
  const cal: BusinessCalendar = {
    timezone: 'America/New_York',
    weekly: { 0: [], 1: [{ start: '22:00', end: '24:00' }], 2: [{ start: '00:00', end: '06:00' }], 3: [], 4: [], 5: [], 6: [] },
    holidays: [],
  };
  const mon22 = utc(2024, 1, 9, 3);
  assert.equal(addBusinessMs(cal, mon22, 3 * H), utc(2024, 1, 9, 6), 'Mon 22:00 + 3h → Tue 01:00');
  assert.equal(isOpen(cal, utc(2024, 1, 9, 5)), true, 'Tue 00:00 exactly');
  assert.equal(businessMsBetween(cal, utc(2024, 1, 8), utc(2024, 1, 10)), 8 * H);
});

// ---------------------------------------------------------------- DST

test('New York spring forward: Fri 16:00 EST + 2 business hours is Mon 10:00 EDT', () => {
  const fri = utc(2024, 3, 8, 21);
  const due = addBusinessMs(NY, fri, 2 * H);
  assert.equal(due, utc(2024, 3, 11, 14));
  assert.equal(businessMsBetween(NY, fri, due), 2 * H);
});

test('New York fall back: Fri 16:00 EDT + 2 business hours is Mon 10:00 EST', () => {
  assert.equal(addBusinessMs(NY, utc(2024, 11, 1, 20), 2 * H), utc(2024, 11, 4, 15));
});

test('London spring forward and fall back keep 09:00–17:00 local', () => {
  assert.equal(addBusinessMs(LONDON, utc(2024, 3, 29, 16), 2 * H), utc(2024, 4, 1, 9));
  assert.equal(addBusinessMs(LONDON, utc(2024, 10, 25, 15), 2 * H), utc(2024, 10, 28, 10));
  assert.equal(nextOpen(LONDON, utc(2024, 3, 30, 12)), utc(2024, 4, 1, 8));
});

test('a whole-day calendar has 23 h on spring-forward day and 25 h on fall-back day', () => {
  const ny = allDay('America/New_York');
  assert.equal(businessMsBetween(ny, utc(2024, 3, 10, 5), utc(2024, 3, 11, 4)), 23 * H);
  assert.equal(businessMsBetween(ny, utc(2024, 11, 3, 4), utc(2024, 11, 4, 5)), 25 * H);
  const london = allDay('Europe/London');
  assert.equal(addBusinessMs(london, utc(2024, 3, 31, 0), 24 * H), utc(2024, 4, 1, 0));
  assert.equal(addBusinessMs(london, utc(2024, 3, 30, 0), 24 * H), utc(2024, 3, 31, 0));
});

test('windows touching the spring-forward gap lose the missing hour', () => {
  const across = sundayOnly('America/New_York', '01:00', '04:00');
  assert.equal(businessMsBetween(across, utc(2024, 3, 10), utc(2024, 3, 11)), 2 * H);
  const inside = sundayOnly('Europe/London', '01:00', '02:00');
  assert.equal(businessMsBetween(inside, utc(2024, 3, 30), utc(2024, 4, 1)), 0, 'window wholly in the gap');
  assert.equal(isOpen(inside, utc(2024, 3, 31, 1)), false);
  const halfIn = sundayOnly('Europe/London', '00:30', '01:30');
  assert.equal(businessMsBetween(halfIn, utc(2024, 3, 30), utc(2024, 4, 1)), 30 * MIN);
  assert.equal(nextOpen(inside, utc(2024, 3, 30)), utc(2024, 4, 7, 0), 'next Sunday 01:00 BST');
});

test('windows touching the fall-back overlap: the earlier occurrence is the one used', () => {
  const wide = sundayOnly('America/New_York', '00:00', '03:00');
  assert.equal(businessMsBetween(wide, utc(2024, 11, 2), utc(2024, 11, 5)), 4 * H, 'the repeated hour counts twice');
  const firstHalf = sundayOnly('Europe/London', '01:00', '01:30');
  assert.equal(isOpen(firstHalf, utc(2024, 10, 27, 0, 15)), true, '01:15 BST');
  assert.equal(isOpen(firstHalf, utc(2024, 10, 27, 1, 15)), false, '01:15 GMT, the repeat');
  assert.equal(businessMsBetween(firstHalf, utc(2024, 10, 26), utc(2024, 10, 28)), 30 * MIN);
});

// ---------------------------------------------------------------- half-hour zone, 24x7, between

test('Asia/Kolkata (UTC+5:30) business hours 09:00–18:00', () => {
  const cal = weekdayCalendar('Asia/Kolkata', WEEKDAYS, [{ start: '09:00', end: '18:00' }]);
  assert.equal(isOpen(cal, utc(2024, 1, 8, 3, 29)), false);
  assert.equal(isOpen(cal, utc(2024, 1, 8, 3, 30)), true);
  assert.equal(nextOpen(cal, utc(2024, 1, 5, 13)), utc(2024, 1, 8, 3, 30), 'Fri 18:30 IST → Mon 09:00');
  assert.equal(addBusinessMs(cal, utc(2024, 1, 8, 3, 30), 9 * H), utc(2024, 1, 8, 12, 30));
  assert.equal(addBusinessMs(cal, utc(2024, 1, 8, 12), 1 * H), utc(2024, 1, 9, 4), 'Mon 17:30 + 1h → Tue 09:30');
});

test('24x7 is always open and counts wall time', () => {
  const t = utc(2024, 3, 10, 7) - 17;
  assert.equal(isOpen(CALENDAR_24X7, t), true);
  assert.equal(nextOpen(CALENDAR_24X7, t), t);
  assert.equal(addBusinessMs(CALENDAR_24X7, t, 4 * H), t + 4 * H);
  assert.equal(businessMsBetween(CALENDAR_24X7, t, t + 90 * MIN), 90 * MIN);
});

test('businessMsBetween: a week is 40 h, reversed order is negative, equal instants are 0', () => {
  const sun = utc(2024, 1, 7, 12);
  assert.equal(businessMsBetween(NY, sun, sun + 7 * 24 * H), 40 * H);
  assert.equal(businessMsBetween(NY, sun + 7 * 24 * H, sun), -40 * H);
  assert.equal(businessMsBetween(NY, sun, sun), 0);
  assert.equal(businessMsBetween(NY, utc(2024, 1, 8, 15), utc(2024, 1, 8, 16)), H);
  assert.equal(businessMsBetween(NY, utc(2024, 1, 8, 21), utc(2024, 1, 9, 15)), 2 * H, 'overnight counts 0');
});

test('a calendar with no open time is reported instead of looping for ever', () => {
  const never: BusinessCalendar = weekdayCalendar('America/New_York', [], []);
  assert.throws(() => nextOpen(never, utc(2024, 1, 1)), RangeError);
  assert.throws(() => addBusinessMs(never, utc(2024, 1, 1), 1), RangeError);
  assert.equal(businessMsBetween(never, utc(2024, 1, 1), utc(2024, 1, 5)), 0);
});
