import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CALENDAR_24X7, isOpen } from '../sla/calendar';
import { localParts } from '../sla/zone';
import { parseRequestedTime } from './requested-time';
import { spokenClock } from './time-read-back';
import { calendar, instant } from '../../tests/support/sla-arbitraries';
import { timelessPhrase, timePhrase } from '../../tests/support/spoken-time-arbitraries';

const RUNS = { numRuns: 400 };

test('whatever is said, whenever, for any calendar: never before now, always inside business hours', () => {
  fc.assert(
    fc.property(calendar, instant, timePhrase, (cal, now, said) => {
      const result = parseRequestedTime(said, now, cal);
      if (result === null) return;
      assert.ok(result.at >= now, `"${said}" gave ${new Date(result.at).toISOString()}, before now ${new Date(now).toISOString()}`);
      assert.ok(isOpen(cal, result.at), `"${said}" gave ${new Date(result.at).toISOString()}, which is closed`);
    }),
    RUNS,
  );
});

test('every generated time phrase is understood, except a date that does not exist', () => {
  fc.assert(
    fc.property(calendar, instant, timePhrase, (cal, now, said) => {
      const result = parseRequestedTime(said, now, cal);
      assert.ok(result !== null || said.includes('february 29'), `"${said}" was not understood`);
    }),
    RUNS,
  );
});

test('the read-back says the local clock time of the instant it returns', () => {
  fc.assert(
    fc.property(calendar, instant, timePhrase, (cal, now, said) => {
      const result = parseRequestedTime(said, now, cal);
      if (result === null) return;
      const { hour, minute } = localParts(cal === CALENDAR_24X7 ? 'UTC' : cal.timezone, result.at);
      assert.ok(result.readBack.includes(`at ${spokenClock(hour, minute)}`), `"${result.readBack}" for ${hour}:${minute}`);
    }),
    RUNS,
  );
});

test('talk that names no time, codes and phone numbers included, gives null', () => {
  fc.assert(
    fc.property(calendar, instant, timelessPhrase, (cal, now, said) => {
      assert.equal(parseRequestedTime(said, now, cal), null, `"${said}"`);
    }),
    RUNS,
  );
});
