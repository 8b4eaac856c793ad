import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createWorker } from '../../workers/worker';
import { systemCheckWorkflow } from '../../workflows';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startDevServer, workflowBundle, testPayloadCodec } from '../support/temporal';

let env: TestWorkflowEnvironment;
let db: TestDatabase;

before(async () => {
  [env, db] = await Promise.all([startDevServer(), createTestDatabase()]);
});
after(async () => {
  await env?.teardown();
  await db?.drop();
});

test('a workflow round-trips through the real dev server, worker, activity and database', async () => {
  const worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue: 'roundtrip',
    deps: { prisma: db.prisma },
    workflowBundle: await workflowBundle(),
  });
  const result = await worker.runUntil(
    env.client.workflow.execute(systemCheckWorkflow, {
      taskQueue: 'roundtrip',
      workflowId: 'system-check-roundtrip',
      args: ['test-suite'],
    }),
  );
  assert.deepEqual(result, { database: 'up', checkedBy: 'test-suite' });
  const rows = await db.prisma.systemHealthLog.findMany({ where: { component: 'workflow' } });
  assert.equal(rows.length, 1, 'the activity wrote exactly one health row');

  const history = await env.client.workflow.getHandle('system-check-roundtrip').fetchHistory();
  const activityTypes = (history.events ?? [])
    .map((event) => event.activityTaskScheduledEventAttributes?.activityType?.name)
    .filter(Boolean);
  assert.deepEqual(activityTypes, ['recordSystemCheck']);
});
