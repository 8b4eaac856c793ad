import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Calendar, addBusinessMs, businessMsBetween } from './calendar';
import {
  SLA_TARGETS,
  type SlaClockEvent,
  type SlaClockState,
  applyClockEvent,
  createSlaClock,
  deadlines,
  fireDue,
  nextTimer,
  remainingMs,
  startClock,
} from './clock';
import { DEFAULT_ESCALATION_LEVELS, type SlaPolicy, policyCalendar } from './policy';
import { H, calendar, instant } from '../../tests/support/sla-arbitraries';

/** A policy with random budgets on a random calendar (24x7 included). */
const policyArb: fc.Arbitrary<SlaPolicy> = fc
  .record({
    cal: calendar,
    firstResponseMinutes: fc.integer({ min: 1, max: 600 }),
    resolutionMinutes: fc.integer({ min: 1, max: 3000 }),
    warningPercent: fc.integer({ min: 1, max: 99 }),
  })
  .map(({ cal, ...minutes }) => ({
    priority: 'high',
    ...minutes,
    escalationLevels: DEFAULT_ESCALATION_LEVELS,
    businessHoursOnly: cal !== '24x7',
    ...(cal === '24x7' ? {} : { calendar: cal }),
  }));

const calOf = (state: SlaClockState): Calendar => policyCalendar(state.policy);

test('a pause of length p shifts the deadline by exactly the open time inside p', () => {
  const arb = fc.tuple(
    policyArb,
    instant,
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    fc.integer({ min: 0, max: 21 * 24 * H }),
  );
  fc.assert(
    fc.property(arb, ([policy, start, fraction, pauseMs]) => {
      const running = startClock(createSlaClock(policy), start);
      const cal = calOf(running);
      const before = deadlines(running).resolution ?? Number.NaN;
      const t1 = start + Math.floor((before - start) * fraction);
      const t2 = t1 + pauseMs;
      const after = applyClockEvent(applyClockEvent(running, { type: 'pause', at: t1 }), { type: 'resume', at: t2 });
      assert.equal(deadlines(after).resolution, addBusinessMs(cal, before, businessMsBetween(cal, t1, t2)));
    }),
    { numRuns: 200 },
  );
});

test('a priority change keeps consumed time and meets the new budget exactly', () => {
  const arb = fc.tuple(policyArb, policyArb, instant, fc.integer({ min: 0, max: 14 * 24 * H }), fc.boolean());
  fc.assert(
    fc.property(arb, ([a, b, start, elapsed, sameCalendar]) => {
      const next: SlaPolicy = sameCalendar ? { ...b, businessHoursOnly: a.businessHoursOnly, calendar: a.calendar } : b;
      const running = startClock(createSlaClock(a), start);
      const at = start + elapsed;
      const changed = applyClockEvent(running, { type: 'changePolicy', at, policy: next });
      const used = businessMsBetween(policyCalendar(a), start, at);
      for (const name of SLA_TARGETS) {
        const target = changed.targets[name];
        assert.equal(target.consumedMs, used);
        assert.equal(target.targetMs, (name === 'firstResponse' ? next.firstResponseMinutes : next.resolutionMinutes) * 60_000);
        const due = deadlines(changed)[name] ?? Number.NaN;
        if (target.targetMs <= used) assert.equal(due, at, 'already overdue: due now');
        else if (sameCalendar) assert.equal(businessMsBetween(policyCalendar(a), start, due), target.targetMs);
        else assert.equal(businessMsBetween(policyCalendar(next), at, due), target.targetMs - used);
      }
    }),
    { numRuns: 200 },
  );
});

// ---------------------------------------------------------------- model-based run

type Step = { advance: number; event: SlaClockEvent['type']; policyIndex: number };
const stepArb: fc.Arbitrary<Step> = fc.record({
  advance: fc.oneof(fc.integer({ min: 0, max: 90 * 60_000 }), fc.integer({ min: 0, max: 4 * 24 * H })),
  event: fc.constantFrom('pause', 'resume', 'changePolicy', 'firstResponse', 'resolve', 'reopen'),
  policyIndex: fc.nat(),
});

/** The reference: open time summed over the segments each target actually ran. */
interface ModelTarget {
  used: number;
  since: number | null;
  met: boolean;
}

function modelApply(model: Record<string, ModelTarget>, state: SlaClockState, event: SlaClockEvent): void {
  const cal = calOf(state);
  const stop = (m: ModelTarget): void => {
    if (m.since !== null) m.used += Math.max(0, businessMsBetween(cal, m.since, event.at));
    m.since = null;
  };
  const paused = state.pausedAt !== null;
  const resolved = state.resolvedAt !== null;
  for (const name of SLA_TARGETS) {
    const m = model[name] as ModelTarget;
    const first = name === 'firstResponse';
    if (event.type === 'pause' && !resolved) stop(m);
    if (event.type === 'resume' && paused && !resolved && !m.met) m.since = event.at;
    if (event.type === 'changePolicy' && m.since !== null) {
      stop(m);
      m.since = event.at;
    }
    if (event.type === 'firstResponse' && first && !m.met) {
      stop(m);
      m.met = true;
    }
    if (event.type === 'resolve' && !resolved) {
      stop(m);
      m.met = true;
    }
    if (event.type === 'reopen' && resolved && !first) {
      m.met = false;
      m.since = event.at;
    }
  }
}

test('random ticket histories: budgets match a reference model and no timer ever fires twice', () => {
  const arb = fc.tuple(fc.array(policyArb, { minLength: 1, maxLength: 3 }), instant, fc.array(stepArb, { maxLength: 25 }));
  fc.assert(
    fc.property(arb, ([policies, start, steps]) => {
      let state = startClock(createSlaClock(policies[0] as SlaPolicy), start);
      const model: Record<string, ModelTarget> = {
        firstResponse: { used: 0, since: start, met: false },
        resolution: { used: 0, since: start, met: false },
      };
      const seen = new Set<string>();
      let now = start;
      for (const step of steps) {
        now += step.advance;
        const due = fireDue(state, now);
        for (const timer of due.fired) {
          const key = `${timer.kind}/${timer.target}/${timer.level ?? ''}`;
          assert.ok(!seen.has(key), `fired twice: ${key}`);
          assert.ok(timer.at <= now);
          seen.add(key);
        }
        state = due.state;
        const next = nextTimer(state);
        assert.ok(next === null || next.at > now, 'nothing due is left behind');
        const policy = policies[step.policyIndex % policies.length] as SlaPolicy;
        const event = { type: step.event, at: now, policy } as SlaClockEvent;
        modelApply(model, state, event);
        state = applyClockEvent(state, event);
        const left = remainingMs(state, now);
        for (const name of SLA_TARGETS) {
          const m = model[name] as ModelTarget;
          const running = m.since === null ? 0 : businessMsBetween(calOf(state), m.since, now);
          const expected = m.met ? null : state.targets[name].targetMs - m.used - running;
          assert.equal(left[name], expected, `${name} after ${event.type}`);
          assert.equal(deadlines(state)[name] === null, m.since === null, `${name} runs exactly when the model does`);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test('while a target runs, the budget left equals the open time until its deadline', () => {
  fc.assert(
    fc.property(policyArb, instant, fc.integer({ min: 0, max: 10 * 24 * H }), (policy, start, elapsed) => {
      const state = startClock(createSlaClock(policy), start);
      const now = start + elapsed;
      const left = remainingMs(state, now).resolution ?? Number.NaN;
      const due = deadlines(state).resolution ?? Number.NaN;
      if (left >= 0) assert.equal(businessMsBetween(calOf(state), now, due), left);
      else assert.ok(due <= now);
    }),
    { numRuns: 200 },
  );
});
