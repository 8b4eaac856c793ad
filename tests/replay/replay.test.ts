import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { ENCRYPTED_ENCODING, EncryptionCodec, encryptingDataConverter } from '../../infra/payload-codec';
import { TEST_PAYLOAD_KEYS, testDataConverter, workflowBundle } from '../support/temporal';

/**
 * Every recorded history must replay against today's workflow code: a change that would break
 * running workflows fails here instead of in production. Before 1.0.0 nothing is deployed, so a
 * meant change re-records the histories; from 1.0.0 on it needs `patched()` or Worker Versioning.
 */
const historiesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'histories');

test('recorded workflow histories replay against the current workflow code', async () => {
  const files = (await readdir(historiesDir)).filter((file) => file.endsWith('.json')).sort();
  assert.ok(files.length > 0, 'there are recorded histories to replay');
  const bundle = await workflowBundle();
  for (const file of files) {
    const history: unknown = JSON.parse(await readFile(path.join(historiesDir, file), 'utf8'));
    await assert.doesNotReject(
      Worker.runReplayHistory({ workflowBundle: bundle, dataConverter: testDataConverter }, history, file.replace(/\.json$/, '')),
      `${file} no longer replays`,
    );
  }
});

test('histories recorded with encrypted payloads replay only with the key they were recorded with', async () => {
  const file = 'call-printer-ticket.json';
  const text = await readFile(path.join(historiesDir, file), 'utf8');
  assert.ok(text.includes(Buffer.from(ENCRYPTED_ENCODING).toString('base64')), `${file} was recorded encrypted`);
  const history: unknown = JSON.parse(text);
  const otherKey = new EncryptionCodec([{ id: TEST_PAYLOAD_KEYS[0]!.id, key: randomBytes(32).toString('base64') }]);
  await assert.rejects(
    Worker.runReplayHistory(
      { workflowBundle: await workflowBundle(), dataConverter: encryptingDataConverter(otherKey) },
      history,
      'wrong-key',
    ),
  );
});
