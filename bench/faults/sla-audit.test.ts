import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually } from '../../tests/support/eventually';
import { startTicketHarness, type TicketHarness } from '../../tests/support/ticket-harness';
import { auditSlaTimers, auditTicketSlaRecord, fetchTicketHistory, loadTicketSlaRecord } from './sla-audit';
import { readTicketHistory } from './sla-timers';

let harness: TicketHarness;

before(async () => {
  harness = await startTicketHarness('dev');
});
after(async () => {
  await harness?.close();
});

/** Tickets of every default policy: critical around the clock, the others on the desk's business hours. */
async function openTickets(): Promise<number[]> {
  const priorities = ['critical', 'high', 'medium', 'low'] as const;
  const ids = await Promise.all(priorities.map((priority) => harness.openTicket({ priority, subject: `A ${priority} ticket` })));
  await Promise.all(ids.map((id) => harness.view(id)));
  // The sleep is armed in the task after the opening projection.
  await eventually(async () => {
    const histories = await Promise.all(ids.map((id) => fetchTicketHistory(harness.env.client, id)));
    return histories.every((events) => readTicketHistory(events).openTimers.length > 0);
  }, 20_000);
  return ids;
}

test('real ticket workflows pass the audit: each asleep until its policy’s first deadline, to the millisecond', async () => {
  const ids = await openTickets();
  const totals = await auditSlaTimers(harness.env.client, harness.db.prisma, ids, 0);
  assert.deepEqual(totals.failing, []);
  assert.equal(totals.expectedArmed, ids.length);
  assert.equal(totals.armed, ids.length);
  assert.equal(totals.doubled + totals.lost + totals.wrongDeadline, 0);
  assert.equal(totals.rowsRight, ids.length);
});

test('the audit fails a real ticket whose timer is cancelled and not armed again, or armed twice', async () => {
  const [id] = await openTickets();
  const record = await loadTicketSlaRecord(harness.env.client, harness.db.prisma, id!);
  const now = Date.now();
  assert.deepEqual(auditTicketSlaRecord(record, now).problems, []);
  const started = record.events.filter((event) => event.timerStartedEventAttributes);
  assert.equal(started.length, 1, 'one timer, started once');
  const timer = started[0]!;
  const timerId = timer.timerStartedEventAttributes!.timerId!;
  const nextId = (record.events.length + 1) as unknown as (typeof timer)['eventId'];

  const cancelled = { ...record, events: [...record.events, { eventId: nextId, timerCanceledEventAttributes: { timerId } }] };
  const lost = auditTicketSlaRecord(cancelled, now);
  assert.equal(lost.lost, 1);
  assert.equal(lost.armed, 0);

  const again = {
    ...timer,
    eventId: nextId,
    timerStartedEventAttributes: { ...timer.timerStartedEventAttributes, timerId: `${timerId}-again` },
  };
  const doubled = auditTicketSlaRecord({ ...record, events: [...record.events, again] }, now);
  assert.equal(doubled.doubled, 1);
  assert.equal(doubled.lost, 0);
});
