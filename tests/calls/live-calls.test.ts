import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hash } from '@node-rs/argon2';
import type { Express } from 'express';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../api/app';
import type { Role } from '../../api/auth/policy';
import { issueToken } from '../../api/auth/tokens';
import { createWorkflowCallCommands } from '../../api/calls/workflow-commands';
import { EVENTS_CHANNEL, type DomainEvent } from '../../domain/events';
import { createLogger } from '../../infra/logger';
import type { TwilioCaller, TwimlTurn } from '../../tools/twilio-caller';
import { testConfig } from '../support/api-harness';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { eventually } from '../support/eventually';
import { startFakeTwilioApi, twilioSettingsFor, type FakeTwilioApi } from '../support/fake-twilio-api';

/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';

let harness: CallHarness;
let twilio: FakeTwilioApi;
let api: Express;
let tokens: Record<Role, string>;
let events: pg.Client;
const heard: DomainEvent[] = [];

before(async () => {
  twilio = await startFakeTwilioApi();
  harness = await startCallHarness({ activities: { twilio: twilioSettingsFor(twilio) } });
  const config = testConfig();
  api = createApp({
    config,
    prisma: harness.db.prisma,
    logger: createLogger('api-test', config),
    callCommands: createWorkflowCallCommands({ client: harness.env.client }),
    adminDist: '/nonexistent',
  });
  const agent = await harness.db.prisma.user.create({
    data: { email: 'tech@urackit.test', name: 'Alex Agent', role: 'agent', passwordHash: await hash('agent-password') },
  });
  const users = await harness.db.prisma.user.findMany({ where: { role: { in: ['admin', 'supervisor'] } } });
  const tokenFor = (user: { id: number; email: string; name: string; role: Role }) => issueToken(user, config.JWT_SECRET);
  const byRole = (role: Role) => users.find((user) => user.role === role)!;
  tokens = { admin: await tokenFor(byRole('admin')), supervisor: await tokenFor(byRole('supervisor')), agent: await tokenFor(agent) };
  events = new pg.Client({ connectionString: harness.db.url });
  await events.connect();
  events.on('notification', (message) => heard.push(JSON.parse(message.payload ?? '{}') as DomainEvent));
  await events.query(`LISTEN ${EVENTS_CHANNEL}`);
});
after(async () => {
  await events?.end();
  await harness?.close();
  await twilio?.close();
});

const as = (role: Role) => ({ Authorization: `Bearer ${tokens[role]}` });
const spoken = (turn: TwimlTurn) => turn.say.join(' ');

async function callId(caller: TwilioCaller): Promise<number> {
  return (await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } })).id;
}

async function liveCall(id: number) {
  const response = await request(api).get(`/calls/${id}`).set(as('supervisor'));
  assert.equal(response.status, 200);
  return response.body as {
    live?: boolean;
    currentAgent?: string;
    organizationName?: string;
    transcript: Array<{ role: string; text: string }>;
  };
}

test('a call in progress is read from its workflow, line by line, and every turn is announced', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const id = await eventually(() => callId(caller).catch(() => undefined));
  const first = await liveCall(id);
  assert.equal(first.live, true);
  assert.equal(first.organizationName, 'Harbor Point Dental Group');
  // A row left "in progress" by a call whose workflow is gone: the live counter asks the workflows, not the rows.
  await harness.db.prisma.callLog.create({ data: { callSid: 'CA-stale-row', fromNumber: '+15550000000', status: 'in_progress' } });
  await eventually(async () => {
    const { body } = await request(api).get('/dashboard/overview').set(as('supervisor'));
    return (body as { calls: { inProgress: number } }).calls.inProgress === 1 || undefined;
  });

  await caller.say('my printer says paper jam');
  const second = await liveCall(id);
  assert.equal(second.currentAgent, 'printer');
  assert.ok(second.transcript.length > first.transcript.length, 'the new lines are there while the call goes on');
  assert.ok(second.transcript.some((line) => line.role === 'caller' && line.text === 'my printer says paper jam'));

  const turns = await eventually(async () => {
    const mine = heard.filter((event) => event.type === 'call.turn' && event.id === caller.callSid);
    return mine.length >= 2 ? mine : undefined;
  });
  const said = turns.flatMap((event) => (event.data as { lines: Array<{ text: string }> }).lines.map((line) => line.text));
  assert.ok(said.includes('my printer says paper jam'));
  assert.equal((turns.at(-1)?.data as { agent: string }).agent, 'printer');

  await caller.hangUp('completed');
  await harness.finished(caller.callSid);
  const ended = await liveCall(id);
  assert.equal(ended.live, undefined, 'a finished call is read from its record');
});

test('a supervisor whispers and the next reply follows it; agents may not steer', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('outlook keeps asking for my password');
  const id = await callId(caller);

  const refused = await request(api).post(`/calls/${id}/whisper`).set(as('agent')).send({ note: 'escalate now' });
  assert.equal(refused.status, 403);
  const whispered = await request(api).post(`/calls/${id}/whisper`).set(as('supervisor')).send({ note: 'this is a VIP, escalate early' });
  assert.equal(whispered.status, 200);
  const timeline = (whispered.body as { transcript: Array<{ role: string; text: string }> }).transcript;
  assert.ok(
    timeline.some((line) => line.role === 'system' && /whispered: this is a VIP, escalate early/.test(line.text)),
    'recorded with who did it',
  );

  const next = await caller.say('no, that did not help');
  assert.match(spoken(next), /technician/);
  assert.ok(next.dial, 'the caller is handed to a person');
  await caller.hangUp('completed');
  await harness.finished(caller.callSid);

  const late = await request(api).post(`/calls/${id}/whisper`).set(as('supervisor')).send({ note: 'too late' });
  assert.equal(late.status, 409);
  assert.match((late.body as { error: { message: string } }).error.message, /already ended/);
});

test('take-over dials the named technician, who hears a briefing with the organisation and the ticket', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('my laptop will not connect to the vpn');
  const id = await callId(caller);
  const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({
    where: { kind: 'human', active: true, phone: { not: null } },
  });

  const taken = await request(api).post(`/calls/${id}/take-over`).set(as('supervisor')).send({ technicianId: technician.id });
  assert.equal(taken.status, 200, JSON.stringify(taken.body));
  // The workflow redirected the live call through Twilio's REST API; Twilio now fetches the new TwiML.
  const update = await eventually(async () => twilio.requests.find((sent) => sent.kind === 'callUpdate' && sent.sid === caller.callSid));
  const transfer = await caller.redirected(update.params.Url ?? '');
  assert.equal(transfer.dial, technician.phone);
  assert.match(spoken(transfer), new RegExp(`connecting you to ${technician.name}`, 'i'));
  const briefing = spoken(await caller.answerTransfer(transfer));
  const ticketId = (await harness.snapshot(caller.callSid)).ticketId;
  assert.ok(ticketId);
  assert.match(briefing, /Harbor Point Dental Group/);
  assert.ok(briefing.includes(`Ticket ${String(ticketId).split('').join(' ')}`), briefing);
  assert.match(briefing, /vpn/);

  const again = await request(api).post(`/calls/${id}/take-over`).set(as('supervisor')).send({ technicianId: technician.id });
  assert.equal(again.status, 409, 'the call is already with a technician');
  await caller.transferEnded(transfer, 'completed');
  await caller.hangUp('completed');
  assert.equal((await harness.finished(caller.callSid)).outcome, 'escalated');
});

test('a supervisor ends a call politely', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const id = await callId(caller);
  const ended = await request(api).post(`/calls/${id}/end`).set(as('admin')).send({});
  assert.equal(ended.status, 200);
  const update = await eventually(async () => twilio.requests.find((sent) => sent.kind === 'callUpdate' && sent.sid === caller.callSid));
  const goodbye = await caller.redirected(update.params.Url ?? '');
  assert.match(spoken(goodbye), /Goodbye/);
  assert.equal(goodbye.hangup, true);
  await caller.hangUp('completed');
  await harness.finished(caller.callSid);
});
