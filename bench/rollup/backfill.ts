import { DAY_MS, dayOf } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { runBackfill } from '../../tools/backfill';
import { startDevServer, workflowBundle, testPayloadCodec } from '../../tests/support/temporal';
import { createWorker } from '../../workers/worker';

export interface BackfillTiming {
  days: number;
  seconds: number;
}

/**
 * `npm run backfill`'s path end to end: a Temporal dev server, one worker, the backfill workflow
 * and its children (24 hourly rollups and a daily one per day), over the last days of the range.
 */
export async function timeBackfill(prisma: PrismaClient, to: Date, days: number): Promise<BackfillTiming> {
  const env = await startDevServer();
  const taskQueue = 'bench-rollup';
  const worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue,
    deps: { prisma },
    workflowBundle: await workflowBundle(),
  });
  try {
    return await worker.runUntil(async () => {
      const range = { from: dayOf(to.getTime() - days * DAY_MS), to: dayOf(to.getTime() - DAY_MS) };
      const startedAt = performance.now();
      await runBackfill(env.client, taskQueue, range);
      return { days, seconds: (performance.now() - startedAt) / 1000 };
    });
  } finally {
    await env.teardown();
  }
}
