import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startFakeRealtime, type FakeRealtime } from '../../tests/support/fake-realtime';
import { MediaStreamCaller, UpgradeRefused } from '../../tools/media-stream-caller';
import { createLogger } from '../../infra/logger';
import { parseConfig } from '../../domain/config';
import type { RealtimeGateway } from '../calls';
import type { RealtimeSettings } from './session-config';
import { attachMediaStreams } from './upgrade';

/*
 * The bridge alone, between the Realtime double and a signed Twilio stream, with the workflow side
 * recorded: what the edge does when the model stops answering, and the upgrade's other refusals.
 */
const AUTH_TOKEN = 'bridge-test-token';
const CALL_SID = `CA${'ab'.repeat(16)}`;

let realtime: FakeRealtime;
const failures: string[] = [];
const gateway: RealtimeGateway = {
  context: async () => ({ agent: 'triage', facts: ["Caller's number: +15557770009"] }),
  tool: async () => ({ output: '{}' }),
  keys: async () => ({ tellModel: null }),
  line: async () => undefined,
  usage: async () => undefined,
  failed: async (_callSid, reason) => {
    failures.push(reason);
  },
};

async function edge(settings: RealtimeSettings | undefined): Promise<{ url: string; server: Server }> {
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const server = createServer((_request, response) => response.writeHead(404).end());
  attachMediaStreams(server, {
    signature: { authToken: AUTH_TOKEN, publicBaseUrl: undefined, skipOnLoopback: false },
    gateway,
    settings,
    logger: createLogger('bridge-test', config),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

before(async () => {
  realtime = await startFakeRealtime();
});
after(async () => {
  await realtime?.close();
});

test('a model that stops answering moves the call to gather mode after the response timeout', async () => {
  const settings = {
    baseUrl: realtime.baseUrl,
    apiKey: 'sk-x',
    model: 'gpt-realtime',
    voice: 'marin',
    responseTimeoutMs: 150,
    openTimeoutMs: 2000,
  };
  const { url, server } = await edge(settings);
  try {
    const caller = await MediaStreamCaller.connect({
      url: `${url}/twilio/stream`,
      authToken: AUTH_TOKEN,
      callSid: CALL_SID,
      parameters: {},
    });
    const session = realtime.nextSession();
    caller.start();
    const model = await session;
    model.autoRespond = false; // the model accepts the session and then says nothing
    await model.waitFor('response.create');
    await new Promise<void>((resolve) => model.socket.once('close', () => resolve()));
    assert.deepEqual(failures, ['no answer within 150 ms']);
    assert.deepEqual(caller.audio, [], 'the caller got no audio from a silent model');
    caller.stop();
  } finally {
    await closeStreamsAndServer(server);
  }
});

test('a stream on another path is 404; without an API key a signed stream is 503', async () => {
  const { url, server } = await edge(undefined);
  try {
    const refused = (path: string) =>
      MediaStreamCaller.connect({ url: `${url}${path}`, authToken: AUTH_TOKEN, callSid: CALL_SID, parameters: {} }).then(
        () => 0,
        (error: unknown) => (error instanceof UpgradeRefused ? error.status : -1),
      );
    assert.equal(await refused('/twilio/other'), 404);
    assert.equal(await refused('/twilio/stream'), 503);
  } finally {
    await closeStreamsAndServer(server);
  }
});

async function closeStreamsAndServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
