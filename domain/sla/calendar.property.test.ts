import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type BusinessCalendar, type Weekday, addBusinessMs, businessMsBetween, isOpen, nextOpen } from './calendar';
import { businessCalendar, calendar, durationFor, instant } from '../../tests/support/sla-arbitraries';

const RUNS = { numRuns: 300 };

/** calendar + start + duration, with the duration scaled to how open the calendar is. */
const scenario = calendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal)));

test('addBusinessMs then businessMsBetween round-trips exactly', () => {
  fc.assert(
    fc.property(scenario, ([cal, start, d]) => {
      assert.equal(businessMsBetween(cal, start, addBusinessMs(cal, start, d)), d);
    }),
    RUNS,
  );
});

test('a deadline is never inside closed hours: open time runs right up to it', () => {
  fc.assert(
    fc.property(scenario, ([cal, start, d]) => {
      const due = addBusinessMs(cal, start, d);
      if (d === 0) assert.equal(due, start);
      else {
        assert.ok(due > start);
        assert.ok(isOpen(cal, due - 1), 'the last millisecond before the deadline is open');
      }
    }),
    RUNS,
  );
});

test('addBusinessMs is strictly increasing in the duration', () => {
  const arb = calendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal), durationFor(cal)));
  fc.assert(
    fc.property(arb, ([cal, start, a, b]) => {
      const [short, long] = a <= b ? [a, b] : [b, a];
      const early = addBusinessMs(cal, start, short);
      const late = addBusinessMs(cal, start, long);
      if (short === long) assert.equal(early, late);
      else assert.ok(early < late);
    }),
    RUNS,
  );
});

test('durations compose: add(add(s, a), b) = add(s, a + b)', () => {
  const arb = calendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal), durationFor(cal)));
  fc.assert(
    fc.property(arb, ([cal, start, a, b]) => {
      assert.equal(addBusinessMs(cal, addBusinessMs(cal, start, a), b), addBusinessMs(cal, start, a + b));
    }),
    RUNS,
  );
});

test('businessMsBetween is additive, antisymmetric and never more than wall time', () => {
  const arb = calendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal), durationFor(cal)));
  fc.assert(
    fc.property(arb, ([cal, a, d1, d2]) => {
      const b = a + d1;
      const c = b + d2;
      const ab = businessMsBetween(cal, a, b);
      assert.equal(ab + businessMsBetween(cal, b, c), businessMsBetween(cal, a, c));
      assert.equal(businessMsBetween(cal, b, a) + ab, 0);
      assert.ok(ab >= 0 && ab <= b - a);
    }),
    RUNS,
  );
});

test('nextOpen is open, not earlier than t, and skips only closed time', () => {
  fc.assert(
    fc.property(calendar, instant, (cal, t) => {
      const next = nextOpen(cal, t);
      assert.ok(next >= t);
      assert.ok(isOpen(cal, next));
      assert.equal(businessMsBetween(cal, t, next), 0);
      assert.equal(next === t, isOpen(cal, t));
    }),
    RUNS,
  );
});

test('isOpen agrees with businessMsBetween over the next millisecond', () => {
  fc.assert(
    fc.property(calendar, instant, (cal, t) => {
      assert.equal(isOpen(cal, t), businessMsBetween(cal, t, t + 1) === 1);
    }),
    RUNS,
  );
});

// ---------------------------------------------------------------- independent oracle

/** The wall-clock fields at t, read with a formatter of the test's own. */
function wallFields(zone: string, t: number): { date: string; ms: number; asUtc: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(t);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const date = `${get('year')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
  const subSecond = ((t % 1000) + 1000) % 1000;
  const ms = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + subSecond;
  return { date, ms, asUtc: Date.parse(`${date}T00:00:00Z`) + ms };
}

/** Open by the plain meaning of the table: today's local weekday, the local time of day, no holiday. */
function oracleIsOpen(cal: BusinessCalendar, t: number): boolean {
  const { date, ms } = wallFields(cal.timezone, t);
  if (cal.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;
  const minutes = (hhmm: string): number => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * 60_000;
  return cal.weekly[weekday].some((w) => minutes(w.start) <= ms && ms < minutes(w.end));
}

/** Within three hours after a fall-back the wall clock repeats itself; the oracle sees both
 * occurrences while our documented rule uses the earlier one, so such instants are skipped. */
function justAfterFallBack(zone: string, t: number): boolean {
  const offset = (x: number): number => wallFields(zone, x).asUtc - x;
  return offset(t - 3 * 3_600_000) > offset(t);
}

test('isOpen matches a brute-force reading of the local wall clock', () => {
  fc.assert(
    fc.property(businessCalendar, instant, (cal, t) => {
      fc.pre(!justAfterFallBack(cal.timezone, t));
      assert.equal(isOpen(cal, t), oracleIsOpen(cal, t));
    }),
    { numRuns: 1000 },
  );
});
