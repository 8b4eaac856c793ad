import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayEndedBefore, daysBetween, hoursEndedBefore, hoursOf, monthBounds, parseDay } from './periods';

test('a scheduled slot rolls up the hours that ended before it, across midnight', () => {
  assert.deepEqual(hoursEndedBefore(Date.parse('2026-03-10T00:05:00Z')), ['2026-03-09T23:00:00.000Z', '2026-03-09T22:00:00.000Z']);
  // A slot that runs late still names the hours of its own slot, never the one under way.
  assert.deepEqual(hoursEndedBefore(Date.parse('2026-03-10T14:59:59.999Z'), 1), ['2026-03-10T13:00:00.000Z']);
  assert.equal(dayEndedBefore(Date.parse('2026-03-01T00:20:00Z')), '2026-02-28');
  assert.equal(dayEndedBefore(Date.parse('2028-03-01T00:20:00Z')), '2028-02-29');
});

test('months have their real last day', () => {
  assert.deepEqual(monthBounds('2028-02'), {
    first: '2028-02-01',
    last: '2028-02-29',
    start: Date.UTC(2028, 1, 1),
    end: Date.UTC(2028, 2, 1),
  });
  assert.equal(monthBounds('2026-12').last, '2026-12-31');
  assert.equal(monthBounds('2026-12').end, Date.UTC(2027, 0, 1));
});

test('days are calendar days, and ranges include both ends', () => {
  assert.throws(() => parseDay('2026-02-30'), RangeError);
  assert.throws(() => parseDay('2026-3-1'), RangeError);
  assert.deepEqual(daysBetween('2026-02-27', '2026-03-02'), ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  assert.deepEqual(daysBetween('2026-03-02', '2026-03-01'), []);
  assert.equal(hoursOf('2026-03-10').length, 24);
  assert.equal(hoursOf('2026-03-10')[23], '2026-03-10T23:00:00.000Z');
});
