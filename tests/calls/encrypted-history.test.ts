import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { ENCRYPTED_ENCODING } from '../../infra/payload-codec';
import { callWorkflowId } from '../../workflows/call/messages';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { testPayloadCodec } from '../support/temporal';

/**
 * What a caller says reaches the CallWorkflow as Update arguments, so it is in Temporal's history.
 * Read with a client that has no codec (what someone with access to Temporal's database or API
 * sees), nothing of it is legible; through the codec it is all there.
 */
const KNOWN_CALLER = '+15551042102';
const PASSWORD = 'Hunter2Zebra';
const CARD_DIGITS = '4111111111111111';

let harness: CallHarness;
before(async () => {
  harness = await startCallHarness();
});
after(async () => {
  await harness?.close();
});

interface FoundPayload {
  path: string;
  payload: Payload;
}

/** Every payload in a history, with where it sits. */
function payloadsIn(value: unknown, path = ''): FoundPayload[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  const record = value as Record<string, unknown>;
  if (record.data instanceof Uint8Array && 'metadata' in record) return [{ path, payload: record as Payload }];
  return Object.entries(record).flatMap(([key, child]) => payloadsIn(child, `${path}.${key}`));
}

const text = (bytes: Uint8Array | null | undefined): string => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
const digitsOnly = (value: string): string => value.replace(/\D/g, '');

test("a caller's password and card number are in the call's Temporal history only encrypted", async () => {
  const caller = harness.caller(KNOWN_CALLER);
  await caller.dial();
  await caller.say(`outlook locks me out, my password is ${PASSWORD}`);
  await caller.say('and my card number is 4111 1111 1111 1111 if you need it for the invoice');
  await caller.hangUp('completed');
  await harness.finished(caller.callSid);

  const raw = new Client({ connection: harness.env.connection, namespace: harness.env.namespace });
  const history = await raw.workflow.getHandle(callWorkflowId(caller.callSid)).fetchHistory();
  const found = payloadsIn(history);
  const stored = [JSON.stringify(history), ...found.map(({ payload }) => text(payload.data))].join('\n');
  assert.ok(!stored.includes(PASSWORD), 'the password is nowhere in the stored history');
  assert.ok(!digitsOnly(stored).includes(CARD_DIGITS), 'the card number is nowhere in the stored history');
  const plain = found.filter(({ payload }) => text(payload.metadata?.encoding) !== ENCRYPTED_ENCODING);
  // Not the SDK's to encode: search attributes (the server indexes them) and the local-activity
  // markers' own bookkeeping under details.data (activity type, attempt, time; the result is under details.result).
  const serversOwn = /searchAttributes|markerRecordedEventAttributes\.details\.data\./;
  assert.deepEqual(
    plain.filter(({ path }) => !serversOwn.test(path)).map(({ path }) => path),
    [],
    'every payload of the workflow, its turns and its activities is encrypted',
  );
  assert.ok(found.length - plain.length >= 3, 'the turns, activities and result were all stored');

  const decoded = await testPayloadCodec.decode(found.map(({ payload }) => payload));
  const legible = decoded.map((payload) => text(payload.data)).join('\n');
  assert.ok(legible.includes(PASSWORD), 'through the codec the turn is readable (the test looks where the words are)');
  assert.ok(digitsOnly(legible).includes(CARD_DIGITS));
});
