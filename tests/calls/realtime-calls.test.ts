import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import twilioSdk from 'twilio';
import { MediaStreamCaller, UpgradeRefused } from '../../tools/media-stream-caller';
import type { TwilioCaller, TwimlTurn } from '../../tools/twilio-caller';
import { AUTH_TOKEN, type CallHarness } from '../support/call-harness';
import { eventually } from '../support/eventually';
import { GREETING_FRAMES, ulawFrame, type FakeRealtime, type FakeRealtimeSession } from '../support/fake-realtime';
import type { FakeTwilioApi } from '../support/fake-twilio-api';
import { startRealtimeCallHarness, type RealtimeCallHarness } from '../support/realtime-harness';
import type { CallTurnEvent } from '../../activities/calls/live';
import { callWorkflowId, realtimeLineSignal } from '../../workflows/call/messages';

/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';
const UNKNOWN_CALLER = '+15557770002';

let started: RealtimeCallHarness;
let harness: CallHarness;
let realtime: FakeRealtime;
let twilio: FakeTwilioApi;

before(async () => {
  started = await startRealtimeCallHarness();
  ({ harness, realtime, twilio } = started);
});
after(() => started?.close());

/** Retries an assertion until it holds (5 s at most). */
function settles(check: () => void | Promise<void>): Promise<true> {
  return eventually(async () => {
    await check();
    return true as const;
  });
}

interface StreamedCall {
  phone: TwilioCaller;
  twiml: TwimlTurn;
  stream: MediaStreamCaller;
  model: FakeRealtimeSession;
}

/** Dials, follows <Connect><Stream> as Twilio would, and waits for the model's greeting to reach the caller. */
async function streamedCall(from: string, options: { autoPlay?: boolean } = {}): Promise<StreamedCall> {
  const phone = harness.caller(from);
  const twiml = await phone.dial();
  assert.ok(twiml.stream, `the incoming call was not streamed: ${JSON.stringify(twiml)}`);
  const stream = await MediaStreamCaller.connect({
    url: twiml.stream.url,
    authToken: AUTH_TOKEN,
    callSid: phone.callSid,
    parameters: twiml.stream.parameters,
    ...options,
  });
  const session = realtime.nextSession();
  stream.start();
  const model = await session;
  await stream.until((caller) => caller.audio.length >= GREETING_FRAMES.length);
  return { phone, twiml, stream, model };
}

async function hangUp(call: StreamedCall) {
  call.stream.stop();
  assert.equal(await call.phone.hangUp('completed'), 204);
  return harness.finished(call.phone.callSid);
}

function audioFormats(session: Record<string, unknown>): [unknown, unknown] {
  const audio = session.audio as { input?: { format?: { type?: string } }; output?: { format?: { type?: string } } } | undefined;
  return [audio?.input?.format?.type, audio?.output?.format?.type];
}

test('the incoming call is streamed with its identity, and μ-law frames flow both ways unchanged', async () => {
  const call = await streamedCall(KNOWN_CALLER);
  assert.match(call.twiml.stream!.url, /^ws:\/\/127\.0\.0\.1:\d+\/twilio\/stream$/);
  assert.deepEqual(call.twiml.stream!.parameters, { callSid: call.phone.callSid, from: KNOWN_CALLER, to: '+15550100000' });
  assert.equal(call.model.authorization, 'Bearer sk-test-realtime');
  assert.equal(call.model.model, 'gpt-realtime');
  assert.deepEqual(audioFormats(call.model.session), ['audio/pcmu', 'audio/pcmu']);
  // The greeting knows the caller: the phone lookup ran before the first word.
  const [opening] = call.model.ofType('session.update');
  assert.match(String((opening?.session as { instructions?: string }).instructions), /Tom Becker/);
  assert.deepEqual(call.stream.audio, GREETING_FRAMES);

  const callerFrames = Array.from({ length: 8 }, (_unused, index) => ulawFrame(index));
  for (const frame of callerFrames) call.stream.sendAudio(frame);
  await settles(() => assert.deepEqual(call.model.appended, callerFrames));
  call.model.callerSpeaks('My Outlook keeps asking for my password.');
  // The double answers the caller's audio with that audio: it must come back byte for byte.
  call.model.speak(callerFrames, 'Let me look into that.');
  await call.stream.until((caller) => caller.audio.length >= GREETING_FRAMES.length + callerFrames.length);
  assert.deepEqual(call.stream.audio.slice(GREETING_FRAMES.length), callerFrames);

  await settles(async () => {
    const lines = (await harness.snapshot(call.phone.callSid)).transcript.map(({ role, text }) => `${role}: ${text}`);
    assert.ok(lines.includes('caller: My Outlook keeps asking for my password.'), lines.join('\n'));
    assert.ok(lines.includes('agent: Let me look into that.'), lines.join('\n'));
  });
  await hangUp(call);
});

test('barge-in clears Twilio and truncates the answer at the audio the caller actually heard', async () => {
  const call = await streamedCall(KNOWN_CALLER, { autoPlay: false });
  const frames = Array.from({ length: 10 }, (_unused, index) => ulawFrame(50 + index));
  const itemId = call.model.speak(frames, 'Here are ten frames of a long answer.');
  const total = GREETING_FRAMES.length + frames.length;
  await call.stream.until((caller) => caller.marks.length >= total);
  call.stream.hearUpTo(GREETING_FRAMES.length + 4); // the caller heard 4 frames (80 ms) of the answer
  // A frame after the marks: once the model sees it, the edge has read the marks before it.
  call.stream.sendAudio(ulawFrame(99));
  await call.model.waitFor('input_audio_buffer.append', (event) => event.audio === ulawFrame(99));
  call.model.speechStarted();

  const truncate = await call.model.waitFor('conversation.item.truncate');
  assert.deepEqual(
    { ...truncate, event_id: undefined },
    {
      type: 'conversation.item.truncate',
      item_id: itemId,
      content_index: 0,
      audio_end_ms: 80,
      event_id: undefined,
    },
  );
  await call.stream.until((caller) => caller.received.some((message) => message.event === 'clear'));
  await hangUp(call);
});

test('a function call round-trips through the workflow to the database and back to the model', async () => {
  const call = await streamedCall(UNKNOWN_CALLER);
  const since = call.model.received.length;
  const { output } = await call.model.callFunction('identify_organization', { ueCode: 'UE-1042' });
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  assert.deepEqual(output, { id: String(org.id), name: org.name, ueCode: 'UE-1042' });
  // The model is asked to go on with the result.
  await call.model.waitFor('response.create', () => true, since);
  assert.equal((await harness.snapshot(call.phone.callSid)).organizationId, org.id);

  const { output: ticket } = await call.model.callFunction('create_ticket', {
    subject: 'Outlook password prompts',
    description: 'Outlook keeps asking for the password since this morning.',
    category: 'email',
    priority: 'medium',
  });
  const ticketId = (ticket as { id: string }).id;
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id: Number(ticketId) } });
  assert.equal(row.organizationId, org.id);
  assert.equal((await harness.snapshot(call.phone.callSid)).ticketId, Number(ticketId));

  const invalid = await call.model.callFunction('create_ticket', { subject: 'x' });
  assert.match(String((invalid.output as { error?: string }).error), /subject|description/);
  await hangUp(call);
});

test('a handoff changes the instructions and tools and keeps μ-law audio', async () => {
  const call = await streamedCall(KNOWN_CALLER);
  const updatesBefore = call.model.ofType('session.update').length;
  const { output } = await call.model.callFunction('handoff', { to: 'email', reason: 'Outlook password prompts' });
  assert.deepEqual(output, { to: 'email' });
  await settles(() => assert.equal(call.model.ofType('session.update').length, updatesBefore + 1));
  const update = call.model.ofType('session.update').at(-1)!.session as { instructions: string; tools: Array<{ name: string }> };
  assert.match(update.instructions, /email/i);
  assert.ok(
    update.tools.some((tool) => tool.name === 'search_kb'),
    'the email agent can search the knowledge base',
  );
  assert.ok(!update.tools.some((tool) => tool.name === 'identify_organization'), 'the tools are the email agent’s, not triage’s');
  // The session as the server now holds it still speaks μ-law both ways: no fallback to PCM after a handoff.
  assert.deepEqual(audioFormats(call.model.session), ['audio/pcmu', 'audio/pcmu']);
  for (const event of call.model.ofType('session.update'))
    assert.deepEqual(audioFormats(event.session as Record<string, unknown>), ['audio/pcmu', 'audio/pcmu']);
  assert.equal((await harness.snapshot(call.phone.callSid)).agent, 'email');

  await hangUp(call);
  const log = await harness.db.prisma.callLog.findUniqueOrThrow({
    where: { callSid: call.phone.callSid },
    include: { interactions: true },
  });
  assert.deepEqual(
    log.interactions.map((interaction) => [interaction.agentName, interaction.handoffTo]),
    [
      ['triage', 'email'],
      ['email', null],
    ],
  );
});

test('keys pressed during the stream identify the organisation, and the model is told', async () => {
  const call = await streamedCall(UNKNOWN_CALLER);
  const since = call.model.received.length;
  for (const digit of '1042') call.stream.press(digit);
  const told = await call.model.waitFor('conversation.item.create', (event) => JSON.stringify(event.item).includes('UE-1042'), since);
  assert.match(JSON.stringify(told.item), /Harbor Point Dental/);
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  assert.equal((await harness.snapshot(call.phone.callSid)).organizationId, org.id);
  await hangUp(call);
});

function redirectOf(callSid: string): Promise<string> {
  return eventually(async () => {
    const update = twilio.requests.find((request) => request.kind === 'callUpdate' && request.sid === callSid);
    assert.ok(update, 'the live call was not redirected');
    return update.params.Url ?? '';
  });
}

/** The call's `call.turn` events as logged for the panel (what a reconnecting panel replays), in order. */
async function turnEvents(callSid: string): Promise<CallTurnEvent[]> {
  const rows = await harness.db.prisma.event.findMany({ where: { type: 'call.turn', entityId: callSid }, orderBy: { id: 'asc' } });
  return rows.map((row) => row.data as unknown as CallTurnEvent);
}

const linesOf = (events: CallTurnEvent[]) => events.flatMap((event) => event.lines.map(({ role, text }) => `${role}: ${text}`));

/** Waits until the call's feed has announced `line`, and returns the feed so far. */
function announced(callSid: string, line: string): Promise<CallTurnEvent[]> {
  return eventually(async () => {
    const events = await turnEvents(callSid);
    return linesOf(events).includes(line) ? events : undefined;
  });
}

test('a realtime call’s lines and tool changes reach the live call.turn feed, in order and once each', async () => {
  const call = await streamedCall(UNKNOWN_CALLER);
  const { callSid } = call.phone;
  await announced(callSid, 'agent: Hello, URackIT support, how can I help?');
  call.model.autoRespond = false; // the model says only what the test scripts

  const callerItem = call.model.callerSpeaks('My Outlook keeps asking for my password.');
  await announced(callSid, 'caller: My Outlook keeps asking for my password.');
  // The edge retries a line it is unsure arrived: the same item must not reach the panel twice.
  const workflow = harness.env.client.workflow.getHandle(callWorkflowId(callSid));
  await workflow.signal(realtimeLineSignal, { itemId: callerItem, role: 'caller', text: 'My Outlook keeps asking for my password.' });
  call.model.speak([ulawFrame(7)], 'Let me look into that.');
  await announced(callSid, 'agent: Let me look into that.');

  await call.model.callFunction('identify_organization', { ueCode: 'UE-1042' });
  const identified = await eventually(async () => {
    const events = await turnEvents(callSid);
    return events.at(-1)?.organizationName === 'Harbor Point Dental Group' ? events : undefined;
  });
  assert.equal(identified.at(-1)!.lines.length, 0, 'a change nobody said aloud is announced on its own');
  await call.model.callFunction('handoff', { to: 'email', reason: 'Outlook password prompts' });
  await eventually(async () => ((await turnEvents(callSid)).at(-1)?.agent === 'email' ? true : undefined));
  const { output } = await call.model.callFunction('create_ticket', {
    subject: 'Outlook password prompts',
    description: 'Outlook keeps asking for the password since this morning.',
    category: 'email',
    priority: 'medium',
  });
  const ticketId = (output as { id: string }).id;
  await eventually(async () => ((await turnEvents(callSid)).at(-1)?.ticketId === ticketId ? true : undefined));
  await hangUp(call);

  const events = await turnEvents(callSid);
  assert.deepEqual(
    linesOf(events).filter((line) => !line.startsWith('system:')),
    ['agent: Hello, URackIT support, how can I help?', 'caller: My Outlook keeps asking for my password.', 'agent: Let me look into that.'],
    'each line once, in the order it was said',
  );
  assert.ok(linesOf(events).some((line) => /^system: handoff triage → email/.test(line)));
  // No noise: every event tells the panel something the one before had not.
  const shown = (event: CallTurnEvent) =>
    JSON.stringify([event.agent, event.organizationName, event.contactName, event.ticketId, event.transfer]);
  events.forEach((event, index) => {
    assert.ok(event.lines.length > 0 || index === 0 || shown(event) !== shown(events[index - 1]!), `event ${index} repeats the one before`);
    assert.equal(event.callSid, callSid);
  });
});

test('a caller who asks for a person is put through to the desk by the realtime agent, and the stream ends cleanly', async () => {
  const call = await streamedCall(KNOWN_CALLER);
  const { callSid } = call.phone;
  call.model.callerSpeaks('My screen is black. Can I just talk to a real person please?');
  const { output, callId } = await call.model.callFunction('escalate_to_human', { reason: 'the caller asked for a person' });
  const escalation = output as { accepted: boolean; destination: string | null; ticket: { id: string } };
  assert.equal(escalation.accepted, true);
  assert.equal(escalation.destination, harness.config.HUMAN_TRANSFER_NUMBER);

  // The workflow redirected the live call through Twilio's REST API, to TwiML that dials the desk.
  const url = await redirectOf(callSid);
  assert.match(url, /\/twilio\/gather\?turn=1&redirect=1$/);
  const transfer = await call.phone.redirected(url);
  assert.equal(transfer.dial, harness.config.HUMAN_TRANSFER_NUMBER);
  assert.equal(transfer.say.join(' '), "I'm connecting you to one of our technicians now. They know what you've told me.");
  assert.equal(transfer.gatherAction, undefined, 'no gather: the call leaves the agent');
  assert.equal(transfer.stream, undefined);

  // The model is not asked to talk over the transfer: its session ends with the function's output.
  await eventually(async () => call.model.socket.readyState === call.model.socket.CLOSED, 5000, 'the model socket closed');
  const outputAt = call.model.received.findIndex((event) => (event.item as { call_id?: string } | undefined)?.call_id === callId);
  assert.deepEqual(
    call.model.received.slice(outputAt + 1).map((event) => event.type),
    [],
    'nothing after the output, no response.create',
  );
  // Twilio ends the stream when the call runs the new TwiML.
  call.stream.stop();
  await call.stream.closed;

  const briefing = (await call.phone.answerTransfer(transfer)).say.join(' ');
  assert.match(briefing, /Tom Becker from Harbor Point Dental Group/);
  const afterTalk = await call.phone.transferEnded(transfer, 'completed');
  assert.equal(afterTalk.hangup, true);
  assert.equal(await call.phone.hangUp('completed'), 204);
  const result = await harness.finished(callSid);
  assert.deepEqual(result, { outcome: 'escalated', ticketId: escalation.ticket.id });

  const log = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid } });
  assert.equal(log.status, 'transferred');
  assert.equal(log.wasEscalated, true);
  assert.equal(log.ticketId, Number(escalation.ticket.id));
  assert.equal(log.brain, 'realtime', 'no fallback to gather mode: the call left the agent on purpose');
  assert.equal(twilio.requests.filter((request) => request.kind === 'callUpdate' && request.sid === callSid).length, 1);
  const escalations = await eventually(async () => {
    const rows = await harness.db.prisma.ticketEscalation.findMany({ where: { ticketId: Number(escalation.ticket.id) } });
    return rows.length > 0 ? rows : undefined;
  });
  assert.deepEqual(
    escalations.map((row) => [row.level, row.trigger, row.notifiedTarget]),
    [[1, 'caller_request', harness.config.HUMAN_TRANSFER_NUMBER]],
  );
  // The panel saw the transfer ring, as for a gather call.
  assert.ok((await turnEvents(callSid)).some((event) => event.transfer?.status === 'dialing'));
});

test('a dropped realtime socket moves the call to gather mode with its transcript and ticket intact', async () => {
  const call = await streamedCall(KNOWN_CALLER);
  call.model.callerSpeaks('My Outlook keeps asking for my password.');
  const { output } = await call.model.callFunction('create_ticket', {
    subject: 'Outlook password prompts',
    description: 'Outlook keeps asking for the password.',
    category: 'email',
    priority: 'medium',
  });
  const ticketId = Number((output as { id: string }).id);
  call.model.drop();

  const url = await redirectOf(call.phone.callSid);
  assert.match(url, /\/twilio\/gather\?turn=1&redirect=1$/);
  const resumed = await call.phone.redirected(url);
  assert.equal(resumed.say.join(' '), "Sorry, I lost you for a moment. I still have everything you've told me: please go on.");
  assert.ok(resumed.gatherAction, 'the call goes on in gather mode');
  call.stream.stop(); // Twilio ends the stream once the call runs the new TwiML

  const next = await call.phone.say('It is still asking for the password.');
  assert.ok(next.say.length > 0, 'the rules brain answers');
  const snapshot = await harness.snapshot(call.phone.callSid);
  assert.equal(snapshot.brain, 'rules');
  assert.equal(snapshot.ticketId, ticketId);
  const lines = snapshot.transcript.map(({ role, text }) => `${role}: ${text}`);
  assert.ok(lines.includes('caller: My Outlook keeps asking for my password.'));
  assert.ok(lines.includes('caller: It is still asking for the password.'));
  assert.ok(
    lines.some((line) => line.startsWith('system: realtime model unavailable')),
    lines.join('\n'),
  );

  assert.equal(await call.phone.hangUp('completed'), 204);
  const result = await harness.finished(call.phone.callSid);
  assert.equal(result.ticketId, String(ticketId));
});

test('a realtime API that cannot be reached sends the call to gather mode, not dead air', async () => {
  realtime.refuseWith = 503;
  try {
    const phone = harness.caller(KNOWN_CALLER);
    const twiml = await phone.dial();
    const stream = await MediaStreamCaller.connect({
      url: twiml.stream!.url,
      authToken: AUTH_TOKEN,
      callSid: phone.callSid,
      parameters: {},
    });
    stream.start();
    const resumed = await phone.redirected(await redirectOf(phone.callSid));
    assert.match(resumed.say.join(' '), /lost you for a moment/);
    assert.ok(resumed.gatherAction);
    stream.stop();
    assert.equal(await phone.hangUp('completed'), 204);
    await harness.finished(phone.callSid);
  } finally {
    realtime.refuseWith = undefined;
  }
});

test('an unsigned or wrongly signed stream upgrade is refused before any audio', async () => {
  const phone = harness.caller(KNOWN_CALLER);
  const twiml = await phone.dial();
  const url = twiml.stream!.url;
  const sessionsBefore = realtime.sessions.length;
  const refusal = async (signature: string | null) => {
    const error = await MediaStreamCaller.connect({ url, authToken: AUTH_TOKEN, callSid: phone.callSid, parameters: {}, signature }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    assert.ok(error instanceof UpgradeRefused, `the upgrade was accepted (signature ${signature})`);
    return error.status;
  };
  assert.equal(await refusal(null), 403);
  assert.equal(await refusal('bm90IGEgc2lnbmF0dXJl'), 403);
  const forAnotherUrl = twilioSdk.getExpectedTwilioSignature(AUTH_TOKEN, `${url}?other=1`, {});
  assert.equal(await refusal(forAnotherUrl), 403);
  const wrongToken = twilioSdk.getExpectedTwilioSignature('not-the-auth-token', url, {});
  assert.equal(await refusal(wrongToken), 403);
  assert.equal(realtime.sessions.length, sessionsBefore, 'no realtime session was opened for a refused stream');
  assert.equal(await phone.hangUp('completed'), 204);
  await harness.finished(phone.callSid);
});

test('the record of a realtime call has the fields of a gather call filled, with realtime usage priced', async () => {
  const call = await streamedCall(KNOWN_CALLER);
  call.model.callerSpeaks('My Outlook keeps asking for my password.');
  await call.model.callFunction('create_ticket', {
    subject: 'Outlook password prompts',
    description: 'Outlook keeps asking for the password.',
    category: 'email',
    priority: 'medium',
  });
  await call.stream.until((caller) => caller.audio.length >= GREETING_FRAMES.length * 2);
  const result = await hangUp(call);
  const log = await harness.db.prisma.callLog.findUniqueOrThrow({
    where: { callSid: call.phone.callSid },
    include: { interactions: true, aiUsageLogs: true },
  });
  assert.equal(log.brain, 'realtime');
  assert.equal(log.status, 'completed');
  assert.equal(String(log.ticketId), result.ticketId);
  for (const field of [
    'organizationId',
    'contactId',
    'endedAt',
    'durationSeconds',
    'callSummary',
    'sentiment',
    'category',
    'finalAgent',
  ] as const) {
    assert.notEqual(log[field], null, `${field} is filled`);
  }
  const transcript = log.transcript as Array<{ role: string }>;
  assert.ok(transcript.some((line) => line.role === 'caller') && transcript.some((line) => line.role === 'agent'));
  assert.equal(log.interactions.length, 1);
  assert.ok((log.interactions[0]!.toolCalls as unknown[]).length >= 1);
  const realtimeUsage = log.aiUsageLogs.filter((usage) => usage.purpose === 'realtime');
  assert.ok(realtimeUsage.length >= 2, 'each response is logged');
  assert.ok(realtimeUsage.every((usage) => usage.model === 'gpt-realtime' && Number(usage.costUsd) > 0));
});
