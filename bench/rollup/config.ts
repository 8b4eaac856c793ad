import { z } from 'zod';
import { ZResultsFile, positiveInt } from '../shared/settings';

/** The rollup benchmark's settings, read once at its start (see bench/rollup.ts). */
export const ZRollupEnv = z.object({
  /** call_logs to generate (each with its AI and Twilio usage; a third open a ticket). */
  BENCH_CALLS: positiveInt.default(1_000_000),
  /** Days the calls are spread over, ending at BENCH_END (so ~1,500 calls an hour by default). */
  BENCH_DAYS: positiveInt.max(366).default(28),
  /** The (exclusive) end of the generated traffic, a UTC day: fixed, so runs compare. */
  BENCH_END: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
    .default('2026-03-01'),
  /** Hours rolled up one by one and timed, spread evenly over the range. */
  BENCH_SAMPLE_HOURS: positiveInt.default(96),
  /** Days backfilled end to end through Temporal (npm run backfill's workflows); 0 skips it. */
  BENCH_BACKFILL_DAYS: z.coerce.number().int().min(0).default(7),
  BENCH_RESULTS_FILE: ZResultsFile,
});
export type RollupBenchConfig = z.infer<typeof ZRollupEnv>;
