import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WorkflowNotFoundError } from '@temporalio/client';
import { organizationCalendar } from '../../activities/tickets/stored-policy';
import { parseRequestedTime } from '../../domain/language/requested-time';
import { spellDigits } from '../../domain/language/speech';
import type { TwilioCaller, TwimlTurn } from '../../tools/twilio-caller';
import { callWorkflowId } from '../../workflows/call/messages';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { eventually } from '../support/eventually';

/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';
const UNKNOWN_CALLER = '+15557770001';

let harness: CallHarness;
before(async () => {
  harness = await startCallHarness();
});
after(async () => {
  await harness?.close();
});

function spoken(turn: TwimlTurn): string {
  return turn.say.join(' ');
}

async function answerUntil(caller: TwilioCaller, first: TwimlTurn, answer: string, done: (turn: TwimlTurn) => boolean, limit = 12) {
  let turn = first;
  for (let i = 0; i < limit && !done(turn); i++) turn = await caller.say(answer);
  assert.ok(done(turn), `the call never reached the expected point; last reply: ${spoken(turn)}`);
  return turn;
}

async function endCall(caller: TwilioCaller) {
  assert.equal(await caller.hangUp('completed'), 204);
  return harness.finished(caller.callSid);
}

test('a known caller is recognised by phone number at the start of the call', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const greeting = await caller.dial();
  assert.equal(greeting.status, 200);
  assert.match(spoken(greeting), /Tom/);
  assert.match(spoken(greeting), /Harbor Point Dental/);
  const snapshot = await harness.snapshot(caller.callSid);
  const tom = await harness.db.prisma.contact.findFirstOrThrow({ where: { phone: KNOWN_CALLER } });
  assert.equal(snapshot.contactId, tom.id);
  assert.equal(snapshot.organizationId, tom.organizationId);
  await endCall(caller);
});

test('a U-E code keyed on the keypad identifies the organisation', async () => {
  const caller = harness.caller(UNKNOWN_CALLER);
  const greeting = await caller.dial();
  assert.match(spoken(greeting), /code/i);
  const afterKeys = await caller.press('1042');
  assert.match(spoken(afterKeys), /Harbor Point Dental/);
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  assert.equal((await harness.snapshot(caller.callSid)).organizationId, org.id);
  await endCall(caller);
});

test('a U-E code said in words is read back, confirmed and identifies the organisation', async () => {
  const caller = harness.caller(UNKNOWN_CALLER);
  await caller.dial();
  const readBack = await caller.say('yeah it is you ee three three one eight');
  assert.match(spoken(readBack), /three three one eight/i);
  const confirmed = await caller.say('yes that is right');
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-3318' } });
  assert.match(spoken(confirmed), new RegExp(org.name.split(' ')[0]!));
  assert.equal((await harness.snapshot(caller.callSid)).organizationId, org.id);
  await endCall(caller);
});

test('a printer jam reaches the printer agent, which reads the KB steps; still broken opens the right ticket', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const firstStep = await caller.say('the printer keeps saying paper jam and nothing comes out');
  const article = await harness.db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: 'printer-paper-jam' } });
  assert.ok(spoken(firstStep).includes(article.steps[0]!), `expected the first jam step, heard: ${spoken(firstStep)}`);
  assert.equal((await harness.snapshot(caller.callSid)).agent, 'printer');

  const ticketTurn = await answerUntil(caller, firstStep, 'no, still broken', (turn) => /ticket/i.test(spoken(turn)));
  const ticket = await harness.db.prisma.supportTicket.findFirstOrThrow({
    where: { idempotencyKey: `call:${caller.callSid}` },
    include: { priority: true, status: true },
  });
  const tom = await harness.db.prisma.contact.findFirstOrThrow({ where: { phone: KNOWN_CALLER } });
  assert.equal(ticket.contactId, tom.id);
  assert.equal(ticket.organizationId, tom.organizationId);
  assert.equal(ticket.category, 'printer');
  assert.equal(ticket.priority.code, 'medium');
  assert.equal(ticket.status.code, 'open');
  assert.ok(ticket.id >= 10000, 'ticket numbers are five digits');
  assert.ok(
    spoken(ticketTurn).includes(spellDigits(String(ticket.id))),
    `the ticket number is read out digit by digit: ${spoken(ticketTurn)}`,
  );

  const goodbye = await caller.say('no that is all, bye');
  assert.ok(goodbye.hangup);
  const result = await endCall(caller);
  assert.deepEqual(result, { outcome: 'ticket_created', ticketId: String(ticket.id) });
  const ticketWorkflow = await harness.env.client.workflow.getHandle(`ticket-${ticket.id}`).describe();
  assert.equal(ticketWorkflow.status.name, 'RUNNING', 'the call’s ticket has its own workflow with SLA timers');

  const call = await harness.db.prisma.callLog.findUniqueOrThrow({
    where: { callSid: caller.callSid },
    include: { interactions: { orderBy: { startedAt: 'asc' } }, twilioUsageLogs: true, aiUsageLogs: true, analysis: true },
  });
  assert.equal(call.status, 'completed');
  assert.equal(call.ticketId, ticket.id);
  assert.equal(call.category, 'printer');
  assert.equal(call.aiResolution, false);
  assert.ok((call.durationSeconds ?? 0) >= 1);
  assert.ok(call.callSummary && call.callSummary.length > 20);
  assert.ok(call.sentiment);
  assert.deepEqual(
    call.interactions.map((row) => row.agentName),
    ['triage', 'printer'],
  );
  assert.equal(call.interactions[0]!.handoffTo, 'printer');
  assert.equal(call.twilioUsageLogs.length, 1);
  // Twilio's status callback carries no price: the rollups fetch it from the Call resource later.
  assert.equal(call.twilioUsageLogs[0]!.price, null);
  assert.equal(call.twilioUsageLogs[0]!.status, 'completed');
  assert.deepEqual(
    call.aiUsageLogs.map((row) => [row.provider, Number(row.costUsd)]),
    [['rules', 0]],
  );
  assert.equal(call.analysis?.resolutionStatus, 'ticket_created');
  const transcript = call.transcript as Array<{ role: string; text: string }>;
  assert.ok(transcript.some((line) => line.role === 'caller' && line.text.includes('paper jam')));
});

test('asking for a person transfers the call to a human and records an escalation', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('my monitor keeps flickering');
  const transfer = await caller.say('can I just talk to a real person please');
  assert.equal(transfer.dial, harness.config.HUMAN_TRANSFER_NUMBER);
  assert.equal(transfer.gatherAction, undefined);

  // Warm: whoever answers hears who is calling, from where, the problem and the ticket before being connected.
  const ticketId = (await harness.snapshot(caller.callSid)).ticketId;
  assert.ok(ticketId, 'the hand-over has a ticket behind it');
  const briefing = spoken(await caller.answerTransfer(transfer));
  assert.match(briefing, /Tom Becker from Harbor Point Dental Group/);
  assert.match(briefing, /monitor keeps flickering/);
  assert.ok(briefing.includes(`Ticket ${String(ticketId).split('').join(' ')}`), briefing);
  const afterTalk = await caller.transferEnded(transfer, 'completed');
  assert.equal(afterTalk.hangup, true, 'once the technician and caller are done, the call ends');

  const result = await endCall(caller);
  assert.deepEqual(result, { outcome: 'escalated', ticketId: String(ticketId) });

  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } });
  assert.equal(call.wasEscalated, true);
  assert.equal(call.status, 'transferred');
  // The call's ticket is escalated by its own workflow, which the call told.
  const escalations = await eventually(async () => {
    const rows = await harness.db.prisma.ticketEscalation.findMany({ where: { ticketId: call.ticketId ?? -1 } });
    return rows.length > 0 ? rows : undefined;
  });
  assert.deepEqual(
    escalations.map((row) => [row.level, row.trigger, row.notifiedTarget]),
    [[1, 'caller_request', harness.config.HUMAN_TRANSFER_NUMBER]],
  );
  const ticket = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id: call.ticketId ?? -1 } });
  assert.equal(ticket.escalationLevel, 1, 'the ticket row shows the level its workflow reached');
});

test('a transfer nobody answers tells the caller and books a callback instead of dropping the call', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const transfer = await caller.say('I need to speak to a technician');
  assert.ok(transfer.dialAction, 'the transfer reports back how it ended');
  const unanswered = await caller.transferEnded(transfer, 'no-answer');
  assert.match(spoken(unanswered), /no technician could take your call/);
  assert.match(spoken(unanswered), /call back/);
  assert.equal(unanswered.hangup, true);
  const callback = await eventually(() =>
    harness.db.prisma.callback.findUnique({ where: { idempotencyKey: `call:${caller.callSid}` } }).then((row) => row ?? undefined),
  );
  assert.match(callback.reason ?? '', /transfer not answered \(no-answer\)/);
  const result = await endCall(caller);
  assert.equal(result.outcome, 'callback_scheduled');
  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } });
  assert.equal(call.status, 'completed', 'not transferred: nobody took it');
});

test('a webhook with a bad signature is refused with 403 and starts nothing', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const forged = await caller.post('/twilio/voice', { From: KNOWN_CALLER, To: '+15550100000' }, 'bm90LWEtc2lnbmF0dXJl');
  assert.equal(forged.status, 403);
  const unsigned = await fetch(`${harness.voiceUrl}/twilio/voice`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ CallSid: caller.callSid, From: KNOWN_CALLER }).toString(),
  });
  assert.equal(unsigned.status, 403);
  await assert.rejects(
    harness.env.client.workflow.getHandle(callWorkflowId(caller.callSid)).describe(),
    (error: unknown) => error instanceof WorkflowNotFoundError,
  );
  assert.equal(await harness.db.prisma.callLog.count({ where: { callSid: caller.callSid } }), 0);
});

test('a malformed webhook gets 400 and starts nothing', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const response = await caller.post('/twilio/voice', { CallSid: 'not-a-call-sid' });
  assert.equal(response.status, 400);
});

test('duplicate deliveries of the same webhook are answered the same and change nothing', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const greeting = await caller.dial();
  const again = await caller.dial();
  assert.deepEqual(again.say, greeting.say);
  const action = caller.pendingAction!;
  const params = { SpeechResult: 'my outlook will not sync new emails', Confidence: '0.9' };
  const [first, retry] = await Promise.all([caller.post(action, params), caller.post(action, params)]);
  assert.equal(retry.body, first.body);
  const third = await caller.post(action, params);
  assert.equal(third.body, first.body);
  const snapshot = await harness.snapshot(caller.callSid);
  assert.equal(snapshot.transcript.filter((line) => line.role === 'caller').length, 1);
  assert.equal(await harness.db.prisma.callLog.count({ where: { callSid: caller.callSid } }), 1);
  await endCall(caller);
  assert.equal(await harness.db.prisma.supportTicket.count({ where: { idempotencyKey: `call:${caller.callSid}` } }), 0);
});

test('a caller who says goodbye before the fix works leaves with a ticket, not a callback', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('outlook keeps asking for my password');
  await caller.say('no, that did not help');
  const goodbye = await caller.say('no thanks, I have to go, bye');
  assert.ok(goodbye.hangup, `the agent ends the call: ${spoken(goodbye)}`);
  const ticket = await harness.db.prisma.supportTicket.findFirstOrThrow({ where: { idempotencyKey: `call:${caller.callSid}` } });
  assert.equal(ticket.category, 'email');
  assert.ok(spoken(goodbye).includes(spellDigits(String(ticket.id))), `the number is read out: ${spoken(goodbye)}`);
  const result = await endCall(caller);
  assert.deepEqual(result, { outcome: 'ticket_created', ticketId: String(ticket.id) });
  assert.equal(await harness.db.prisma.callback.count({ where: { callLog: { callSid: caller.callSid } } }), 0);
});

test('a call that drops mid-troubleshooting leaves a complete record and a kept callback', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('my wifi keeps dropping out every few minutes');
  const result = await endCall(caller);
  assert.deepEqual(result, { outcome: 'callback_scheduled' });
  const callback = await harness.db.prisma.callback.findFirstOrThrow({ where: { callLog: { callSid: caller.callSid } } });
  assert.equal(callback.phone, KNOWN_CALLER);
  assert.match(callback.reason ?? '', /wifi/);
  const described = await harness.env.client.workflow.getHandle(`callback-${callback.id}`).describe();
  assert.equal(described.status.name, 'RUNNING');
  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } });
  assert.equal(call.status, 'completed');
  assert.equal(call.category, 'network');
  assert.ok((call.transcript as unknown[]).length >= 3);
  assert.ok(call.endedAt);
});

test('a caller who asks to be called back "tomorrow after 3" is booked for then and hears the time', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const booked = await caller.say('can someone call me back tomorrow after 3 about my vpn please');
  const callback = await eventually(() =>
    harness.db.prisma.callback
      .findUnique({ where: { idempotencyKey: `call:${caller.callSid}` }, include: { organization: true } })
      .then((row) => row ?? undefined),
  );
  // The same reading of the words, as of the moment it was booked, in the organisation's hours.
  const expected = parseRequestedTime(
    'tomorrow after 3',
    callback.createdAt.getTime(),
    organizationCalendar(callback.organization?.businessCalendar),
  );
  assert.ok(expected, 'the words name a time');
  assert.equal(callback.scheduledFor.getTime(), expected.at);
  assert.ok(spoken(booked).includes(expected.readBack), `the time is read back: ${spoken(booked)}`);
  assert.match(expected.readBack, /3 p\.m\.|9 a\.m\./);
  await endCall(caller);
});

test('a caller who rings again is reminded of their last call, and the agent knows its ticket', async () => {
  const daniel = '+15551187102'; // Daniel Finch of Calloway & Finch LLP, called by no other test
  const first = harness.caller(daniel);
  await first.dial();
  await first.say('my printer says paper jam');
  await first.say('please just open a ticket');
  await endCall(first);
  const ticketId = (await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: first.callSid } })).ticketId;
  assert.ok(ticketId);

  const again = harness.caller(daniel);
  const greeting = spoken(await again.dial());
  assert.match(greeting, /Hi Daniel, I see you're with Calloway & Finch LLP\./);
  assert.ok(
    greeting.includes(`I see you called earlier today about a printer problem, ticket ${spellDigits(String(ticketId))}.`),
    greeting,
  );
  await endCall(again);
});

test("an organisation's own support line names it before a word is said; the caller's phone then narrows to its contact", async () => {
  const calloway = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1187' } });
  assert.ok(calloway.supportNumber, 'seeded with its own line');
  const stranger = harness.caller(UNKNOWN_CALLER, calloway.supportNumber);
  const greeting = await stranger.dial();
  assert.match(spoken(greeting), /Calloway & Finch/);
  assert.doesNotMatch(spoken(greeting), /code/i);
  assert.equal((await harness.snapshot(stranger.callSid)).organizationId, calloway.id);
  await endCall(stranger);

  // Tom works at Harbor Point: on Calloway's line his number names no Calloway contact.
  const tom = harness.caller(KNOWN_CALLER, calloway.supportNumber);
  await tom.dial();
  const snapshot = await harness.snapshot(tom.callSid);
  assert.equal(snapshot.organizationId, calloway.id);
  assert.equal(snapshot.contactId, undefined);
  await endCall(tom);
});

test('"ticket one zero four two" from an unidentified caller is a ticket, never read back as the code UE-1042', async () => {
  const caller = harness.caller(UNKNOWN_CALLER);
  await caller.dial();
  const reply = await caller.say("hi i'm calling about ticket one zero four two is there any news");
  assert.doesNotMatch(spoken(reply), /I heard U E/);
  await endCall(caller);
});

test('a correction re-prioritises the open ticket through its workflow; caller turns carry their sentiment', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say('the printer by my desk is jammed');
  const opened = await caller.say('just open a ticket please');
  assert.match(spoken(opened), /ticket number is/);
  const ticket = await harness.db.prisma.supportTicket.findFirstOrThrow({ where: { idempotencyKey: `call:${caller.callSid}` } });
  const corrected = await caller.say("oh great, actually it's the whole office, none of us can print");
  assert.match(spoken(corrected), /to high priority/);
  const view = await eventually(async () => {
    const current = await harness.env.client.workflow.getHandle(`ticket-${ticket.id}`).query('view');
    return (current as { priority: string }).priority === 'high' ? current : undefined;
  });
  assert.ok(view, 'the ticket workflow holds the new priority');
  await caller.say('no thanks, bye');
  await endCall(caller);
  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid }, include: { analysis: true } });
  const lines = call.transcript as Array<{ role: string; text: string; sentiment?: { label: string; frustration: number } }>;
  const sarcastic = lines.find((line) => line.role === 'caller' && line.text.startsWith('oh great'));
  assert.equal(sarcastic?.sentiment?.label, 'negative');
  assert.ok((call.analysis?.frustration ?? 0) > 0, 'the call keeps the caller’s frustration');
});
