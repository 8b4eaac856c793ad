import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { parseDay } from '../domain/analytics/periods';
import { loadConfigOrExit } from '../infra/load-config';
import { createTemporalClient } from '../infra/temporal';
import { backfillProgressQuery, rollupBackfillWorkflowId, type BackfillProgress } from '../workflows/analytics/messages';

const USAGE = `Usage: npm run backfill -- --from YYYY-MM-DD --to YYYY-MM-DD

Rolls up every hour and day from --from to --to (both included, UTC) into hourly_metrics and
daily_metrics, and customer_metrics for their months, with the same workflows the Schedules run
(a running worker does the work). Rerunning a range rewrites nothing that has not changed.`;

const ZDay = z.string().refine((day) => {
  try {
    parseDay(day);
    return true;
  } catch {
    return false;
  }
}, 'expected a calendar day, YYYY-MM-DD');

export const ZBackfillArgs = z
  .object({ from: ZDay, to: ZDay })
  .refine(({ from, to }) => from <= to, { message: '--to must not be before --from', path: ['to'] });
export type TBackfillArgs = z.infer<typeof ZBackfillArgs>;

/**
 * Starts the backfill workflow for the range (or joins the one already running for it) and waits
 * for it, reporting progress as it goes.
 */
export async function runBackfill(
  client: Client,
  taskQueue: string,
  range: TBackfillArgs,
  onProgress: (progress: BackfillProgress) => void = () => undefined,
): Promise<{ daysDone: number }> {
  const workflowId = rollupBackfillWorkflowId(range.from, range.to);
  try {
    await client.workflow.start('rollupBackfillWorkflow', { taskQueue, workflowId, args: [range] });
  } catch (error) {
    // The same range already being filled: wait for that one instead of starting a second.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  const handle = client.workflow.getHandle(workflowId);
  const reporter = setInterval(() => {
    handle.query(backfillProgressQuery).then(onProgress, () => undefined);
  }, 2000);
  try {
    return (await handle.result()) as { daysDone: number };
  } finally {
    clearInterval(reporter);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { from: { type: 'string' }, to: { type: 'string' } }, strict: false });
  const parsed = ZBackfillArgs.safeParse(values);
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`).join('\n')}\n\n${USAGE}`);
    return 2;
  }
  loadDotenv({ quiet: true });
  const config = loadConfigOrExit('backfill');
  const temporal = createTemporalClient(config);
  const startedAt = performance.now();
  try {
    const { daysDone } = await runBackfill(temporal.client, config.TEMPORAL_TASK_QUEUE, parsed.data, (progress) =>
      console.log(`  ${progress.daysDone}/${progress.daysTotal} days rolled up`),
    );
    console.log(
      `backfill ${parsed.data.from}..${parsed.data.to}: ${daysDone} days in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    console.error(`backfill failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await temporal.connection.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
