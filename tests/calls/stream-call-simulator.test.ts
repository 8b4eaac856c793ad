import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ensureEspeak, speakUlaw } from '../../tools/audio/speech';
import { encodeUlaw, parseWav, PHONE_RATE, tone, toPhoneUlaw, ULAW_SILENCE, ulawFrames } from '../../tools/audio/ulaw';
import { streamCall } from '../../tools/stream-call';
import { AUTH_TOKEN, type CallHarness } from '../support/call-harness';
import { GREETING_FRAMES, ulawFrame, type FakeRealtime, type FakeRealtimeSession } from '../support/fake-realtime';
import { startRealtimeCallHarness, type RealtimeCallHarness } from '../support/realtime-harness';

/**
 * `npm run call -- --stream` on the real call path (voice edge, Temporal, PostgreSQL) against the
 * Realtime protocol double: the caller's spoken line reaches the model as μ-law frames, the model's
 * audio comes back into the recording, and keys and the hang-up reach the workflow.
 */
const UNKNOWN_CALLER = '+15557770003';
const LINE = 'My Outlook keeps asking for my password.';
const GREETING = 'Hello, URackIT support, how can I help?';
const SILENT_FRAME = Buffer.alloc(160, ULAW_SILENCE).toString('base64');
const ANSWER_FRAMES = Array.from({ length: 10 }, (_unused, index) => ulawFrame(300 + index));

let started: RealtimeCallHarness;
let harness: CallHarness;
let realtime: FakeRealtime;
let workdir: string;
/** The caller's line as phone audio: espeak-ng when it can be had, else a tone (said in the test output). */
let lineAudio: Buffer;
let voiceUsed: string;

before(async () => {
  started = await startRealtimeCallHarness();
  ({ harness, realtime } = started);
  workdir = await mkdtemp(path.join(tmpdir(), 'urackit-stream-call-'));
  try {
    ensureEspeak();
    lineAudio = await speakUlaw(LINE);
    voiceUsed = 'espeak-ng';
  } catch (error) {
    lineAudio = toPhoneUlaw(tone(440, 800));
    voiceUsed = `a 440 Hz tone, because espeak-ng is unavailable: ${(error as Error).message}`;
  }
});
after(async () => {
  await started?.close();
  if (workdir) await rm(workdir, { recursive: true, force: true });
});

/**
 * The model's session, answering only as scripted: the simulator sends line silence from the start, which
 * the double would otherwise echo as its greeting.
 */
async function scriptedSession(): Promise<FakeRealtimeSession> {
  const session = await realtime.nextSession();
  session.autoRespond = false;
  await session.waitFor('response.create');
  session.speak(GREETING_FRAMES, GREETING);
  return session;
}

/** The line's frames that carry sound: the model double waits for those, not for the silence around the words. */
function voiced(frames: string[]): string[] {
  return frames.filter((frame) => frame !== SILENT_FRAME);
}

test('the simulator speaks a line, records the model’s audio, presses keys and hangs up', async (t) => {
  t.diagnostic(`the caller's voice: ${voiceUsed}`);
  const lineFrames = ulawFrames(lineAudio);
  assert.ok(lineFrames.length >= 20, `the line lasts at least 400 ms (${lineFrames.length} frames)`);
  const phone = harness.caller(UNKNOWN_CALLER);
  const record = path.join(workdir, 'agent.wav');

  // The model's side: once the whole line has arrived, it hears the words and answers.
  const model = scriptedSession().then(async (session) => {
    await session.waitFor('input_audio_buffer.append', (event) => event.audio === voiced(lineFrames).at(-1));
    session.callerSpeaks(LINE);
    session.speak(ANSWER_FRAMES, 'Let me look into that.');
    return session;
  });
  const result = await streamCall({
    phone,
    authToken: AUTH_TOKEN,
    turns: [{ say: LINE }, { keys: '1042' }],
    voice: async () => lineAudio,
    answerQuietMs: 200,
    answerTimeoutMs: 1500,
    recordPath: record,
  });
  const session = await model;

  // The line went out whole and in order, between frames of line silence.
  const appended = session.appended;
  const start = appended.indexOf(voiced(lineFrames)[0]!) - lineFrames.indexOf(voiced(lineFrames)[0]!);
  assert.ok(start > 0, 'silence was sent before the line (a phone line is never quiet on the wire)');
  assert.ok(voiced(lineFrames).length >= 10, 'the line has sound in it');
  assert.deepEqual(appended.slice(start, start + lineFrames.length), lineFrames);
  assert.deepEqual(result.spoken, lineFrames);

  // The recording is the model's audio as the caller heard it: the greeting, then the answer.
  const recorded = parseWav(await readFile(record));
  assert.equal(recorded.sampleRate, PHONE_RATE);
  const codes = encodeUlaw(recorded.samples);
  const greeting = Buffer.concat(GREETING_FRAMES.map((frame) => Buffer.from(frame, 'base64')));
  const answer = Buffer.concat(ANSWER_FRAMES.map((frame) => Buffer.from(frame, 'base64')));
  assert.deepEqual(codes.subarray(0, greeting.length), greeting);
  assert.ok(codes.indexOf(answer) >= greeting.length, 'the answer is in the recording after the greeting');
  assert.equal(recorded.samples.length, result.received.length * 160);

  // The transcript and the keys reached the workflow, and the hang-up ended it.
  await harness.finished(phone.callSid);
  const log = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: phone.callSid } });
  const lines = (log.transcript as Array<{ role: string; text: string }>).map(({ role, text }) => `${role}: ${text}`);
  assert.ok(lines.includes(`caller: ${LINE}`), lines.join('\n'));
  assert.ok(lines.includes('agent: Let me look into that.'), lines.join('\n'));
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  assert.equal(log.organizationId, org.id, 'the keys pressed identified the organisation');
  assert.equal(log.status, 'completed');
});

test('with --barge-in-after-ms the next line interrupts the answer, which is truncated near what was heard', async (t) => {
  const lineFrames = ulawFrames(lineAudio);
  const longAnswer = Array.from({ length: 100 }, (_unused, index) => ulawFrame(400 + index)); // 2 s
  const phone = harness.caller('+15551042102');
  const model = scriptedSession().then(async (session) => {
    await session.waitFor('input_audio_buffer.append', (event) => event.audio === voiced(lineFrames).at(-1));
    session.callerSpeaks(LINE);
    const since = session.received.length;
    session.speak(longAnswer, 'Here is a long answer about passwords.');
    // The caller starts the next line over the answer: the server's VAD hears speech.
    await session.waitFor('input_audio_buffer.append', (event) => event.audio === voiced(lineFrames)[0], since);
    session.speechStarted();
    return session.waitFor('conversation.item.truncate');
  });
  const result = await streamCall({
    phone,
    authToken: AUTH_TOKEN,
    turns: [{ say: LINE }, { say: LINE }],
    voice: async () => lineAudio,
    bargeInAfterMs: 300,
    answerQuietMs: 200,
    answerTimeoutMs: 1000,
  });
  const truncate = await model;
  assert.ok(result.clears >= 1, 'the edge cleared the answer still queued at Twilio');
  const heardMs = Number(truncate.audio_end_ms);
  t.diagnostic(`barge-in after 300 ms of the answer: truncated at ${heardMs} ms`);
  // The caller had heard about 300 ms (playout is real time, marks go back as it plays), not the 2 s sent.
  assert.ok(heardMs >= 280 && heardMs < 1000, `truncated at ${heardMs} ms`);
  assert.ok(result.received.length >= GREETING_FRAMES.length + longAnswer.length, 'the whole answer had been sent at once');
  await harness.finished(phone.callSid);
});
