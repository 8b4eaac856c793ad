import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CallRecord } from '../domain/calls/call-record';
import { seed } from '../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';
import { snapshotDatabase } from '../tests/support/db-snapshot';
import { emailSettingsFor, startFakeSmtp, type FakeSmtp } from '../tests/support/fake-smtp';
import { startFakeTwilioApi, twilioSettingsFor, type FakeTwilioApi } from '../tests/support/fake-twilio-api';
import type { ToolContext } from '../workflows/call/types';
import type { TicketChange } from '../workflows/ticket/types';
import { createActivities, type Activities } from '.';
import { openTicket } from './tickets/open-ticket';

/*
 * Temporal runs an activity again when an attempt fails or times out, and an attempt that timed out
 * may still finish. So every activity that writes is run twice here with the same input, and the
 * database must read exactly as after the first run (ids and update stamps aside).
 */

let db: TestDatabase;
let twilio: FakeTwilioApi;
let smtp: FakeSmtp;
let activities: Activities;

before(async () => {
  [db, twilio, smtp] = await Promise.all([createTestDatabase(), startFakeTwilioApi(), startFakeSmtp()]);
  await seed(db.prisma);
  activities = createActivities({
    prisma: db.prisma,
    twilio: twilioSettingsFor(twilio),
    email: emailSettingsFor(smtp),
    onCallNumber: '+15550100911',
  });
});
after(async () => {
  await Promise.all([db?.drop(), twilio?.close(), smtp?.close()]);
});

/** The activities that only read: nothing to repeat. Every other activity needs a case below. */
const READ_ONLY = new Set<keyof Activities>([
  'identifyOrganization',
  'findContactByPhone',
  'identifyOrganizationByLine',
  'listDevices',
  'getDevice',
  'searchKb',
  'getTicketStatus',
  'loadTicketContext',
  'supportAgentExists',
  'loadCallback',
  'textBrainTurn',
  'analyzeCall',
  'findTechnician',
  'chooseAssignee',
  'getCallerHistory',
]);
const covered = new Set<keyof Activities>();

async function runTwice<T>(name: keyof Activities, run: () => Promise<T>): Promise<[T, T]> {
  covered.add(name);
  const first = await run();
  const once = await snapshotDatabase(db.prisma);
  const second = await run();
  assert.deepEqual(await snapshotDatabase(db.prisma), once, `${name}: running it again changed the database`);
  return [first, second];
}

let calls = 0;
function callContext(): ToolContext {
  calls += 1;
  return {
    callSid: `CA-retry-${calls}`,
    callerPhone: '+15557770001',
    transferNumber: '+15550100999',
    problem: 'printer jams on every page',
  };
}

test('recordSystemCheck', async () => {
  await runTwice('recordSystemCheck', () =>
    activities.recordSystemCheck({ checkId: 'system-check/run-1', component: 'workflow', requestedBy: 'test' }),
  );
});

test('openCallLog and finalizeCall', async () => {
  const startedAt = Date.UTC(2026, 10, 25, 15);
  const opened = {
    callSid: 'CA-retry-log',
    workflowId: 'call-CA-retry-log',
    direction: 'inbound',
    from: '+15557770001',
    to: '+15550100000',
  } as const;
  await runTwice('openCallLog', () => activities.openCallLog({ ...opened, callerPhone: opened.from, brain: 'rules', startedAt }));
  const record: CallRecord = {
    ...opened,
    startedAt,
    endedAt: startedAt + 90_000,
    status: 'completed',
    durationSeconds: 90,
    outcome: 'resolved',
    escalated: false,
    brain: 'rules',
    finalAgent: 'printer',
    transcript: [{ role: 'caller', agent: 'triage', text: 'my printer jams', at: startedAt + 1000 }],
    interactions: [
      { agent: 'triage', startedAt, endedAt: startedAt + 5000, turns: 1, toolCalls: [], handoffTo: 'printer', outcome: 'handoff' },
    ],
    aiUsage: [{ provider: 'rules', model: 'rules', purpose: 'turn', promptTokens: 0, completionTokens: 0, costUsd: 0 }],
    twilio: { durationSeconds: 90, status: 'completed' },
  };
  const analysis = {
    summary: 'Printer jam cleared.',
    category: 'printer',
    sentiment: 'positive',
    sentimentScore: 0.6,
    intent: 'fix',
    topics: [],
    keywords: [],
  } as const;
  const [first, second] = await runTwice('finalizeCall', () =>
    activities.finalizeCall(record, { ...analysis, topics: ['printer'], keywords: ['jam'] }),
  );
  assert.equal(second.callLogId, first.callLogId);
});

test('the call tools that write: one ticket, one escalation ticket, one callback per call', async () => {
  const context = callContext();
  const [ticket, again] = await runTwice('createTicket', () =>
    activities.createTicket(
      { subject: 'Printer jams', description: 'Jams on every page', category: 'printer', priority: 'medium' },
      context,
    ),
  );
  assert.equal(again.id, ticket.id);

  const escalating = callContext();
  const [escalation, repeated] = await runTwice('escalateToHuman', () =>
    activities.escalateToHuman({ reason: 'caller asked for a person' }, escalating),
  );
  assert.equal(repeated.ticket.id, escalation.ticket.id);

  const callingBack = callContext();
  await runTwice('scheduleCallback', () => activities.scheduleCallback({ reason: 'call me back', when: 'tomorrow morning' }, callingBack));
});

async function newTicket(): Promise<number> {
  const { ticket } = await openTicket(
    db.prisma,
    { subject: 'Mail server down', description: 'Nobody can send mail', category: 'email', priority: 'critical', source: 'api' },
    async () => undefined,
  );
  return Number(ticket.id);
}

function change(ticketId: number, seq: number, overrides: Partial<TicketChange> = {}): TicketChange {
  return {
    ticketId,
    seq,
    at: Date.UTC(2026, 10, 25, 15, seq),
    row: {
      status: 'assigned',
      priority: 'critical',
      assigneeId: '1',
      escalationLevel: 1,
      resolution: null,
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
      firstResponseDueAt: Date.UTC(2026, 10, 25, 16),
      resolutionDueAt: Date.UTC(2026, 10, 25, 19),
      slaPaused: false,
      slaBreached: false,
    },
    effects: [
      { type: 'assigned', agentId: '1', previousAgentId: null },
      { type: 'escalated', level: 1, reason: 'VIP', trigger: 'manual', notify: 'supervisor' },
    ],
    message: { body: 'Looking into it', visibility: 'internal', authorKind: 'agent', authorName: 'Sam' },
    actor: { name: 'Sam' },
    ...overrides,
  };
}

test('recordTicketChange writes each row once, and a late retry of an older change does not undo a newer one', async () => {
  const ticketId = await newTicket();
  await runTwice('recordTicketChange', () => activities.recordTicketChange(change(ticketId, 1)));
  const [assignments, escalations, messages] = await Promise.all([
    db.prisma.ticketAssignment.count({ where: { ticketId } }),
    db.prisma.ticketEscalation.count({ where: { ticketId } }),
    db.prisma.ticketMessage.count({ where: { ticketId, changeSeq: 1 } }),
  ]);
  assert.deepEqual([assignments, escalations, messages], [1, 1, 1]);

  const newer = change(ticketId, 3, { effects: [], message: undefined });
  newer.row = { ...newer.row, status: 'resolved', resolution: 'restarted the mail service', resolvedAt: newer.at };
  await activities.recordTicketChange(newer);
  await activities.recordTicketChange(change(ticketId, 2, { effects: [], message: undefined }));
  const row = await db.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId }, include: { status: true } });
  assert.equal(row.status.code, 'resolved');
  assert.equal(row.lastChangeSeq, 3);
});

test('notifyTicketAudience texts and emails once per change, however many attempts run at once', async () => {
  const ticketId = await newTicket();
  const notice = {
    ticketId,
    seq: 4,
    audience: 'supervisor',
    text: `Ticket ${ticketId}: first response target breached, escalated to level 1.`,
  } as const;
  const sentBefore = { sms: twilio.requests.length, email: smtp.received.length };
  await runTwice('notifyTicketAudience', () => activities.notifyTicketAudience(notice));
  await Promise.all(Array.from({ length: 4 }, () => activities.notifyTicketAudience(notice)));
  assert.equal(twilio.requests.length - sentBefore.sms, 1, 'one SMS');
  assert.equal(smtp.received.length - sentBefore.email, 1, 'one email');
  const sms = twilio.requests.at(-1)!;
  const usage = await db.prisma.twilioUsageLog.findMany({ where: { callSid: sms.sid } });
  assert.deepEqual(
    usage.map((row) => [row.kind, row.direction, row.price]),
    [['sms', 'outbound', null]],
    'the SMS is Twilio usage, logged once, priced later',
  );
  // The next change is news of its own.
  await activities.notifyTicketAudience({ ...notice, seq: 5 });
  assert.equal(twilio.requests.length - sentBefore.sms, 2);
});

test('updateCallback and placeCallback: one dial per attempt, and the retry gets that dial’s call SID', async () => {
  const callback = await db.prisma.callback.create({
    data: { phone: '+15557770001', reason: 'test', scheduledFor: new Date(Date.UTC(2026, 10, 25, 15)) },
  });
  const at = Date.UTC(2026, 10, 25, 15, 5);
  await runTwice('updateCallback', () => activities.updateCallback({ callbackId: callback.id, status: 'dialing', at, attempts: 1 }));
  const dialsBefore = twilio.requests.filter((request) => request.kind === 'call').length;
  const [sid, again] = await runTwice('placeCallback', () =>
    activities.placeCallback({ callbackId: callback.id, attempt: 1, phone: callback.phone }),
  );
  assert.ok(sid);
  assert.equal(again, sid);
  await Promise.all(
    Array.from({ length: 3 }, () => activities.placeCallback({ callbackId: callback.id, attempt: 1, phone: callback.phone })),
  );
  assert.equal(twilio.requests.filter((request) => request.kind === 'call').length - dialsBefore, 1, 'dialled once');
  const next = await activities.placeCallback({ callbackId: callback.id, attempt: 2, phone: callback.phone });
  assert.notEqual(next, sid, 'the next attempt is a new dial');
});

test('publishCallTurn and redirectLiveCall: the panel hears of a turn, and Twilio redirects a live call once', async () => {
  const turn = { callSid: 'CA-retry-live', turn: 3, agent: 'printer', lines: [{ role: 'caller', text: 'paper jam' }] } as const;
  await runTwice('publishCallTurn', () =>
    activities.publishCallTurn({
      ...turn,
      lines: [...turn.lines],
      organizationName: null,
      contactName: null,
      ticketId: null,
      transfer: null,
    }),
  );
  const callSid = `CA${'7'.repeat(32)}`;
  const updatesBefore = twilio.requests.filter((request) => request.kind === 'callUpdate').length;
  await runTwice('redirectLiveCall', () => activities.redirectLiveCall({ callSid, turn: 4 }));
  assert.equal(twilio.requests.filter((request) => request.kind === 'callUpdate').length - updatesBefore, 1, 'redirected once');
});

test('settleTwilioPrices prices each usage row once, with what Twilio says', async () => {
  twilio.setPrice('CA-retry-log', '-0.0127');
  const [first, second] = await runTwice('settleTwilioPrices', () =>
    activities.settleTwilioPrices({ from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' }),
  );
  assert.ok(first.priced >= 2, 'the call and the SMS sent above');
  assert.equal(second.unpriced, 0);
  const call = await db.prisma.twilioUsageLog.findUniqueOrThrow({ where: { callSid_kind: { callSid: 'CA-retry-log', kind: 'voice' } } });
  assert.equal(call.price?.toString(), '0.0127');
});

test('the rollups: one row per period and organisation, rewritten only when the figures change', async () => {
  const hour = await runTwice('rollupHour', () => activities.rollupHour({ hour: '2026-11-25T15:00:00.000Z' }));
  assert.deepEqual(
    hour.map((run) => run.written > 0),
    [true, false],
  );
  await runTwice('rollupDay', () => activities.rollupDay({ day: '2026-11-25' }));
  await runTwice('rollupCustomerMonth', () => activities.rollupCustomerMonth({ month: '2026-11' }));
});

test('sampleSystemHealth writes one row per component per sample', async () => {
  const [readings] = await runTwice('sampleSystemHealth', () =>
    activities.sampleSystemHealth({ sampleId: 'health/2026-11-25T15:00:00.000Z', at: '2026-11-25T15:00:00.000Z' }),
  );
  assert.ok(readings.some((reading) => reading.component === 'database' && reading.status === 'healthy'));
  assert.equal(
    await db.prisma.systemHealthLog.count({ where: { checkId: { startsWith: 'health/2026-11-25T15:00:00.000Z/' } } }),
    readings.length,
  );
});

test('every activity either only reads or was run twice above', () => {
  const writing = (Object.keys(activities) as Array<keyof Activities>).filter((name) => !READ_ONLY.has(name));
  assert.deepEqual(
    writing.filter((name) => !covered.has(name)),
    [],
    'an activity that writes needs a run-twice case in this file',
  );
});
