import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { parseConfig } from '../domain/config';
import { createLogger } from '../infra/logger';
import { createProcessMetrics } from '../infra/metrics';
import { systemCheckWorkflow } from '../workflows';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';
import { startDevServer, workflowBundle, testPayloadCodec } from '../tests/support/temporal';
import { installSdkRuntime, workerMetrics } from './telemetry';
import { createWorker } from './worker';

/* The worker's /metrics: its own registry plus the Temporal SDK runtime's Prometheus exporter. */

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let env: TestWorkflowEnvironment;
let db: TestDatabase;
const settings = { sdkMetricsPort: 0, metricsToken: 'worker-metrics-token-0123' };

before(async () => {
  settings.sdkMetricsPort = await freePort();
  // The runtime is installed once per process, before anything talks to Temporal (as workers/main.ts does).
  installSdkRuntime(createLogger('worker-test', parseConfig({ LOG_LEVEL: 'silent' })), settings);
  [env, db] = await Promise.all([startDevServer(), createTestDatabase()]);
});
after(async () => {
  await env?.teardown();
  await db?.drop();
});

test('after a workflow ran, the worker’s /metrics has the SDK’s task latencies and its own process metrics', async () => {
  const worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue: 'telemetry',
    deps: { prisma: db.prisma },
    workflowBundle: await workflowBundle(),
  });
  await worker.runUntil(
    env.client.workflow.execute(systemCheckWorkflow, { taskQueue: 'telemetry', workflowId: 'telemetry-check', args: ['telemetry-test'] }),
  );
  const expose = workerMetrics(createProcessMetrics('worker'), settings);
  assert.equal(await expose(undefined), null, 'a scrape without the token is refused');
  const exposition = await expose(`Bearer ${settings.metricsToken}`);
  assert.ok(exposition);
  assert.match(exposition.body, /^urackit_process_cpu_user_seconds_total\{service="worker"\}/m);
  assert.match(
    exposition.body,
    /^temporal_workflow_task_execution_latency_(seconds_)?bucket\{/m,
    'the SDK runtime’s workflow task latency histogram',
  );
  assert.match(
    exposition.body,
    /^temporal_activity_execution_latency_(seconds_)?bucket\{/m,
    'the SDK runtime’s activity latency histogram',
  );
});
