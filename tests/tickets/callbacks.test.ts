import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { callbackWorkflowStarter } from '../../activities/callbacks';
import { parseConfig } from '../../domain/config';
import { createLogger } from '../../infra/logger';
import { TwilioCaller } from '../../tools/twilio-caller';
import { createVoiceApp } from '../../voice-edge/app';
import { callbackViewQuery, callbackWorkflowId } from '../../workflows/callback/messages';
import { eventually } from '../support/eventually';
import { FRIDAY_EVENING, laterDayAt, skipToNext } from '../support/test-clock';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

const NEW_YORK = 'America/New_York';
const MINUTE = 60_000;
let harness: TicketHarness;
let voice: Server;
let voiceUrl: string;

before(async () => {
  harness = await startTicketHarness('time-skipping');
  const config = parseConfig({ LOG_LEVEL: 'silent', TWILIO_AUTH_TOKEN: 'edge-token', TEMPORAL_TASK_QUEUE: harness.taskQueue });
  const app = createVoiceApp({
    config,
    temporal: { client: harness.env.client, connection: harness.env.connection },
    logger: createLogger('voice', config),
  });
  voice = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  voiceUrl = `http://127.0.0.1:${(voice.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => voice?.close(resolve));
  await harness?.close();
});

function placedCalls() {
  return harness.twilio.requests.filter((request) => request.kind === 'call');
}

async function reportStatus(callbackId: number, callSid: string, callStatus: 'no-answer' | 'completed') {
  const edge = new TwilioCaller({ baseUrl: voiceUrl, authToken: 'edge-token', from: '+15550100000', callSid });
  const { status } = await edge.post(`/twilio/status?callback=${callbackId}`, { CallStatus: callStatus, CallDuration: '0' });
  assert.equal(status, 204);
}

test('a callback asked for at Friday 18:55 with 09:00–17:00 hours rings Monday 09:00, retries, then escalates', async () => {
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-2305' } });
  const contact = await harness.db.prisma.contact.findFirstOrThrow({ where: { organizationId: org.id } });
  const askedAt = await skipToNext(harness.env, FRIDAY_EVENING);
  const ticketId = await harness.openTicket({
    priority: 'medium',
    organizationId: org.id,
    contactId: contact.id,
    subject: 'Call me back about the VPN',
  });
  const callback = await harness.db.prisma.callback.create({
    data: {
      phone: contact.phone,
      organizationId: org.id,
      contactId: contact.id,
      ticketId,
      reason: 'VPN follow-up',
      scheduledFor: new Date(askedAt),
      maxAttempts: 3,
    },
  });
  await callbackWorkflowStarter({ client: harness.env.client, taskQueue: harness.taskQueue })(callback.id);
  const handle = harness.env.client.workflow.getHandle(callbackWorkflowId(callback.id));

  const firstAttempt = await eventually(async () => (await handle.query(callbackViewQuery)).nextAttemptAt ?? undefined);
  assert.equal(firstAttempt, laterDayAt(NEW_YORK, askedAt, 3, 9), 'the very next Monday, 09:00');

  const callsBefore = placedCalls().length;
  await harness.env.sleep(firstAttempt - (await harness.env.currentTimeMs()) - MINUTE);
  assert.equal(placedCalls().length, callsBefore, 'nothing rings before Monday 09:00');
  await harness.env.sleep(2 * MINUTE);
  const first = placedCalls().slice(callsBefore);
  assert.equal(first.length, 1);
  assert.equal(first[0]!.params.To, contact.phone);
  assert.match(first[0]!.params.Url ?? '', new RegExp(`/twilio/voice\\?callback=${callback.id}$`));
  assert.match(first[0]!.params.StatusCallback ?? '', new RegExp(`/twilio/status\\?callback=${callback.id}$`));

  for (let attempt = 1; attempt <= 3; attempt++) {
    const calls = placedCalls();
    assert.equal(calls.length, callsBefore + attempt, `attempt ${attempt} was placed`);
    if (attempt === 2) {
      // A late report about the first attempt's call (Twilio retries status callbacks) settles nothing now.
      await reportStatus(callback.id, calls.at(-2)!.sid, 'completed');
      await harness.env.sleep(MINUTE);
      assert.equal((await handle.query(callbackViewQuery)).status, 'dialing', 'attempt 2 still waits for its own call');
    }
    await reportStatus(callback.id, calls.at(-1)!.sid, 'no-answer');
    await harness.env.sleep(31 * MINUTE);
  }
  assert.equal(placedCalls().length, callsBefore + 3, 'three attempts at most');
  const row = await harness.db.prisma.callback.findUniqueOrThrow({ where: { id: callback.id } });
  assert.equal(row.status, 'failed');
  assert.equal(row.attempts, 3);
  // The ticket is escalated by its own workflow, which the callback's workflow told.
  const escalation = await eventually(() =>
    harness.db.prisma.ticketEscalation.findFirst({ where: { ticketId, trigger: 'callback_unanswered' } }).then((row) => row ?? undefined),
  );
  assert.match(escalation.reason ?? '', /not answered after 3 attempts/);
  assert.equal((await harness.view(ticketId)).escalationLevel, escalation.level, 'the workflow knows the level it reached');
});
