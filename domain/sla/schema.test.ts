import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SLA_POLICIES } from './policy';
import { ZBusinessCalendar, ZCalendar, ZSlaPolicy } from './schemas';

const week = (windows: Array<{ start: string; end: string }>) => ({ 1: windows, 2: windows, 3: windows, 4: windows, 5: windows });
const calendarJson = (overrides: Record<string, unknown> = {}) => ({
  timezone: 'America/New_York',
  weekly: week([{ start: '09:00', end: '17:00' }]),
  holidays: ['2024-12-25'],
  ...overrides,
});

function rejects(input: unknown, fragment: string): void {
  const result = ZBusinessCalendar.safeParse(input);
  assert.equal(result.success, false, `expected rejection (${fragment})`);
  const messages = result.error?.issues.map((i) => i.message).join(' | ') ?? '';
  assert.match(messages, new RegExp(fragment));
}

test('a calendar stored as JSON parses, and missing weekdays default to closed', () => {
  const parsed = ZBusinessCalendar.parse(JSON.parse(JSON.stringify(calendarJson())));
  assert.deepEqual(parsed.weekly[0], []);
  assert.deepEqual(parsed.weekly[6], []);
  assert.deepEqual(parsed.weekly[3], [{ start: '09:00', end: '17:00' }]);
  assert.deepEqual(parsed.holidays, ['2024-12-25']);
  assert.deepEqual(ZBusinessCalendar.parse({ timezone: 'Asia/Kolkata', weekly: week([{ start: '09:00', end: '18:00' }]) }).holidays, []);
});

test("'24:00' is accepted as an end, and touching windows are not an overlap", () => {
  const input = calendarJson({
    weekly: {
      1: [{ start: '22:00', end: '24:00' }],
      2: [
        { start: '00:00', end: '06:00' },
        { start: '06:00', end: '08:00' },
      ],
    },
  });
  assert.equal(ZBusinessCalendar.safeParse(input).success, true);
});

test('windows crossing midnight (end not after start) are rejected', () => {
  rejects(calendarJson({ weekly: { 1: [{ start: '22:00', end: '06:00' }] } }), 'two windows');
  rejects(calendarJson({ weekly: { 1: [{ start: '09:00', end: '09:00' }] } }), 'end must be after start');
});

test('malformed times, overlaps, unknown zones, impossible holidays and empty weeks are rejected', () => {
  rejects(calendarJson({ weekly: { 1: [{ start: '9:00', end: '17:00' }] } }), 'HH:MM');
  rejects(calendarJson({ weekly: { 1: [{ start: '24:00', end: '24:00' }] } }), 'HH:MM');
  rejects(calendarJson({ weekly: { 1: [{ start: '09:00', end: '25:00' }] } }), 'HH:MM or 24:00');
  rejects(calendarJson({ weekly: { 1: [{ start: '09:00', end: '12:60' }] } }), 'HH:MM or 24:00');
  rejects(
    calendarJson({
      weekly: {
        1: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:30' },
        ],
      },
    }),
    'overlap',
  );
  rejects(calendarJson({ timezone: 'Mars/Olympus_Mons' }), 'time zone');
  rejects(calendarJson({ timezone: '' }), 'time zone');
  rejects(calendarJson({ holidays: ['2024-02-30'] }), 'real YYYY-MM-DD');
  rejects(calendarJson({ holidays: ['25/12/2024'] }), 'real YYYY-MM-DD');
  rejects(calendarJson({ weekly: {} }), 'at least one open window');
});

test("ZCalendar accepts '24x7' or a business calendar, nothing else", () => {
  assert.equal(ZCalendar.parse('24x7'), '24x7');
  assert.equal(ZCalendar.safeParse(calendarJson()).success, true);
  assert.equal(ZCalendar.safeParse('24x5').success, false);
});

test('the default policies are valid against their own schema', () => {
  for (const policy of DEFAULT_SLA_POLICIES) {
    assert.deepEqual(ZSlaPolicy.parse(JSON.parse(JSON.stringify(policy))), policy);
  }
});

test('policy schema rejects out-of-range numbers and duplicate escalation levels', () => {
  const base = JSON.parse(JSON.stringify(DEFAULT_SLA_POLICIES[1])) as Record<string, unknown>;
  const bad = (patch: Record<string, unknown>) => ZSlaPolicy.safeParse({ ...base, ...patch }).success;
  assert.equal(bad({}), true);
  assert.equal(bad({ priority: 'urgent' }), false);
  assert.equal(bad({ firstResponseMinutes: 0 }), false);
  assert.equal(bad({ resolutionMinutes: 1.5 }), false);
  assert.equal(bad({ warningPercent: 100 }), false);
  assert.equal(bad({ warningPercent: 0 }), false);
  assert.equal(
    bad({
      escalationLevels: [
        { level: 1, notify: 'assignee', afterBreachMinutes: 0 },
        { level: 1, notify: 'on_call', afterBreachMinutes: 5 },
      ],
    }),
    false,
  );
  assert.equal(bad({ escalationLevels: [{ level: 1, notify: 'ceo', afterBreachMinutes: 0 }] }), false);
  assert.equal(bad({ escalationLevels: [{ level: 1, notify: 'on_call', afterBreachMinutes: -1 }] }), false);
  assert.equal(bad({ calendar: { timezone: 'Nowhere/Land', weekly: {} } }), false);
});
