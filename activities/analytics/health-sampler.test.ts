import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../tests/support/database';
import { startFakeOpenAi, type FakeOpenAi } from '../../tests/support/fake-openai';
import { freePort } from '../../tests/support/ports';
import { createHealthActivities } from './health-sampler';

/** A service's /health as the real ones answer: 200 when its dependencies are up, 503 when one is down. */
async function healthEndpoint(status: number, delayMs = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    setTimeout(() => {
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: status === 200 ? 'ok' : 'degraded', checks: { database: status === 200 ? 'up' : 'down' } }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`, server };
}

let db: TestDatabase;
let model: FakeOpenAi;
const servers: Server[] = [];
before(async () => {
  [db, model] = await Promise.all([createTestDatabase(), startFakeOpenAi([])]);
});
after(async () => {
  for (const server of servers) server.close();
  await Promise.all([db?.drop(), model?.close()]);
});

test('each component is sampled from its real check: up, a dependency down, slow, unreachable', async () => {
  const [ok, degraded, slow] = await Promise.all([healthEndpoint(200), healthEndpoint(503), healthEndpoint(200, 3000)]);
  servers.push(ok.server, degraded.server, slow.server);
  const nobody = `http://127.0.0.1:${await freePort()}/health`;
  // Generous bounds: on a loaded machine a healthy local answer can take a second; the slow one takes 3.
  const { sampleSystemHealth } = createHealthActivities({
    prisma: db.prisma,
    settings: { endpoints: { api: ok.url, voice_edge: degraded.url, worker: slow.url, other: nobody }, timeoutMs: 8000, slowMs: 2500 },
    model: { apiKey: 'sk-test', baseUrl: model.baseUrl, model: 'gpt-4o-mini', timeoutMs: 2000 },
  });
  const readings = await sampleSystemHealth({ sampleId: 'health/test-1', at: '2026-03-10T12:00:00.000Z' });
  const statusOf = Object.fromEntries(readings.map((reading) => [reading.component, reading.status]));
  assert.deepEqual(statusOf, {
    database: 'healthy',
    api: 'healthy',
    voice_edge: 'degraded',
    worker: 'degraded',
    other: 'down',
    openai: 'healthy',
  });
  const rows = await db.prisma.systemHealthLog.findMany({ where: { checkId: { startsWith: 'health/test-1/' } } });
  assert.equal(rows.length, 6);
  const voice = rows.find((row) => row.component === 'voice_edge');
  assert.deepEqual(voice?.details, { httpStatus: 503, checks: { database: 'down' } });
  assert.ok((rows.find((row) => row.component === 'worker')?.latencyMs ?? 0) >= 3000, 'slow answers are degraded, with their latency');
});
