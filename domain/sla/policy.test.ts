import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addBusinessMs } from './calendar';
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_SLA_POLICIES, type SlaPolicy, policyCalendar, policyTargetsMs, resolvePolicy } from './policy';
import { TICKET_PRIORITIES } from '../tickets/codes';

const H = 3_600_000;
const byPriority = (p: SlaPolicy['priority']): SlaPolicy => resolvePolicy(DEFAULT_SLA_POLICIES, [], p);

test('default targets: critical 15 min / 4 h 24x7, high 30 min / 8 h, medium 2 h / 24 h, low 8 h / 40 h', () => {
  const rows = TICKET_PRIORITIES.map((p) => {
    const policy = byPriority(p);
    return [p, policy.firstResponseMinutes, policy.resolutionMinutes, policy.businessHoursOnly];
  });
  assert.deepEqual(rows, [
    ['low', 480, 2400, true],
    ['medium', 120, 1440, true],
    ['high', 30, 480, true],
    ['critical', 15, 240, false],
  ]);
});

test('defaults warn at 75% and escalate assignee → supervisor (+30) → account manager (+60)', () => {
  for (const policy of DEFAULT_SLA_POLICIES) {
    assert.equal(policy.warningPercent, 75);
    assert.deepEqual(
      policy.escalationLevels.map((l) => [l.level, l.notify, l.afterBreachMinutes]),
      [
        [1, 'assignee', 0],
        [2, 'supervisor', 30],
        [3, 'account_manager', 60],
      ],
    );
  }
});

test('the default business calendar is Mon–Fri 09:00–17:00 New York', () => {
  assert.equal(DEFAULT_BUSINESS_CALENDAR.timezone, 'America/New_York');
  for (const day of [1, 2, 3, 4, 5] as const) assert.deepEqual(DEFAULT_BUSINESS_CALENDAR.weekly[day], [{ start: '09:00', end: '17:00' }]);
  assert.deepEqual(DEFAULT_BUSINESS_CALENDAR.weekly[0], []);
  assert.deepEqual(DEFAULT_BUSINESS_CALENDAR.weekly[6], []);
});

test("an organisation's terms win over the defaults, priority by priority", () => {
  const orgHigh: SlaPolicy = { ...byPriority('high'), firstResponseMinutes: 10 };
  assert.equal(resolvePolicy(DEFAULT_SLA_POLICIES, [orgHigh], 'high'), orgHigh);
  assert.equal(resolvePolicy(DEFAULT_SLA_POLICIES, [orgHigh], 'low'), byPriority('low'));
});

test('resolvePolicy reports a priority nobody covers', () => {
  assert.throws(() => resolvePolicy([], [], 'medium'), /no SLA policy for priority 'medium'/);
});

test('policyCalendar: 24x7 unless business hours only; a missing calendar falls back to the default', () => {
  assert.equal(policyCalendar(byPriority('critical')), '24x7');
  assert.equal(policyCalendar(byPriority('high')), DEFAULT_BUSINESS_CALENDAR);
  const { calendar: _dropped, ...withoutCalendar } = byPriority('low');
  assert.equal(policyCalendar(withoutCalendar), DEFAULT_BUSINESS_CALENDAR);
  const custom = { ...DEFAULT_BUSINESS_CALENDAR, timezone: 'Europe/London' };
  assert.equal(policyCalendar({ ...byPriority('low'), calendar: custom }), custom);
  assert.equal(policyCalendar({ ...byPriority('low'), calendar: custom, businessHoursOnly: false }), '24x7');
});

test('a medium ticket opened Monday 09:00 New York is due Wednesday 17:00 (3 business days)', () => {
  const policy = byPriority('medium');
  const monday9 = Date.UTC(2024, 0, 8, 14);
  assert.equal(policyTargetsMs(policy).resolution, 24 * H);
  assert.equal(addBusinessMs(policyCalendar(policy), monday9, policyTargetsMs(policy).resolution), Date.UTC(2024, 0, 10, 22));
});
