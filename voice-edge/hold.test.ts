import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Client, Connection } from '@temporalio/client';
import { parseConfig } from '../domain/config';
import { createLogger } from '../infra/logger';
import { TwilioCaller } from '../tools/twilio-caller';
import type { CallerTurn, CallStartInput, TurnReply } from '../workflows/call/messages';
import { createVoiceApp } from './app';
import { TemporalSilentError, isTransientTemporalError } from './hold';
import type { CallGateway } from './calls';

const AUTH_TOKEN = 'hold-test-token';
const DEADLINE_MS = 150;

/**
 * A gateway that stands in for a Temporal that is paused for the first `silentTries` requests of
 * each kind (they answer only after the edge's deadline), and records every request it got.
 */
/** These calls are gather calls: nothing here streams. */
const noStreams: CallGateway['realtime'] = {
  context: () => Promise.reject(new Error('not a streamed call')),
  tool: () => Promise.reject(new Error('not a streamed call')),
  keys: () => Promise.reject(new Error('not a streamed call')),
  line: () => Promise.reject(new Error('not a streamed call')),
  usage: () => Promise.reject(new Error('not a streamed call')),
  failed: () => Promise.reject(new Error('not a streamed call')),
};

function slowGateway(silentTries: number) {
  const seen: { greet: CallStartInput[]; turns: CallerTurn[] } = { greet: [], turns: [] };
  const answerLate = <T>(value: T, tries: number) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), tries <= silentTries ? DEADLINE_MS * 4 : 0));
  const gateway: CallGateway = {
    greet: (input) => {
      seen.greet.push(input);
      return answerLate<TurnReply>({ turn: 0, say: ['Hello.'], next: 'gather' }, seen.greet.length);
    },
    turn: (_callSid, turn) => {
      seen.turns.push(turn);
      return answerLate<TurnReply>(
        { turn: turn.turn, say: [`You said ${turn.kind === 'speech' ? turn.text : turn.kind}.`], next: 'gather' },
        seen.turns.length,
      );
    },
    ended: async () => undefined,
    callbackOutcome: async () => undefined,
    briefing: async () => null,
    realtime: noStreams,
  };
  return { gateway, seen };
}

let server: Server;
let baseUrl: string;
let current: ReturnType<typeof slowGateway>;

before(async () => {
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    VOICE_TEMPORAL_DEADLINE_MS: String(DEADLINE_MS),
    VOICE_MAX_HOLDS: '3',
  });
  const calls: CallGateway = {
    greet: (input) => current.gateway.greet(input),
    turn: (callSid, turn) => current.gateway.turn(callSid, turn),
    ended: async () => undefined,
    callbackOutcome: async () => undefined,
    briefing: async () => null,
    realtime: noStreams,
  };
  // The gateway is substituted, so the Temporal client is never used.
  const temporal = {} as { client: Client; connection: Connection };
  const app = createVoiceApp({ config, temporal, logger: createLogger('voice', config), calls });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function caller(): TwilioCaller {
  return new TwilioCaller({ baseUrl, authToken: AUTH_TOKEN, from: '+15551042101' });
}

test('a slow Temporal: the caller hears "one moment", Twilio asks again, and the words said are carried, not lost', async () => {
  current = slowGateway(2);
  const call = caller();
  const greeting = await call.dial();
  assert.equal(greeting.status, 200);
  assert.equal(greeting.holds, 2, 'two holds before the greeting');
  assert.deepEqual(greeting.say, ['Sorry, one moment please.', 'Sorry, one moment please.', 'Hello.']);
  assert.deepEqual(
    current.seen.greet.map((input) => input.from),
    ['+15551042101', '+15551042101', '+15551042101'],
    'each try starts-or-joins the same call',
  );

  const reply = await call.say('my printer says paper jam');
  assert.equal(reply.holds, 2);
  assert.deepEqual(reply.say.at(-1), 'You said my printer says paper jam.');
  assert.deepEqual(
    current.seen.turns.map((turn) => [turn.turn, turn.kind === 'speech' ? turn.text : turn.kind]),
    [
      [1, 'my printer says paper jam'],
      [1, 'my printer says paper jam'],
      [1, 'my printer says paper jam'],
    ],
    'every try is the same turn with the same words (Temporal answers it once, by its Update id)',
  );
  assert.match(reply.gatherAction ?? '', /^\/twilio\/gather\?turn=2$/, 'the next turn is plain again');
});

test('keys pressed survive a hold too', async () => {
  current = slowGateway(1);
  const call = caller();
  await call.dial();
  current.seen.turns.length = 0;
  const reply = await call.press('1042');
  assert.equal(reply.holds, 1);
  assert.deepEqual(
    current.seen.turns.map((turn) => (turn.kind === 'dtmf' ? turn.digits : turn.kind)),
    ['1042', '1042'],
  );
});

test('after VOICE_MAX_HOLDS holds in a row the caller is put through to a person', async () => {
  current = slowGateway(100);
  const greeting = await caller().dial();
  assert.equal(greeting.holds, 3);
  assert.match(greeting.say.at(-1) ?? '', /connect you to a technician/);
  assert.equal(greeting.dial, '+15550100999');
});

test('a workflow task in a failed state or an unreachable Temporal holds the caller; any other error does not', () => {
  const failedTask = Object.assign(new Error('Unable to perform workflow execution update due to Workflow Task in failed state.'), {
    cause: Object.assign(new Error('9 FAILED_PRECONDITION: Update-with-Start could not be executed.'), { code: 9 }),
  });
  const unavailable = new Error('the call failed', {
    cause: Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }),
  });
  const notFound = Object.assign(new Error('5 NOT_FOUND: workflow not found'), { code: 5 });
  assert.deepEqual(
    [failedTask, unavailable, new TemporalSilentError(10), notFound, new Error('bug'), 'text'].map((error) =>
      isTransientTemporalError(error),
    ),
    [true, true, true, false, false, false],
  );
});

test('a rejected Update (the workflow task failed) is asked again after "one moment"', async () => {
  let tries = 0;
  current = slowGateway(0);
  const answering = current.gateway.turn;
  current.gateway.turn = (callSid, turn) => {
    tries += 1;
    return tries === 1
      ? Promise.reject(new Error('Unable to perform workflow execution update due to Workflow Task in failed state.'))
      : answering(callSid, turn);
  };
  const call = caller();
  await call.dial();
  const reply = await call.say('still there?');
  assert.equal(reply.holds, 1);
  assert.equal(reply.say.at(-1), 'You said still there?.');
});
