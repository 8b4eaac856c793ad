import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type SlaClockState,
  type SlaTimer,
  applyClockEvent,
  changeClockPolicy,
  clockStatus,
  createSlaClock,
  deadlines,
  fireDue,
  fireTimer,
  nextTimer,
  pauseClock,
  pendingTimers,
  recordFirstResponse,
  remainingMs,
  reopenClock,
  resolveClock,
  resumeClock,
  slaSnapshot,
  startClock,
  warningAt,
} from './clock';
import { DEFAULT_SLA_POLICIES, type SlaPolicy, resolvePolicy } from './policy';
import type { TicketPriority } from '../tickets/codes';

// New York, January 2024 (EST = UTC-5): Fri 5th, Mon 8th. Expected values are in UTC.
const utc = (d: number, h: number, min = 0, s = 0): number => Date.UTC(2024, 0, d, h, min, s);
const MIN = 60_000;
const policy = (p: TicketPriority): SlaPolicy => resolvePolicy(DEFAULT_SLA_POLICIES, [], p);
const FRI_1600 = utc(5, 21);
const started = (p: TicketPriority, at = FRI_1600): SlaClockState => startClock(createSlaClock(policy(p)), at);
const brief = (t: SlaTimer | null) => t && [t.kind, t.target, t.level ?? null, new Date(t.at).toISOString()];

test('a new clock is idle: budgets from the policy, no deadlines, nothing to wake for', () => {
  const clock = createSlaClock(policy('high'));
  assert.equal(clockStatus(clock), 'idle');
  assert.equal(clock.targets.firstResponse.targetMs, 30 * MIN);
  assert.equal(clock.targets.resolution.targetMs, 480 * MIN);
  assert.deepEqual(deadlines(clock), { firstResponse: null, resolution: null });
  assert.equal(nextTimer(clock), null);
  assert.deepEqual(remainingMs(clock, FRI_1600), { firstResponse: 30 * MIN, resolution: 480 * MIN });
});

test('high priority opened Friday 16:00: response due 16:30, resolution Monday 16:00, warnings at 75%', () => {
  const clock = started('high');
  assert.equal(clockStatus(clock), 'running');
  assert.deepEqual(deadlines(clock), { firstResponse: utc(5, 21, 30), resolution: utc(8, 21) });
  assert.deepEqual(warningAt(clock), { firstResponse: utc(5, 21, 22, 30), resolution: utc(8, 19) });
});

test('timers come in order: warning, breach, level 1 at breach, +30 business min, +60 (after the weekend)', () => {
  const clock = started('high');
  assert.deepEqual(pendingTimers(clock).slice(0, 5).map(brief), [
    ['warning', 'firstResponse', null, '2024-01-05T21:22:30.000Z'],
    ['breach', 'firstResponse', null, '2024-01-05T21:30:00.000Z'],
    ['escalate', 'firstResponse', 1, '2024-01-05T21:30:00.000Z'],
    ['escalate', 'firstResponse', 2, '2024-01-05T22:00:00.000Z'],
    ['escalate', 'firstResponse', 3, '2024-01-08T14:30:00.000Z'],
  ]);
  const level2 = pendingTimers(clock)[3];
  assert.equal(level2?.notify, 'supervisor');
});

test("the warning threshold follows the policy's warningPercent", () => {
  const halfway = startClock(createSlaClock({ ...policy('critical'), warningPercent: 40 }), FRI_1600);
  assert.deepEqual(warningAt(halfway), { firstResponse: FRI_1600 + 6 * MIN, resolution: FRI_1600 + 96 * MIN });
});

test('fireDue fires everything due, in order, exactly once', () => {
  const clock = started('high');
  const first = fireDue(clock, utc(5, 21, 30));
  assert.deepEqual(
    first.fired.map((t) => t.kind),
    ['warning', 'breach', 'escalate'],
  );
  assert.equal(first.state.targets.firstResponse.breachedAt, utc(5, 21, 30));
  assert.equal(first.state.targets.firstResponse.warnedAt, utc(5, 21, 22, 30));
  assert.deepEqual(first.state.targets.firstResponse.escalatedLevels, [1]);
  assert.deepEqual(fireDue(first.state, utc(5, 21, 30)).fired, []);
  assert.deepEqual(brief(nextTimer(first.state)), ['escalate', 'firstResponse', 2, '2024-01-05T22:00:00.000Z']);
  assert.equal(fireTimer(first.state, first.fired[1] as SlaTimer), first.state, 're-firing a breach changes nothing');
});

test('waiting on the customer pauses the clock; resuming shifts the deadline by the paused open time', () => {
  const paused = pauseClock(started('high'), utc(5, 21, 10));
  assert.equal(clockStatus(paused), 'paused');
  assert.deepEqual(deadlines(paused), { firstResponse: null, resolution: null });
  assert.equal(nextTimer(paused), null);
  assert.deepEqual(remainingMs(paused, utc(8, 15)), { firstResponse: 20 * MIN, resolution: 470 * MIN });
  const resumed = resumeClock(paused, utc(8, 15));
  assert.deepEqual(deadlines(resumed), { firstResponse: utc(8, 15, 20), resolution: utc(9, 14, 50) });
  assert.equal(resumed.pausedTotalMs, utc(8, 15) - utc(5, 21, 10));
});

test('the first human reply stops the first-response target only', () => {
  const clock = recordFirstResponse(started('high'), utc(5, 21, 12));
  assert.equal(clock.targets.firstResponse.metAt, utc(5, 21, 12));
  assert.equal(clock.targets.firstResponse.consumedMs, 12 * MIN);
  assert.equal(deadlines(clock).firstResponse, null);
  assert.equal(remainingMs(clock, utc(5, 21, 20)).firstResponse, null);
  assert.deepEqual(brief(nextTimer(clock)), ['warning', 'resolution', null, '2024-01-08T19:00:00.000Z']);
  assert.equal(recordFirstResponse(clock, utc(5, 21, 15)), clock, 'idempotent');
});

test('a met first-response target stays stopped through pause, resume and policy changes', () => {
  const answered = recordFirstResponse(started('high'), utc(5, 21, 12));
  const resumed = resumeClock(pauseClock(answered, utc(5, 21, 20)), utc(8, 15));
  const changed = changeClockPolicy(resumed, utc(8, 16), policy('critical'));
  for (const clock of [resumed, changed]) {
    assert.equal(clock.targets.firstResponse.runningSince, null);
    assert.equal(clock.targets.firstResponse.consumedMs, 12 * MIN);
    assert.equal(deadlines(clock).firstResponse, null);
    assert.ok(pendingTimers(clock).every((t) => t.target === 'resolution'));
  }
});

test('a late first response keeps the breach on record and stops further escalation', () => {
  const breached = fireDue(started('high'), utc(5, 21, 45)).state;
  const answered = recordFirstResponse(breached, utc(5, 21, 50));
  assert.equal(answered.targets.firstResponse.breachedAt, utc(5, 21, 30));
  assert.ok(pendingTimers(answered).every((t) => t.target === 'resolution'));
  assert.equal(remainingMs(breached, utc(5, 21, 45)).firstResponse, -15 * MIN);
});

test('raising the priority keeps consumed time and moves onto the new (24x7) calendar', () => {
  const raised = changeClockPolicy(started('high'), utc(5, 21, 10), policy('critical'));
  assert.equal(raised.targets.firstResponse.consumedMs, 10 * MIN);
  assert.equal(raised.targets.firstResponse.targetMs, 15 * MIN);
  assert.equal(deadlines(raised).firstResponse, utc(5, 21, 15));
  assert.equal(deadlines(raised).resolution, utc(5, 21, 10) + 230 * MIN, 'runs through the evening now');
});

test('a change that leaves no budget is due at once, and breaches fire at the change instant', () => {
  const raised = changeClockPolicy(started('high'), utc(5, 21, 20), policy('critical'));
  assert.equal(deadlines(raised).firstResponse, utc(5, 21, 20));
  const { fired } = fireDue(raised, utc(5, 21, 20));
  assert.deepEqual(
    fired.map((t) => [t.kind, t.target]),
    [
      ['warning', 'firstResponse'],
      ['breach', 'firstResponse'],
      ['escalate', 'firstResponse'],
    ],
  );
});

test('lowering the priority after a breach does not fire the breach again', () => {
  const breached = fireDue(started('critical'), utc(5, 21, 16)).state;
  const lowered = changeClockPolicy(breached, utc(5, 21, 20), policy('low'));
  assert.equal(lowered.targets.firstResponse.breachedAt, utc(5, 21, 15));
  assert.ok(!pendingTimers(lowered).some((t) => t.kind === 'breach' && t.target === 'firstResponse'));
  assert.ok(!pendingTimers(lowered).some((t) => t.target === 'firstResponse' && t.level === 1));
});

test('changing policy while paused changes budgets but keeps the clock paused', () => {
  const paused = pauseClock(started('high'), utc(5, 21, 10));
  const changed = changeClockPolicy(paused, utc(5, 22), policy('medium'));
  assert.equal(clockStatus(changed), 'paused');
  assert.deepEqual(remainingMs(changed, utc(6, 0)), { firstResponse: 110 * MIN, resolution: 1430 * MIN });
});

test('resolve stops everything; an unanswered first response counts as answered', () => {
  const paused = pauseClock(started('high'), utc(5, 21, 5));
  const resolved = resolveClock(paused, utc(5, 21, 25));
  assert.equal(clockStatus(resolved), 'stopped');
  assert.equal(resolved.targets.firstResponse.metAt, utc(5, 21, 25));
  assert.equal(resolved.targets.resolution.metAt, utc(5, 21, 25));
  assert.equal(resolved.pausedTotalMs, 20 * MIN);
  assert.equal(nextTimer(resolved), null);
  assert.equal(resolveClock(resolved, utc(5, 22)), resolved, 'idempotent');
});

test('reopen resumes the resolution budget where it stopped; the resolved gap does not count', () => {
  const resolved = resolveClock(recordFirstResponse(started('high'), utc(5, 21, 5)), utc(5, 21, 30));
  const reopened = reopenClock(resolved, utc(8, 15));
  assert.equal(clockStatus(reopened), 'running');
  assert.equal(reopened.targets.firstResponse.metAt, utc(5, 21, 5));
  assert.equal(reopened.targets.resolution.consumedMs, 30 * MIN);
  assert.equal(deadlines(reopened).resolution, utc(9, 14, 30), '7.5 h left from Mon 10:00 → Tue 09:30');
  assert.equal(reopenClock(reopened, utc(8, 16)), reopened, 'not resolved: nothing to reopen');
});

test('events that do not apply are no-ops returning the same state', () => {
  const idle = createSlaClock(policy('low'));
  assert.equal(pauseClock(idle, FRI_1600), idle);
  assert.equal(resumeClock(idle, FRI_1600), idle);
  const running = startClock(idle, FRI_1600);
  assert.equal(startClock(running, FRI_1600 + 1), running);
  assert.equal(resumeClock(running, FRI_1600 + 1), running);
  const paused = pauseClock(running, FRI_1600 + 2);
  assert.equal(pauseClock(paused, FRI_1600 + 3), paused);
});

test('time running backwards never produces negative consumption', () => {
  const clock = pauseClock(started('critical'), FRI_1600 - 5 * MIN);
  assert.equal(clock.targets.firstResponse.consumedMs, 0);
});

test('critical is 24x7: Saturday 03:00 is due 03:15', () => {
  const clock = started('critical', utc(6, 8));
  assert.equal(deadlines(clock).firstResponse, utc(6, 8, 15));
});

test('applyClockEvent dispatches to the same functions', () => {
  const at = FRI_1600 + 7 * MIN;
  const base = started('high');
  assert.deepEqual(applyClockEvent(base, { type: 'pause', at }), pauseClock(base, at));
  assert.deepEqual(applyClockEvent(base, { type: 'firstResponse', at }), recordFirstResponse(base, at));
  assert.deepEqual(applyClockEvent(base, { type: 'changePolicy', at, policy: policy('low') }), changeClockPolicy(base, at, policy('low')));
  assert.deepEqual(applyClockEvent(base, { type: 'resolve', at }), resolveClock(base, at));
  assert.deepEqual(applyClockEvent(createSlaClock(policy('low')), { type: 'start', at }), startClock(createSlaClock(policy('low')), at));
});

test('state survives a JSON round trip (workflow history, continue-as-new) with identical timers', () => {
  const clock = fireDue(started('medium'), utc(5, 23)).state;
  const copy = JSON.parse(JSON.stringify(clock)) as SlaClockState;
  assert.deepEqual(pendingTimers(copy), pendingTimers(clock));
  assert.deepEqual(slaSnapshot(copy, utc(8, 15)), slaSnapshot(clock, utc(8, 15)));
});

test('slaSnapshot reports status, due times, budget left and history per target', () => {
  const snapshot = slaSnapshot(fireDue(started('high'), utc(5, 21, 40)).state, utc(5, 21, 40));
  assert.equal(snapshot.status, 'running');
  assert.deepEqual(snapshot.targets.firstResponse, {
    dueAt: utc(5, 21, 30),
    warningAt: utc(5, 21, 22, 30),
    remainingMs: -10 * MIN,
    metAt: null,
    breachedAt: utc(5, 21, 30),
    escalatedLevels: [1],
  });
});
