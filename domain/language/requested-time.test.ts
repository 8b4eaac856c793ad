import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALENDAR_24X7, type BusinessCalendar, weekdayCalendar } from '../sla/calendar';
import { parseRequestedTime, type RequestedTime } from './requested-time';
import { spokenClock } from './time-read-back';

// Expected instants are written in UTC with the offset worked out by hand, so the tests do not
// trust the zone code they rely on. 2026: New York EST (UTC-5) until 8 Mar, EDT (UTC-4) until
// 1 Nov; London GMT until 29 Mar, BST (UTC+1) until 25 Oct. 2 December 2026 is a Wednesday.
const utc = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
/** Mon–Fri 9–5, closed for Thanksgiving (Thursday 26 November). */
const NEW_YORK: BusinessCalendar = weekdayCalendar('America/New_York', WEEKDAYS, [{ start: '09:00', end: '17:00' }], ['2026-11-26']);
/** Mon–Fri 8:30–5:30, closed for Christmas (Friday 25) and the Boxing Day holiday (Monday 28 December). */
const LONDON: BusinessCalendar = weekdayCalendar(
  'Europe/London',
  WEEKDAYS,
  [{ start: '08:30', end: '17:30' }],
  ['2026-12-25', '2026-12-28'],
);

/** Wednesday 2 December 2026, 10:00 in New York. */
const NY_WEDNESDAY_10AM = utc(2026, 12, 2, 15);
/** Wednesday 2 December 2026, 10:00 in London. */
const LONDON_WEDNESDAY_10AM = utc(2026, 12, 2, 10);

type Case = readonly [said: string, at: number, readBack: string];

function check(cal: BusinessCalendar | typeof CALENDAR_24X7, now: number, cases: readonly Case[]): void {
  for (const [said, at, readBack] of cases) {
    assert.deepEqual(parseRequestedTime(said, now, cal), { at, readBack } satisfies RequestedTime, `"${said}"`);
  }
}

test('New York, Wednesday 10 a.m.: every phrase in the brief', () => {
  check(NEW_YORK, NY_WEDNESDAY_10AM, [
    ['tomorrow morning', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['after 3', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['after three pm', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['monday at 10', utc(2026, 12, 7, 15), 'on Monday, December 7, at 10 a.m.'],
    ['next tuesday around two thirty', utc(2026, 12, 8, 19, 30), 'on Tuesday, December 8, at 2:30 p.m.'],
    ['this afternoon', utc(2026, 12, 2, 19), 'today at 2 p.m.'],
    ['later today', utc(2026, 12, 2, 16), 'today at 11 a.m.'],
    ['in two hours', utc(2026, 12, 2, 17), 'today at noon'],
    ['in 30 minutes', utc(2026, 12, 2, 15, 30), 'today at 10:30 a.m.'],
    ['end of the day', utc(2026, 12, 2, 21), 'today at 4 p.m.'],
    ['first thing tomorrow', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['noon', utc(2026, 12, 2, 17), 'today at noon'],
    ['friday', utc(2026, 12, 4, 14), 'on Friday, December 4, at 9 a.m.'],
    ['any time tomorrow', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['not before 4', utc(2026, 12, 2, 21), 'today at 4 p.m.'],
    ['saturday', utc(2026, 12, 7, 14), "on Monday, December 7, at 9 a.m., since we're closed on Saturday"],
  ]);
});

test('speech-recogniser text: fillers, numbers in words or digits, a.m. spelled every way', () => {
  check(NEW_YORK, NY_WEDNESDAY_10AM, [
    ['Uh, could you call me back tomorrow morning, please?', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['after 3 p.m.', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['3pm', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['around 2:30', utc(2026, 12, 2, 19, 30), 'today at 2:30 p.m.'],
    ['at ten in the morning', utc(2026, 12, 2, 15), 'today at 10 a.m.'],
    ['tomorrow at ten a m', utc(2026, 12, 3, 15), 'tomorrow, Thursday, at 10 a.m.'],
    ['at 3 in the afternoon', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ["at 3 o'clock", utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['at 1500', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['fifteen hundred hours', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ['half past two', utc(2026, 12, 2, 19, 30), 'today at 2:30 p.m.'],
    ['quarter to four', utc(2026, 12, 2, 20, 45), 'today at 3:45 p.m.'],
    ['ten after three', utc(2026, 12, 2, 20, 10), 'today at 3:10 p.m.'],
    ['at four fifteen', utc(2026, 12, 2, 21, 15), 'today at 4:15 p.m.'],
    ['at 4 15', utc(2026, 12, 2, 21, 15), 'today at 4:15 p.m.'],
    ['tomorrow 10', utc(2026, 12, 3, 15), 'tomorrow, Thursday, at 10 a.m.'],
    ['um, three please', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ["I'm not free until 3", utc(2026, 12, 2, 20), 'today at 3 p.m.'],
    ["don't call before 4", utc(2026, 12, 2, 21), 'today at 4 p.m.'],
    ['no earlier than two', utc(2026, 12, 2, 19), 'today at 2 p.m.'],
    ['between 2 and 4', utc(2026, 12, 2, 19), 'today at 2 p.m.'],
    ['any time from 10 to 4', utc(2026, 12, 2, 15), 'today at 10 a.m.'],
    ['after lunch', utc(2026, 12, 2, 18), 'today at 1 p.m.'],
    ['not in the morning', utc(2026, 12, 2, 19), 'today at 2 p.m.'],
    ['not tomorrow, friday', utc(2026, 12, 4, 14), 'on Friday, December 4, at 9 a.m.'],
    ['tomorrow afternoon around 4', utc(2026, 12, 3, 21), 'tomorrow, Thursday, at 4 p.m.'],
    ['I have 2 printers down, call me after 3', utc(2026, 12, 2, 20), 'today at 3 p.m.'],
  ]);
});

test('durations, relative days and dates', () => {
  check(NEW_YORK, NY_WEDNESDAY_10AM, [
    ['in a couple of hours', utc(2026, 12, 2, 17), 'today at noon'],
    ['in an hour and a half', utc(2026, 12, 2, 16, 30), 'today at 11:30 a.m.'],
    ['give me 20 minutes', utc(2026, 12, 2, 15, 20), 'today at 10:20 a.m.'],
    ['two hours from now', utc(2026, 12, 2, 17), 'today at noon'],
    ['the day after tomorrow', utc(2026, 12, 4, 14), 'on Friday, December 4, at 9 a.m.'],
    ['in 2 days at 11', utc(2026, 12, 4, 16), 'on Friday, December 4, at 11 a.m.'],
    ['next week', utc(2026, 12, 7, 14), 'on Monday, December 7, at 9 a.m.'],
    ['tuesday next week at 11', utc(2026, 12, 8, 16), 'on Tuesday, December 8, at 11 a.m.'],
    ['december 7th', utc(2026, 12, 7, 14), 'on Monday, December 7, at 9 a.m.'],
    ['on the 15th at 10', utc(2026, 12, 15, 15), 'on Tuesday, December 15, at 10 a.m.'],
    ['the first of december', utc(2027, 12, 1, 14), 'on Wednesday, December 1, 2027, at 9 a.m.'],
  ]);
});

test('never in the past: a time that has gone today means tomorrow, a day that has gone means next week', () => {
  const wednesday = (h: number, min = 0) => utc(2026, 12, 2, h + 5, min);
  const friday10am = utc(2026, 12, 4, 15);
  check(NEW_YORK, NY_WEDNESDAY_10AM, [
    ['at 9', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['in the morning', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
    ['first thing', utc(2026, 12, 3, 14), 'tomorrow, Thursday, at 9 a.m.'],
  ]);
  check(NEW_YORK, wednesday(8), [
    ['at 9', wednesday(9), 'today at 9 a.m.'],
    ['first thing', wednesday(9), 'today at 9 a.m.'],
  ]);
  check(NEW_YORK, friday10am, [
    ['friday', utc(2026, 12, 11, 14), 'on Friday, December 11, at 9 a.m.'],
    ['friday at 3', utc(2026, 12, 4, 20), 'today at 3 p.m.'],
  ]);
  // Said for today but already past: the earliest moment from now, rounded up to five minutes.
  check(NEW_YORK, wednesday(10, 2), [
    ['today at 9', wednesday(10, 5), 'today at 10:05 a.m.'],
    ['today', wednesday(10, 5), 'today at 10:05 a.m.'],
    ['before 11', wednesday(10, 5), 'today at 10:05 a.m.'],
  ]);
  check(NEW_YORK, wednesday(16, 30), [
    ['end of the day', wednesday(16, 30), 'today at 4:30 p.m.'],
    ['later today', wednesday(16, 30), 'today at 4:30 p.m.'],
  ]);
});

test('outside business hours: the next open moment, and the read-back says why', () => {
  const wednesday = (h: number, min = 0) => utc(2026, 12, 2, h + 5, min);
  const thursday9am = utc(2026, 12, 3, 14);
  check(NEW_YORK, NY_WEDNESDAY_10AM, [
    ['at 8 pm', thursday9am, "tomorrow, Thursday, at 9 a.m., since we're closed at 8 p.m."],
    ['tomorrow at 7', thursday9am, "tomorrow, Thursday, at 9 a.m., since we're closed at 7 a.m."],
    ['tonight', thursday9am, "tomorrow, Thursday, at 9 a.m., since we're closed in the evening"],
    ['this weekend', utc(2026, 12, 7, 14), "on Monday, December 7, at 9 a.m., since we're closed on Saturday"],
  ]);
  check(NEW_YORK, wednesday(16, 45), [['in 30 minutes', thursday9am, "tomorrow, Thursday, at 9 a.m., since we'll be closed then"]]);
  check(NEW_YORK, wednesday(17, 30), [
    ['this afternoon', thursday9am, "tomorrow, Thursday, at 9 a.m., since we're closed for the rest of today"],
    ['later today', thursday9am, "tomorrow, Thursday, at 9 a.m., since we're closed for the rest of today"],
  ]);
  // Friday 18:00: "tomorrow" is a Saturday.
  check(NEW_YORK, utc(2026, 12, 4, 23), [
    ['tomorrow morning', utc(2026, 12, 7, 14), "on Monday, December 7, at 9 a.m., since we're closed tomorrow"],
  ]);
});

test('an evening help desk: "at 8" is 8 p.m., and a morning is read back as closed', () => {
  const evenings = weekdayCalendar('America/New_York', [0, 1, 2, 3, 4, 5, 6], [{ start: '18:00', end: '24:00' }]);
  check(evenings, NY_WEDNESDAY_10AM, [
    ['at 8', utc(2026, 12, 3, 1), 'today at 8 p.m.'],
    ['tomorrow morning', utc(2026, 12, 3, 23), "tomorrow, Thursday, at 6 p.m., since we're closed in the morning"],
    ['this evening', utc(2026, 12, 2, 23), 'today at 6 p.m.'],
  ]);
});

test('London: its own zone and hours (8:30–5:30)', () => {
  const tomorrow830 = utc(2026, 12, 3, 8, 30);
  check(LONDON, LONDON_WEDNESDAY_10AM, [
    ['tomorrow morning', utc(2026, 12, 3, 9), 'tomorrow, Thursday, at 9 a.m.'],
    ['first thing tomorrow', tomorrow830, 'tomorrow, Thursday, at 8:30 a.m.'],
    ['end of the day', utc(2026, 12, 2, 16, 30), 'today at 4:30 p.m.'],
    ['after 3', utc(2026, 12, 2, 15), 'today at 3 p.m.'],
    ['at 6', tomorrow830, "tomorrow, Thursday, at 8:30 a.m., since we're closed at 6 p.m."],
    ['friday', utc(2026, 12, 4, 8, 30), 'on Friday, December 4, at 8:30 a.m.'],
    ['saturday', utc(2026, 12, 7, 8, 30), "on Monday, December 7, at 8:30 a.m., since we're closed on Saturday"],
  ]);
});

test('the week the clocks change: the local time asked for holds across the change', () => {
  // London, Friday 23 October 16:00 BST; the clocks go back on Sunday 25 October.
  check(LONDON, utc(2026, 10, 23, 15), [
    ['monday at 10', utc(2026, 10, 26, 10), 'on Monday, October 26, at 10 a.m.'],
    ['in two hours', utc(2026, 10, 26, 8, 30), "on Monday, October 26, at 8:30 a.m., since we'll be closed then"],
    ['tomorrow', utc(2026, 10, 26, 8, 30), "on Monday, October 26, at 8:30 a.m., since we're closed tomorrow"],
  ]);
  // New York, Friday 30 October 11:00 EDT; the clocks go back on Sunday 1 November.
  check(NEW_YORK, utc(2026, 10, 30, 15), [['monday at 9', utc(2026, 11, 2, 14), 'on Monday, November 2, at 9 a.m.']]);
  // New York, Friday 6 March 11:00 EST; the clocks go forward on Sunday 8 March.
  check(NEW_YORK, utc(2026, 3, 6, 16), [['monday morning', utc(2026, 3, 9, 13), 'on Monday, March 9, at 9 a.m.']]);
  // Always open: 2:30 a.m. does not exist on 8 March in New York; the first instant after the gap is used.
  const always = parseRequestedTime('tomorrow at 2:30 am', utc(2026, 3, 7, 17), CALENDAR_24X7, { timeZone: 'America/New_York' });
  assert.deepEqual(always, { at: utc(2026, 3, 8, 7), readBack: 'tomorrow, Sunday, at 3 a.m.' });
});

test('holidays are closed all day', () => {
  // New York, Wednesday 25 November 11:00; Thursday is Thanksgiving.
  const friday9am = utc(2026, 11, 27, 14);
  check(NEW_YORK, utc(2026, 11, 25, 16), [
    ['tomorrow', friday9am, "on Friday, November 27, at 9 a.m., since we're closed tomorrow"],
    ['thursday at 10', friday9am, "on Friday, November 27, at 9 a.m., since we're closed tomorrow"],
    ['friday', friday9am, 'on Friday, November 27, at 9 a.m.'],
  ]);
  // London, Thursday 24 December 14:00: Christmas Friday, the weekend, then the Monday holiday.
  const tuesday830 = utc(2026, 12, 29, 8, 30);
  check(LONDON, utc(2026, 12, 24, 14), [
    ['tomorrow morning', tuesday830, "on Tuesday, December 29, at 8:30 a.m., since we're closed tomorrow"],
    ['monday', tuesday830, "on Tuesday, December 29, at 8:30 a.m., since we're closed on Monday"],
    ['after 4', utc(2026, 12, 24, 16), 'today at 4 p.m.'],
  ]);
});

test('an always-open calendar keeps the time asked for and reads days in office hours', () => {
  const options = { timeZone: 'Europe/London' };
  const now = LONDON_WEDNESDAY_10AM;
  assert.deepEqual(parseRequestedTime('tomorrow', now, CALENDAR_24X7, options), {
    at: utc(2026, 12, 3, 9),
    readBack: 'tomorrow, Thursday, at 9 a.m.',
  });
  assert.deepEqual(parseRequestedTime('at 8 pm', now, CALENDAR_24X7, options), { at: utc(2026, 12, 2, 20), readBack: 'today at 8 p.m.' });
  assert.deepEqual(parseRequestedTime('saturday', now, CALENDAR_24X7, options), {
    at: utc(2026, 12, 5, 9),
    readBack: 'on Saturday, December 5, at 9 a.m.',
  });
  assert.equal(parseRequestedTime('tomorrow', now, CALENDAR_24X7)?.at, utc(2026, 12, 3, 9), 'UTC when no zone is given');
});

test('nothing said about time: null, so the caller books the next open moment', () => {
  const nothing = [
    '',
    'as soon as possible',
    'ASAP please',
    'whenever you can',
    'right now',
    'any time',
    'my printer is broken',
    'my code is u e one oh four two',
    'UE 10 42',
    'call me on 555 0100',
    'call me at extension 4',
    'I have 3 in the queue',
    'we need it for 2 users',
    "I'm in meetings for 2 hours",
    'the printer on the 2nd floor is jammed',
    'ticket number 10042',
  ];
  for (const said of nothing) assert.equal(parseRequestedTime(said, NY_WEDNESDAY_10AM, NEW_YORK), null, `"${said}"`);
});

test('a finite now is required', () => {
  assert.throws(() => parseRequestedTime('tomorrow', Number.NaN, NEW_YORK), RangeError);
});

test('clock times are read back the way they are said', () => {
  assert.equal(spokenClock(9, 0), '9 a.m.');
  assert.equal(spokenClock(14, 30), '2:30 p.m.');
  assert.equal(spokenClock(12, 0), 'noon');
  assert.equal(spokenClock(12, 5), '12:05 p.m.');
  assert.equal(spokenClock(0, 0), 'midnight');
  assert.equal(spokenClock(0, 15), '12:15 a.m.');
});
