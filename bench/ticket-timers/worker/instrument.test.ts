import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { TicketChange } from '../../../workflows/ticket/types';
import { ActivityRecorder, instrumentActivities } from './instrument';

const row: TicketChange['row'] = {
  status: 'open',
  priority: 'high',
  assigneeId: null,
  escalationLevel: 0,
  resolution: null,
  firstRespondedAt: null,
  resolvedAt: null,
  closedAt: null,
  firstResponseDueAt: null,
  resolutionDueAt: null,
  slaPaused: false,
  slaBreached: false,
};
const opening: TicketChange = { ticketId: 7, seq: 1, at: 1000, row, effects: [] };
const breach: TicketChange = {
  ticketId: 7,
  seq: 2,
  at: 61_000,
  row: { ...row, slaBreached: true },
  effects: [],
  slaTimer: { at: 60_000, kind: 'breach', target: 'firstResponse' },
};

function fakeActivities(projected: TicketChange[]) {
  return {
    async recordTicketChange(change: TicketChange): Promise<void> {
      projected.push(change);
    },
    async notifyTicketAudience(): Promise<void> {
      throw new Error('SMTP down\nstack…');
    },
  };
}

test('a change an SLA timer made is timed; the opening change is counted apart; both are projected', async () => {
  const projected: TicketChange[] = [];
  const recorder = new ActivityRecorder();
  const activities = instrumentActivities(fakeActivities(projected), recorder);
  const env = new MockActivityEnvironment({ attempt: 2, scheduledTimestampMs: 60_100, currentAttemptScheduledTimestampMs: 60_400 });

  await env.run(activities.recordTicketChange, opening);
  await env.run(activities.recordTicketChange, breach);

  assert.deepEqual(projected, [opening, breach]);
  assert.equal(recorder.openingChangesProjected, 1);
  assert.equal(recorder.samples.length, 1);
  const [sample] = recorder.samples;
  assert.deepEqual(
    { ticketId: sample?.ticketId, kind: sample?.kind, level: sample?.level, deadline: sample?.deadline, attempt: sample?.attempt },
    { ticketId: 7, kind: 'breach', level: 0, deadline: 60_000, attempt: 2 },
  );
  assert.equal(sample?.firstScheduledAt, 60_100);
  assert.equal(sample?.attemptScheduledAt, 60_400);
  assert.ok(sample && sample.startedAt <= sample.doneAt);
  assert.deepEqual(recorder.counts.recordTicketChange, [2, 0]);
});

test('a failing activity is counted and its error passed on, first line only in the report', async () => {
  const recorder = new ActivityRecorder();
  const activities = instrumentActivities(fakeActivities([]), recorder);
  await assert.rejects(activities.notifyTicketAudience(), /SMTP down/);
  assert.deepEqual(recorder.counts.notifyTicketAudience, [0, 1]);
  assert.deepEqual(recorder.failures, ['notifyTicketAudience: SMTP down']);
});
