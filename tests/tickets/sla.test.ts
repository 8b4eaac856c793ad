import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { addBusinessMs } from '../../domain/sla/calendar';
import { ticketCommandSignal, ticketWorkflowId, type TicketRequest } from '../../workflows/ticket/messages';
import { DESK_HOURS, FRIDAY_AFTERNOON, MIDWEEK_NOON, localTimeOfWeek, skipToNext } from '../support/test-clock';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

/** Real-length policies (seeded): critical = 15 min first response / 4 h resolution, 24x7; the rest on DESK_HOURS. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let harness: TicketHarness;

before(async () => {
  harness = await startTicketHarness('time-skipping');
});
// Each test starts with the desk open (a critical ticket opened at night would page on-call), whatever the wall clock says.
beforeEach(async () => {
  await skipToNext(harness.env, MIDWEEK_NOON);
});
after(async () => {
  await harness?.close();
});

function signal(ticketId: number, request: TicketRequest) {
  return harness.env.client.workflow.getHandle(ticketWorkflowId(ticketId)).signal(ticketCommandSignal, request);
}

async function escalations(ticketId: number) {
  return harness.db.prisma.ticketEscalation.findMany({ where: { ticketId }, orderBy: [{ level: 'asc' }, { id: 'asc' }] });
}

async function createdAt(ticketId: number): Promise<number> {
  return (await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId } })).createdAt.getTime();
}

test('a first-response breach escalates level by level', async () => {
  const id = await harness.openTicket({ priority: 'critical', subject: 'Server room is down' });
  const dueAt = (await harness.view(id)).sla.targets.firstResponse.dueAt!;
  assert.equal(dueAt, (await createdAt(id)) + 15 * MINUTE);

  await harness.env.sleep(14 * MINUTE);
  assert.deepEqual(await escalations(id), [], 'nothing escalates before the deadline');

  await harness.env.sleep(2 * MINUTE);
  const atBreach = await escalations(id);
  assert.deepEqual(
    atBreach.map((row) => [row.level, row.notifiedTarget]),
    [
      [1, 'supervisor'],
      [2, 'on_call'],
    ],
  );
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } });
  assert.equal(row.slaBreached, true);
  const onCall = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { role: 'on_call', isOnCall: true } });
  const texts = harness.twilio.requests.filter((request) => request.kind === 'sms' && request.params.To === onCall.phone);
  assert.ok(
    texts.some((sms) => sms.params.Body === `Ticket ${id}: first response target breached, escalated to level 2.`),
    'on-call is texted',
  );
  const supervisor = await harness.db.prisma.supportAgent.findFirstOrThrow({
    where: { role: 'supervisor', kind: 'human', active: true },
    orderBy: { id: 'asc' },
  });
  const mails = harness.smtp.received.filter((mail) => mail.to.includes(supervisor.email ?? '(none)'));
  assert.deepEqual(
    mails.map((mail) => [mail.from, mail.subject]),
    [['noreply@urackit.test', `Ticket ${id}: first response target breached, escalated to level 1.`]],
    'the supervisor is emailed once, at level 1',
  );
  assert.match(mails[0]?.data ?? '', /you are the supervisor contact for it/);

  await harness.env.sleep(15 * MINUTE);
  assert.deepEqual(
    (await escalations(id)).map((entry) => [entry.level, entry.notifiedTarget]),
    [
      [1, 'supervisor'],
      [2, 'on_call'],
      [3, 'account_manager'],
    ],
  );
  assert.equal((await harness.view(id)).sla.targets.firstResponse.breachedAt !== null, true);
});

test('a human reply in time stops the first-response clock and prevents the breach', async () => {
  const id = await harness.openTicket({ priority: 'critical', subject: 'VPN down for everyone' });
  await harness.env.sleep(5 * MINUTE);
  await signal(id, {
    command: { type: 'addMessage', visibility: 'public', authorKind: 'agent' },
    text: 'On it, checking the firewall now.',
    actor: { name: 'Alex' },
  });
  await harness.env.sleep(30 * MINUTE);
  const view = await harness.view(id);
  assert.ok(view.sla.targets.firstResponse.metAt !== null, 'first response met');
  assert.equal(view.sla.targets.firstResponse.breachedAt, null);
  assert.deepEqual(await escalations(id), []);
  const ticket = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } });
  assert.ok(ticket.firstRespondedAt);
  assert.equal(ticket.slaBreached, false);
});

test('waiting on the customer pauses the clock; resuming shifts the deadline by the paused time', async () => {
  const id = await harness.openTicket({ priority: 'critical', subject: 'Phones dead' });
  const opened = await createdAt(id);
  const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', role: 'technician' } });
  await signal(id, { command: { type: 'assign', agentId: String(technician.id) } });
  await signal(id, { command: { type: 'addMessage', visibility: 'public', authorKind: 'agent' }, text: 'Looking.' });
  await harness.env.sleep(HOUR);
  await signal(id, { command: { type: 'setWaiting' } });
  await harness.env.sleep(2 * HOUR);
  const paused = await harness.view(id);
  assert.equal(paused.status, 'waiting_on_customer');
  assert.equal(paused.sla.targets.resolution.dueAt, null, 'no deadline runs while paused');
  assert.equal((await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } })).slaPaused, true);

  await signal(id, { command: { type: 'setInProgress' } });
  await harness.env.sleep(MINUTE);
  const resumed = await harness.view(id);
  const shift = resumed.sla.targets.resolution.dueAt! - (opened + 4 * HOUR);
  assert.ok(Math.abs(shift - 2 * HOUR) < 5_000, `deadline shifted by the 2 h pause (shifted ${shift / MINUTE} min)`);
});

test('a priority change mid-flight recomputes the deadlines from the new policy, keeping elapsed time', async () => {
  const id = await harness.openTicket({ priority: 'critical', subject: 'Printer fleet offline' });
  const opened = await createdAt(id);
  await signal(id, { command: { type: 'addMessage', visibility: 'public', authorKind: 'agent' }, text: 'Checking.' });
  await harness.env.sleep(30 * MINUTE);
  const before = await harness.view(id);
  assert.equal(before.sla.targets.resolution.dueAt, opened + 4 * HOUR);

  await signal(id, { command: { type: 'changePriority', priority: 'medium' } });
  await harness.env.sleep(MINUTE);
  const after = await harness.view(id);
  assert.equal(after.priority, 'medium');
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id }, include: { priority: true } });
  assert.equal(row.priority.code, 'medium');
  // Medium: 24 business hours; the 30 minutes already used (24x7 time under the old policy) are kept.
  const changedAt = opened + 30 * MINUTE;
  const expected = addBusinessMs(DESK_HOURS, changedAt, 24 * HOUR - 30 * MINUTE);
  assert.ok(
    Math.abs(after.sla.targets.resolution.dueAt! - expected) < 5_000,
    `resolution due recomputed on business hours: got ${new Date(after.sla.targets.resolution.dueAt!).toISOString()}, expected ${new Date(expected).toISOString()}`,
  );
});

test('business hours: a medium ticket’s deadline skips closed hours, and nothing fires before it', async () => {
  await skipToNext(harness.env, FRIDAY_AFTERNOON);
  const id = await harness.openTicket({ priority: 'medium', subject: 'Outlook slow' });
  const opened = await createdAt(id);
  const due = (await harness.view(id)).sla.targets.firstResponse.dueAt!;
  assert.equal(due, addBusinessMs(DESK_HOURS, opened, 2 * HOUR));
  // One business hour left on Friday, the second on Monday morning.
  assert.deepEqual(localTimeOfWeek(DESK_HOURS.timezone, due), { weekday: 1, time: '10:00' });
  await harness.env.sleep(due - (await harness.env.currentTimeMs()) - MINUTE);
  assert.equal((await harness.view(id)).sla.targets.firstResponse.breachedAt, null);
  await harness.env.sleep(2 * MINUTE);
  assert.ok((await harness.view(id)).sla.targets.firstResponse.breachedAt !== null);
});

test('invalid transitions are refused and change nothing', async () => {
  const id = await harness.openTicket({ priority: 'low', subject: 'Mouse squeaks' });
  await signal(id, { command: { type: 'close' } });
  await harness.env.sleep(MINUTE);
  const view = await harness.view(id);
  assert.equal(view.status, 'open');
  assert.match(view.lastRejection ?? '', /close/i);
  await signal(id, { command: { type: 'assign', agentId: '999999' } });
  await harness.env.sleep(MINUTE);
  const after = await harness.view(id);
  assert.equal(after.assigneeId, null);
  assert.match(after.lastRejection ?? '', /unknown support agent/);
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id }, include: { status: true } });
  assert.equal(row.status.code, 'open');
  assert.equal(row.assignedAgentId, null);
});

test('a resolved ticket closes itself after the quiet period', async () => {
  const id = await harness.openTicket({ priority: 'low', subject: 'Wallpaper request' });
  await signal(id, { command: { type: 'resolve', resolution: 'Wallpaper set by policy.' } });
  await harness.env.sleep(MINUTE);
  assert.equal((await harness.view(id)).status, 'resolved');
  await harness.env.sleep(3 * 24 * HOUR);
  assert.equal((await harness.view(id)).status, 'closed');
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id }, include: { status: true } });
  assert.equal(row.status.code, 'closed');
  assert.ok(row.closedAt);
  assert.equal(row.resolution, 'Wallpaper set by policy.');
});

test('a long-lived ticket continues as new with its state and deadlines intact', { timeout: 90_000 }, async () => {
  const id = await harness.openTicket({ priority: 'critical', subject: 'Chatty ticket' });
  const handle = harness.env.client.workflow.getHandle(ticketWorkflowId(id));
  await harness.view(id);
  const firstRun = (await handle.describe()).runId;
  const before = await harness.view(id);
  // Restart the workflow with a tiny history budget, as if it had lived for months.
  await handle.terminate('test: restart with a small history budget');
  await harness.env.client.workflow.start('ticketWorkflow', {
    workflowId: ticketWorkflowId(id),
    taskQueue: harness.taskQueue,
    args: [{ ticketId: id, maxHistoryEvents: 40 }],
  });
  for (let i = 0; i < 12; i++) {
    await signal(id, { command: { type: 'addMessage', visibility: 'internal', authorKind: 'system' }, text: `note ${i}` });
    await harness.env.sleep(MINUTE);
  }
  const latest = await harness.env.client.workflow.getHandle(ticketWorkflowId(id)).describe();
  assert.notEqual(latest.runId, firstRun);
  assert.ok(latest.historyLength < 60, `history stays small (${latest.historyLength} events)`);
  const after = await harness.view(id);
  assert.equal(after.status, 'open');
  assert.equal(after.sla.targets.resolution.dueAt, before.sla.targets.resolution.dueAt, 'deadlines survive the new run');
  assert.equal(await harness.db.prisma.ticketMessage.count({ where: { ticketId: id, visibility: 'internal' } }), 12, 'no request was lost');
});

test('an organisation’s own terms win: a VIP critical ticket gets its tighter first-response target', async () => {
  const vip = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1187' } });
  const id = await harness.openTicket({ priority: 'critical', organizationId: vip.id, subject: 'Partner laptop stolen' });
  const view = await harness.view(id);
  assert.equal(view.sla.targets.firstResponse.dueAt, (await createdAt(id)) + 10 * MINUTE);
  assert.equal(view.sla.targets.resolution.dueAt, (await createdAt(id)) + 120 * MINUTE);
});
