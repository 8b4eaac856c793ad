import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { PayloadKey } from '../domain/config';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA, PayloadDecryptionError } from './payload-codec';

const newKey = (id: string): PayloadKey => ({ id, key: randomBytes(32).toString('base64') });
const turn = { kind: 'speech', text: 'my password is Hunter2Zebra' };
const payloadOf = (value: unknown): Payload => defaultPayloadConverter.toPayload(value);
const valueOf = (payload: Payload | undefined): unknown => defaultPayloadConverter.fromPayload(payload!);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');

test('a payload round-trips; what is stored names only the encoding and the key id', async () => {
  const codec = new EncryptionCodec([newKey('k1')]);
  const [sealed] = await codec.encode([payloadOf(turn)]);
  assert.ok(sealed);
  assert.deepEqual(Object.keys(sealed.metadata ?? {}).sort(), ['encoding', KEY_ID_METADATA]);
  assert.equal(text(sealed.metadata?.encoding), ENCRYPTED_ENCODING);
  assert.equal(text(sealed.metadata?.[KEY_ID_METADATA]), 'k1');
  assert.ok(!text(sealed.data).includes('Hunter2Zebra'));
  assert.ok(!text(sealed.data).includes('json/plain'), 'the inner metadata is sealed too');
  assert.deepEqual(valueOf((await codec.decode([sealed]))[0]), turn);
  const [again] = await codec.encode([payloadOf(turn)]);
  assert.notDeepEqual(again?.data, sealed.data, 'a fresh nonce per payload');
});

test('rotation: the first key encrypts, every listed key still decrypts what it wrote', async () => {
  const [oldKey, newer] = [newKey('2026-01'), newKey('2026-11')];
  const before = await new EncryptionCodec([oldKey]).encode([payloadOf(turn)]);
  const rotated = new EncryptionCodec([newer, oldKey]);
  assert.deepEqual(valueOf((await rotated.decode(before))[0]), turn);
  const after = await rotated.encode([payloadOf(turn)]);
  assert.equal(text(after[0]?.metadata?.[KEY_ID_METADATA]), '2026-11');
  await assert.rejects(new EncryptionCodec([oldKey]).decode(after), /key "2026-11", which is not among/);
});

test('a payload under a key this process does not have fails with a clear error', async () => {
  const sealed = await new EncryptionCodec([newKey('prod-1')]).encode([payloadOf(turn)]);
  await assert.rejects(new EncryptionCodec([newKey('dev-1')]).decode(sealed), (error: unknown) => {
    assert.ok(error instanceof PayloadDecryptionError);
    assert.match(error.message, /encrypted with key "prod-1", which is not among the configured TEMPORAL_PAYLOAD_KEYS \(dev-1\)/);
    return true;
  });
  // The same id holding another key (a regenerated local key, say): refused, not garbage.
  await assert.rejects(new EncryptionCodec([newKey('prod-1')]).decode(sealed), /key "prod-1" failed authentication/);
});

test('tampered ciphertext, a swapped key id or a truncated payload is refused', async () => {
  const [first, second] = [newKey('a'), newKey('b')];
  const codec = new EncryptionCodec([first, second]);
  const [sealed] = await codec.encode([payloadOf(turn)]);
  assert.ok(sealed?.data);
  for (const index of [0, 12, sealed.data.length - 1]) {
    const flipped = Uint8Array.from(sealed.data);
    flipped[index]! ^= 0x01;
    await assert.rejects(codec.decode([{ ...sealed, data: flipped }]), PayloadDecryptionError, `byte ${index} flipped`);
  }
  // Relabelled as key b: the key id is authenticated with the data, so it does not open under b either.
  const relabelled = { ...sealed, metadata: { ...sealed.metadata, [KEY_ID_METADATA]: new TextEncoder().encode('b') } };
  await assert.rejects(codec.decode([relabelled]), /key "b" failed authentication/);
  await assert.rejects(codec.decode([{ ...sealed, data: sealed.data.subarray(0, 20) }]), /truncated/);
});

test('payloads written before encryption was on pass through, so running workflows continue', async () => {
  const codec = new EncryptionCodec([newKey('k1')]);
  const plain = payloadOf(turn);
  assert.deepEqual(await codec.decode([plain]), [plain]);
});

test('keys must be 32 bytes and there must be one', () => {
  assert.throws(() => new EncryptionCodec([]), /at least one key/);
  assert.throws(() => new EncryptionCodec([{ id: 'short', key: randomBytes(16).toString('base64') }]), /must be 32 bytes/);
});
