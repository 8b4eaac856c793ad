import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SlaTimerKind } from '../../domain/sla/clock';
import { analyseTimers } from './analysis';
import { dueTimers, timerKey } from './deadlines';
import type { TimerSample } from './protocol';
import { benchTerms } from './terms';

const MINUTE = 60_000;
const T0 = 1_000_000_000_000;

/** A sample whose writes were done `lateMs` after `deadline`, with the wake-up, queue and writes split 60/10/30 %. */
function sample(ticketId: number, kind: SlaTimerKind, deadline: number, lateMs: number, attempt = 1): TimerSample {
  const scheduled = deadline + (lateMs * 6) / 10;
  return {
    ticketId,
    kind,
    level: kind === 'escalate' ? 1 : 0,
    deadline,
    firstScheduledAt: scheduled,
    attemptScheduledAt: scheduled,
    startedAt: scheduled + lateMs / 10,
    doneAt: deadline + lateMs,
    attempt,
  };
}

test("deadlines follow each ticket's creation and its organisation's target for its priority", () => {
  const terms = benchTerms({ from: 9, to: 32 });
  assert.equal(terms.slots.length, 24);
  assert.equal(terms.orgCount, 6);
  const orgIds = [101, 102, 103, 104, 105, 106];
  // Slot 5 is the second organisation's 'high' terms: 9 + 5 = 14 min.
  const due = dueTimers([{ id: 7, org: 102, priority: 'high', created: new Date(T0) }], terms, orgIds);
  assert.equal(due.get(timerKey(7, 'warning', 0)), T0 + 7 * MINUTE);
  assert.equal(due.get(timerKey(7, 'breach', 0)), T0 + 14 * MINUTE);
  assert.equal(due.get(timerKey(7, 'escalate', 1)), T0 + 14 * MINUTE);
  assert.equal(due.size, 3);
});

test('lateness counts each timer once, from its first side effect; retries, duplicates and wrong deadlines are counted', () => {
  const due = new Map([
    [timerKey(1, 'warning', 0), T0],
    [timerKey(1, 'breach', 0), T0 + MINUTE],
    [timerKey(1, 'escalate', 1), T0 + MINUTE],
  ]);
  const samples = [
    sample(1, 'warning', T0, 100),
    sample(1, 'breach', T0 + MINUTE, 300, 2),
    sample(1, 'escalate', T0 + MINUTE, 500),
    sample(1, 'escalate', T0 + MINUTE, 900), // the same escalation observed twice
  ];
  const result = analyseTimers(samples, due, { startBegan: T0 - MINUTE, startEnded: T0 - 1000, waitEnded: T0 + 2 * MINUTE });
  assert.equal(result.fired.length, 3);
  assert.equal(result.duplicates, 1);
  assert.equal(result.retried, 1);
  assert.equal(result.deadlineMismatches, 0);
  assert.equal(result.missing, 0);
  assert.deepEqual(
    result.byKind.map((k) => [k.kind, k.max]),
    [
      ['warning', '100'],
      ['breach', '300'],
      ['escalate', '500'],
    ],
  );
  assert.equal(result.all.max, '500');
  assert.equal(result.afterStarts.n, 3);
  assert.equal(result.duringStarts.n, 0);
  assert.deepEqual(
    result.byMinute.map((m) => [m.minute, m.stats.n]),
    [
      [1, 1],
      [2, 2],
    ],
  );
  // The breakdown is of wake-ups: warnings and breaches, not the escalation recorded beside its breach.
  assert.equal(result.breakdown.wake.n, 2);
  assert.equal(result.breakdown.wake.max, 180);
  assert.equal(result.breakdown.exec.max, 90);
});

test('a timer that never fired counts as at least (end of wait − deadline), and the goal cannot be met on a lower bound', () => {
  const due = new Map([
    [timerKey(1, 'warning', 0), T0],
    [timerKey(2, 'warning', 0), T0],
    [timerKey(3, 'warning', 0), T0 + 10 * MINUTE], // due after the wait: not counted
  ]);
  const result = analyseTimers([sample(1, 'warning', T0 + 5, 50)], due, { startBegan: T0, startEnded: T0 + 1, waitEnded: T0 + 5000 });
  assert.equal(result.entries.length, 2);
  assert.equal(result.missing, 1);
  assert.equal(result.deadlineMismatches, 1, 'the sample carried a deadline 5 ms off the recomputed one');
  assert.equal(result.all.max, '≥ 5000');
  assert.equal(result.all.lowerBound, true);
  assert.equal(result.all.fired, 1);
});
