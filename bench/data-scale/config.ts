import { z } from 'zod';
import { ZResultsFile, positiveInt } from '../shared/settings';

/** The data-scale benchmark's settings, read once at its start (see bench/data-scale.ts). */
export const ZDataScaleEnv = z.object({
  /**
   * The database to fill and measure. Kept after the run (generating a million calls takes
   * minutes), so a second run, e.g. after a migration, measures the same rows.
   */
  BENCH_DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/urackit_bench_scale'),
  BENCH_CALLS: positiveInt.default(1_000_000),
  BENCH_TICKETS: positiveInt.default(200_000),
  BENCH_ORGANIZATIONS: positiveInt.default(2_000),
  BENCH_CONTACTS_PER_ORGANIZATION: positiveInt.max(99).default(20),
  /** Days of history the calls and tickets are spread over, ending now. */
  BENCH_DAYS: positiveInt.max(3650).default(365),
  /** Timed requests per scenario (after a few untimed warm-up requests). */
  BENCH_REQUESTS: positiveInt.default(200),
  /** Requests in flight at once, as a panel page fires a few (list + references + dashboard). */
  BENCH_CONCURRENCY: positiveInt.max(16).default(2),
  /** Port of the API process the benchmark starts. */
  BENCH_API_PORT: positiveInt.max(65535).default(3390),
  /** Drop and generate again even when the database already holds the rows. */
  BENCH_REGENERATE: z
    .enum(['0', '1'])
    .default('0')
    .transform((value) => value === '1'),
  /** Only the scenarios whose name contains this text (e.g. `dashboard`), for a quick look at one change. */
  BENCH_ONLY: z.string().optional(),
  BENCH_RESULTS_FILE: ZResultsFile,
});
export type DataScaleConfig = z.infer<typeof ZDataScaleEnv>;
