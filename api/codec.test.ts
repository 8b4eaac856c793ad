import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import request from 'supertest';
import { parseConfig } from '../domain/config';
import { EncryptionCodec } from '../infra/payload-codec';
import { issueToken } from './auth/tokens';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
const codec = new EncryptionCodec([{ id: 'k1', key: randomBytes(32).toString('base64') }]);
const UI_ORIGIN = 'http://127.0.0.1:8233';

before(async () => {
  h = await startApiHarness();
});
after(async () => {
  await h?.close();
});

/** Temporal's codec-server JSON: metadata values and data in base64. */
function toJson(payload: Payload) {
  const metadata = Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
  );
  return { metadata, data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64') };
}

const turn = { text: 'my password is Hunter2Zebra' };
async function sealedBody() {
  return { payloads: (await codec.encode([defaultPayloadConverter.toPayload(turn)])).map(toJson) };
}

function jsonOfPayload(payload: { data: string }): unknown {
  return JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
}

test('decode opens what the workers encrypted, encode seals it again (round trip, as the Web UI asks)', async () => {
  const app = h.makeApp({ payloadCodec: codec });
  const decoded = await request(app)
    .post('/codec/decode')
    .set('X-Namespace', 'default')
    .send(await sealedBody())
    .expect(200);
  const [payload] = decoded.body.payloads as Array<{ metadata: Record<string, string>; data: string }>;
  assert.ok(payload);
  assert.equal(Buffer.from(payload.metadata.encoding ?? '', 'base64').toString(), 'json/plain');
  assert.deepEqual(jsonOfPayload(payload), turn);
  assert.equal(decoded.headers['cache-control'], 'no-store');

  const encoded = await request(app).post('/codec/encode').send(decoded.body).expect(200);
  const sealed = (encoded.body.payloads as Array<{ metadata: Record<string, string> }>)[0];
  assert.equal(Buffer.from(sealed?.metadata.encoding ?? '', 'base64').toString(), 'binary/encrypted');
  const again = await request(app).post('/codec/decode').send(encoded.body).expect(200);
  assert.deepEqual(jsonOfPayload(again.body.payloads[0]), turn);
});

test('outside production a request from another machine needs a supervisor or admin token', async () => {
  const app = h.makeApp({ payloadCodec: codec });
  // The API trusts X-Forwarded-For from a loopback proxy: this is a client elsewhere, behind one.
  const remote = () => request(app).post('/codec/decode').set('X-Forwarded-For', '203.0.113.9');
  await remote()
    .send(await sealedBody())
    .expect(401);
  await remote()
    .set(h.bearer('agent'))
    .send(await sealedBody())
    .expect(403);
  await remote()
    .set(h.bearer('supervisor'))
    .send(await sealedBody())
    .expect(200);
  await remote()
    .set(h.bearer('admin'))
    .send(await sealedBody())
    .expect(200);
  await remote()
    .set({ Authorization: 'Bearer not-a-token' })
    .send(await sealedBody())
    .expect(401);
});

test('in production even loopback needs a token', async () => {
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: h.config.JWT_SECRET.padEnd(32, 'x'),
    TWILIO_AUTH_TOKEN: 'a-real-twilio-auth-token',
    PUBLIC_VOICE_URL: 'https://voice.example.com',
    TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  });
  const app = h.makeApp({ config, payloadCodec: codec });
  await request(app)
    .post('/codec/decode')
    .send(await sealedBody())
    .expect(401);
  await request(app)
    .post('/codec/decode')
    .set(h.bearer('supervisor'))
    .send(await sealedBody())
    .expect(401, /invalid or expired token/);
  const token = await issueToken({ id: 1, email: 'sup@example.com', name: 'Sup', role: 'supervisor' }, config.JWT_SECRET);
  await request(app)
    .post('/codec/decode')
    .set({ Authorization: `Bearer ${token}` })
    .send(await sealedBody())
    .expect(200);
});

test('a malformed body is a 400, and so is a payload under a key the API does not have; no payloads is an empty list', async () => {
  const app = h.makeApp({ payloadCodec: codec });
  const post = () => request(app).post('/codec/decode').set('Content-Type', 'application/json');
  await post().send('{"payloads": [').expect(400);
  // Protobuf's JSON writes an empty list by leaving it out (the CLI's query without arguments).
  assert.deepEqual((await post().send({}).expect(200)).body, { payloads: [] });
  await post()
    .send({ payloads: [{ metadata: { encoding: 'not base64!' }, data: '' }] })
    .expect(400);
  await post().send({ payloads: 'none' }).expect(400);
  const foreign = new EncryptionCodec([{ id: 'other', key: randomBytes(32).toString('base64') }]);
  const body = { payloads: (await foreign.encode([defaultPayloadConverter.toPayload(turn)])).map(toJson) };
  const refused = await post().send(body).expect(400);
  assert.match(refused.body.message, /key "other", which is not among/);
});

test("the Web UI's origin may call it from the browser (CORS preflight); another origin is not answered", async () => {
  const app = h.makeApp({ payloadCodec: codec });
  const preflight = await request(app)
    .options('/codec/decode')
    .set('Origin', UI_ORIGIN)
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', 'content-type,x-namespace,authorization')
    .expect(204);
  assert.equal(preflight.headers['access-control-allow-origin'], UI_ORIGIN);
  assert.equal(preflight.headers['access-control-allow-credentials'], 'true');
  assert.match(preflight.headers['access-control-allow-headers'] ?? '', /X-Namespace/);
  const elsewhere = await request(app).options('/codec/decode').set('Origin', 'https://evil.example').expect(204);
  assert.equal(elsewhere.headers['access-control-allow-origin'], undefined);
});

test('without a codec the API serves no codec endpoint', async () => {
  await request(h.makeApp()).post('/codec/decode').set(h.bearer('admin')).send({ payloads: [] }).expect(404);
});
