import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPayloadConverter } from '@temporalio/common';
import type proto from '@temporalio/proto';
import type { SlaTimer } from '../../domain/sla/clock';
import { DEFAULT_SLA_POLICIES, resolvePolicy } from '../../domain/sla/policy';
import { slaTimerSummary } from '../../domain/tickets/notices';
import { auditTicketSlaTimers, readTicketHistory, totalSlaAudits, type RecordedChange, type SlaExpectation } from './sla-timers';

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

const MINUTE = 60_000;
/** A fixed instant: nothing here reads the clock. */
const CREATED = Date.UTC(2026, 0, 14, 15, 0, 0);
const ZONE = 'UTC';
/** Critical: 15 min / 4 h around the clock, warning at 75 %, escalations at breach, +30 and +60 min. */
const expectation: SlaExpectation = {
  ticketId: 7,
  createdAt: CREATED,
  timeZone: ZONE,
  policyFor: (priority) => resolvePolicy(DEFAULT_SLA_POLICIES, [], priority),
};
const FIRST_WARNING: SlaTimer = { at: CREATED + 11.25 * MINUTE, kind: 'warning', target: 'firstResponse' };
const FIRST_BREACH: SlaTimer = { at: CREATED + 15 * MINUTE, kind: 'breach', target: 'firstResponse' };
const rightRow = { firstResponseDueAt: CREATED + 15 * MINUTE, resolutionDueAt: CREATED + 240 * MINUTE };
const early = { checkedAt: CREATED + 2 * MINUTE, firingGraceMs: MINUTE };

const time = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 });

/** Builds a run's history the way Temporal records it: tasks, projections, timers started, fired or cancelled. */
class FakeHistory {
  readonly events: HistoryEvent[] = [];
  private lastTaskCompleted = 0;
  private timers = 0;

  /** Plain numbers where the protobuf types say Long: the reader takes either, as the client may hand both. */
  private add(event: Record<string, unknown>): number {
    const eventId = this.events.length + 1;
    this.events.push({ eventId, ...event } as unknown as HistoryEvent);
    return eventId;
  }

  /** One workflow task, begun at `at` (the workflow's Date.now() in it). */
  task(at: number): this {
    const scheduledEventId = this.add({ eventTime: time(at), workflowTaskScheduledEventAttributes: {} });
    const startedEventId = this.add({ eventTime: time(at), workflowTaskStartedEventAttributes: { scheduledEventId } });
    this.lastTaskCompleted = this.add({
      eventTime: time(at + 40),
      workflowTaskCompletedEventAttributes: { scheduledEventId, startedEventId },
    });
    return this;
  }

  project(change: Partial<RecordedChange> & { seq: number }, at = CREATED): this {
    const full: RecordedChange = { at, row: { status: 'open', priority: 'critical' }, effects: [], ...change };
    this.add({
      activityTaskScheduledEventAttributes: {
        activityType: { name: 'recordTicketChange' },
        input: { payloads: [defaultPayloadConverter.toPayload(full)] },
        workflowTaskCompletedEventId: this.lastTaskCompleted,
      },
    });
    return this;
  }

  /** A timer for `timer`'s deadline, started in the last task (begun at `taskAt`); returns its id. */
  sleepUntil(timer: SlaTimer, taskAt: number, firesAt = timer.at): string {
    this.timers += 1;
    const timerId = String(this.timers);
    this.add({
      userMetadata: { summary: defaultPayloadConverter.toPayload(slaTimerSummary(timer, ZONE)) },
      timerStartedEventAttributes: {
        timerId,
        startToFireTimeout: time(firesAt - taskAt),
        workflowTaskCompletedEventId: this.lastTaskCompleted,
      },
    });
    return timerId;
  }

  fire(timerId: string): this {
    this.add({ timerFiredEventAttributes: { timerId } });
    return this;
  }

  cancel(timerId: string): this {
    this.add({ timerCanceledEventAttributes: { timerId } });
    return this;
  }
}

/** A ticket opened at CREATED, asleep until its first deadline (the first-response warning). */
function openedTicket(): FakeHistory {
  const history = new FakeHistory().task(CREATED).project({ seq: 1 });
  history.task(CREATED + 90).sleepUntil(FIRST_WARNING, CREATED + 90);
  return history;
}

const audit = (history: FakeHistory, row = rightRow, options = early) =>
  auditTicketSlaTimers(expectation, readTicketHistory(history.events), row, options);

test('an open ticket asleep until its first deadline, with the deadlines on its row, passes', () => {
  const result = audit(openedTicket());
  assert.deepEqual(result.problems, []);
  assert.equal(result.expectedArmed, 1);
  assert.equal(result.armed, 1);
  assert.equal(result.doubled + result.lost + result.wrongDeadline, 0);
  assert.equal(result.rowDeadlinesRight, true);
});

test('a wake-up by a command cancels the timer and arms it again: still one, not doubled', () => {
  const history = openedTicket();
  history
    .cancel('1')
    .task(CREATED + 5 * MINUTE)
    .project({ seq: 2, effects: [{ type: 'assigned' }] });
  history.sleepUntil(FIRST_WARNING, CREATED + 5 * MINUTE);
  const result = audit(history, rightRow, { checkedAt: CREATED + 6 * MINUTE, firingGraceMs: MINUTE });
  assert.deepEqual(result.problems, []);
  assert.equal(result.armed, 1);
});

test('a second timer for the same deadline is counted as doubled', () => {
  const history = openedTicket();
  history.task(CREATED + 3 * MINUTE).sleepUntil(FIRST_WARNING, CREATED + 3 * MINUTE);
  const result = audit(history);
  assert.equal(result.doubled, 1);
  assert.equal(result.lost, 0);
  assert.match(result.problems.join(), /2 timers open/);
});

test('a ticket with no timer left for its next deadline is counted as lost', () => {
  const history = openedTicket();
  history.cancel('1');
  const result = audit(history);
  assert.equal(result.lost, 1);
  assert.equal(result.armed, 0);
  assert.match(result.problems.join(), /first-response warning due Wed 15:11 UTC/);
});

test('a timer armed for the wrong instant is not counted as armed', () => {
  const history = new FakeHistory().task(CREATED).project({ seq: 1 });
  history.task(CREATED + 90).sleepUntil(FIRST_WARNING, CREATED + 90, FIRST_WARNING.at + 30_000);
  const result = audit(history);
  assert.equal(result.armed, 0);
  assert.equal(result.wrongDeadline, 1);
});

test('a passed deadline must have fired once: twice is doubled, never is lost', () => {
  const late = { checkedAt: CREATED + 20 * MINUTE, firingGraceMs: MINUTE };
  const fired = new FakeHistory().task(CREATED).project({ seq: 1 });
  fired.task(CREATED + 90);
  fired
    .fire(fired.sleepUntil(FIRST_WARNING, CREATED + 90))
    .task(FIRST_WARNING.at)
    .project({ seq: 2, slaTimer: FIRST_WARNING });
  // Breach and level-1 escalation are due together; here the breach is projected twice.
  fired.fire(fired.sleepUntil(FIRST_BREACH, FIRST_WARNING.at)).task(FIRST_BREACH.at);
  fired.project({ seq: 3, slaTimer: FIRST_BREACH }).project({ seq: 4, slaTimer: FIRST_BREACH });
  const next: SlaTimer = { at: CREATED + 45 * MINUTE, kind: 'escalate', target: 'firstResponse', level: 2, notify: 'supervisor' };
  fired.sleepUntil(next, FIRST_BREACH.at);

  const result = audit(fired, rightRow, late);
  assert.equal(result.dueExpected, 3, 'warning, breach and level-1 escalation had passed');
  assert.equal(result.doubled, 1);
  assert.equal(result.lost, 1, 'the level-1 escalation never fired');
  assert.equal(result.fired, 2);
  assert.match(result.problems.join(' | '), /firstResponse breach fired 2 times/);
  assert.match(result.problems.join(' | '), /firstResponse escalate 1 due .* never fired/);
  assert.equal(result.armed, 1, 'the workflow sleeps until the level-2 escalation, the next deadline to come');
});

test("a row whose deadlines are not the policy's fails", () => {
  const result = audit(openedTicket(), { ...rightRow, resolutionDueAt: rightRow.resolutionDueAt + MINUTE });
  assert.equal(result.rowDeadlinesRight, false);
  assert.equal(totalSlaAudits([result]).failing.length, 1);
});

test('a ticket whose clock a command moved is left out, and said so', () => {
  const history = openedTicket();
  history.task(CREATED + MINUTE).project({ seq: 2, row: { status: 'open', priority: 'high' }, effects: [{ type: 'priorityChanged' }] });
  const result = audit(history);
  assert.match(result.notAudited ?? '', /change 2 moved the SLA clock/);
  const totals = totalSlaAudits([result, audit(openedTicket())]);
  assert.equal(totals.notAudited, 1);
  assert.equal(totals.expectedArmed, 1);
  assert.equal(totals.failing.length, 1, 'an unaudited ticket is not a silent pass');
});

test('a run continued as new is left out: the deadlines its earlier runs fired are not in its history', () => {
  const history = new FakeHistory().task(CREATED + 60 * MINUTE).project({ seq: 41 }, CREATED + 60 * MINUTE);
  assert.match(audit(history).notAudited ?? '', /begins at change 41/);
});
