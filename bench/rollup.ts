/**
 * The analytics rollups over a large read model: BENCH_CALLS call_logs (1,000,000 by default) with
 * their tickets and usage, then hourly, daily and monthly rollups timed one by one, an hour without
 * the index the SLA figures need, and a backfill of the last days through Temporal.
 *   npm run bench -- rollup          (writes bench/results/rollup.md; ~5 min on 2 cores)
 *   BENCH_CALLS=100000 BENCH_RESULTS_FILE=/tmp/rollup.md npm run bench -- rollup
 * Real parts: PostgreSQL (a database of its own, dropped at the end), Temporal dev server, worker.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { seed } from '../prisma/seed';
import { createTestDatabase } from '../tests/support/database';
import { timeBackfill } from './rollup/backfill';
import { ZRollupEnv, type RollupBenchConfig } from './rollup/config';
import { generateTraffic } from './rollup/generate';
import { measureRollups } from './rollup/measure';
import { rollupReport } from './rollup/report';
import { committedResultsFile, parseBenchSettings } from './shared/settings';

async function runRollupBenchmark(config: RollupBenchConfig): Promise<void> {
  const db = await createTestDatabase();
  try {
    await seed(db.prisma, { log: () => undefined });
    console.log(`generating ${config.BENCH_CALLS} calls over ${config.BENCH_DAYS} days…`);
    const generated = await generateTraffic(db.prisma, config);
    console.log(`generated in ${generated.seconds.toFixed(0)} s; timing rollups…`);
    const timings = await measureRollups(db.prisma, generated, config.BENCH_SAMPLE_HOURS);
    console.log(`one hour: p50 ${timings.hourly.p50.toFixed(1)} ms, p99 ${timings.hourly.p99.toFixed(1)} ms`);
    const backfill = config.BENCH_BACKFILL_DAYS > 0 ? await timeBackfill(db.prisma, generated.to, config.BENCH_BACKFILL_DAYS) : undefined;
    if (backfill) console.log(`backfill of ${backfill.days} days: ${backfill.seconds.toFixed(1)} s`);
    const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('rollup');
    await writeFile(out, rollupReport(config, generated, timings, backfill));
    console.log(`written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await db.drop();
  }
}

// The SDK's own log (worker state changes) only matters when something is wrong.
Runtime.install({ logger: new DefaultLogger('WARN') });
await runRollupBenchmark(parseBenchSettings(ZRollupEnv, process.env));
