import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually } from '../support/eventually';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { snapshotDatabase } from '../support/db-snapshot';

/*
 * Twilio retries a webhook it got no timely answer to, and a proxy may deliver one twice. After a
 * call has ended and its records are written, every one of its webhooks arriving again — the
 * status callback, the last caller turn, the incoming call itself — must change nothing.
 */

const KNOWN_CALLER = '+15551042102';

let harness: CallHarness;
before(async () => {
  harness = await startCallHarness();
});
after(async () => {
  await harness?.close();
});

test('replayed webhooks after a call ended change nothing and are never a 5xx', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  const lastTurn = caller.pendingAction!;
  const speech = { SpeechResult: 'my wifi keeps dropping out every few minutes', Confidence: '0.9' };
  await caller.post(lastTurn, speech);
  const ended = { CallStatus: 'completed', CallDuration: '42' };
  assert.equal((await caller.post('/twilio/status', ended)).status, 204);
  const result = await harness.finished(caller.callSid);
  assert.deepEqual(result, { outcome: 'callback_scheduled' });
  // The callback the dropped call booked runs on its own: its first attempt (no dialler here) is
  // over once it waits for the next one. Only then is the database settled.
  await eventually(
    async () =>
      (await harness.db.prisma.callback.findFirst({
        where: { callLog: { callSid: caller.callSid }, attempts: { gte: 1 }, status: { not: 'dialing' } },
      })) ?? undefined,
    10_000,
    "the callback's first attempt",
  );
  const settled = await snapshotDatabase(harness.db.prisma);

  const replays = [
    await caller.post('/twilio/status', ended),
    await caller.post('/twilio/status', ended),
    await caller.post(lastTurn, speech),
    await caller.post('/twilio/status', { CallStatus: 'no-answer', CallDuration: '0' }),
  ];
  const redialled = await caller.dial();
  assert.ok(redialled.status < 500, `the incoming-call webhook again: ${redialled.status}`);
  for (const replay of replays) assert.ok(replay.status < 500, `a replay answered ${replay.status}: ${replay.body}`);
  assert.deepEqual(await snapshotDatabase(harness.db.prisma), settled, 'a replayed webhook changed the database');
  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } });
  assert.equal(
    (call.transcript as Array<{ role: string }>).filter((line) => line.role === 'caller').length,
    1,
    'the caller turn is there once',
  );
  assert.equal(await harness.db.prisma.callback.count({ where: { callLogId: call.id } }), 1, 'one callback');
});
