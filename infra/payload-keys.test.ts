import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { parseConfig } from '../domain/config';
import { LOCAL_KEY_FILE, localPayloadKey, payloadKeysOf } from './payload-keys';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'urackit-keys-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('without TEMPORAL_PAYLOAD_KEYS a key is generated once into DATA_DIR, private, and every process reads the same', async () => {
  const dataDir = path.join(dir, 'fresh');
  const keys = Array.from({ length: 8 }, () => localPayloadKey(dataDir));
  assert.equal(new Set(keys.map((key) => `${key.id}:${key.key}`)).size, 1, 'one key, however many ask');
  assert.equal(Buffer.from(keys[0]!.key, 'base64').length, 32);
  const file = path.join(dataDir, LOCAL_KEY_FILE);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.deepEqual(payloadKeysOf(parseConfig({ DATA_DIR: dataDir })), [keys[0]]);
  assert.notDeepEqual(localPayloadKey(path.join(dir, 'other')), keys[0], 'another data dir, another key');
  assert.match(await readFile(file, 'utf8'), /^local-[0-9a-f]{8}:/);
});

test('configured keys win over the local one; a damaged key file is an error, not a new key', async () => {
  const configured = parseConfig({ DATA_DIR: dir, TEMPORAL_PAYLOAD_KEYS: 'k2:q83vEjY7bXo3ZqkPj0Ihk6JXxXcKZzH5XH1o2gmhVAY=' });
  assert.deepEqual(
    payloadKeysOf(configured).map((key) => key.id),
    ['k2'],
  );
  const damaged = path.join(dir, 'damaged');
  await mkdir(damaged);
  await writeFile(path.join(damaged, LOCAL_KEY_FILE), 'garbage');
  assert.throws(() => localPayloadKey(damaged), /does not hold one keyId:base64key line/);
});
