import { z } from 'zod';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from '../shared/settings';

/** Where the report goes unless BENCH_RESULTS_FILE says otherwise. */
export const DEFAULT_RESULTS_FILE = committedResultsFile('ticket-timers');

/** The range first-response targets spread over, in whole minutes (`BENCH_SPREAD_MIN=from-to`). */
export interface SpreadMinutes {
  from: number;
  to: number;
}

/** Every knob of the benchmark, read once from the environment when it starts. */
export interface TicketTimersConfig {
  tickets: number;
  startConcurrency: number;
  /** Print a progress line every this many opened tickets. */
  progressEvery: number;
  /** 'memory': the dev server's in-memory SQLite, as the tests use; 'sqlite': a file in a temp dir. */
  temporalDb: 'memory' | 'sqlite';
  /** After the last ticket's last deadline, how long missing timers may still arrive. */
  graceSeconds: number;
  /** Hard stop for the whole run (opening tickets stops early and the report says so). */
  maxMinutes: number;
  /** Extra Node options for the worker process (diagnostics, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`). */
  workerNodeArgs: string[];
  /** null is the burst (`BENCH_SPREAD_MIN=none`): every first response 1–3 min after its ticket opens. */
  spread: SpreadMinutes | null;
  resultsFile: string;
  /** A `temporal` binary of the user's own, as everywhere else in the project. */
  temporalCli: string | undefined;
}

const SPREAD_HINT = 'must be from-to minutes or none, e.g. 9-32';

const ZSpread = z
  .string()
  .default('9-32')
  .transform((value, ctx): SpreadMinutes | null => {
    if (value === 'none') return null;
    const range = /^(\d+)-(\d+)$/.exec(value);
    const [from, to] = [Number(range?.[1]), Number(range?.[2])];
    if (range && from >= 1 && to >= from) return { from, to };
    ctx.addIssue({ code: 'custom', message: `${SPREAD_HINT} (got ${value})` });
    return z.NEVER;
  });

const ZTicketTimersEnv = z.object({
  BENCH_TICKETS: positiveInt.default(10_000),
  BENCH_START_CONCURRENCY: positiveInt.default(20),
  BENCH_PROGRESS_EVERY: positiveInt.default(1000),
  BENCH_TEMPORAL_DB: z.enum(['memory', 'sqlite']).default('memory'),
  BENCH_GRACE_S: z.coerce.number().nonnegative().default(900),
  /** Its default depends on the spread: the burst is over sooner. */
  BENCH_MAX_MINUTES: z.coerce.number().positive().optional(),
  BENCH_WORKER_NODE_ARGS: z.string().default(''),
  BENCH_SPREAD_MIN: ZSpread,
  BENCH_RESULTS_FILE: ZResultsFile,
  TEMPORAL_CLI: z.string().optional(),
});

export function parseTicketTimersConfig(env: Record<string, string | undefined>): TicketTimersConfig {
  const settings = parseBenchSettings(ZTicketTimersEnv, env);
  return {
    tickets: settings.BENCH_TICKETS,
    startConcurrency: settings.BENCH_START_CONCURRENCY,
    progressEvery: settings.BENCH_PROGRESS_EVERY,
    temporalDb: settings.BENCH_TEMPORAL_DB,
    graceSeconds: settings.BENCH_GRACE_S,
    maxMinutes: settings.BENCH_MAX_MINUTES ?? (settings.BENCH_SPREAD_MIN ? 55 : 22),
    workerNodeArgs: settings.BENCH_WORKER_NODE_ARGS.split(' ').filter(Boolean),
    spread: settings.BENCH_SPREAD_MIN,
    resultsFile: settings.BENCH_RESULTS_FILE ?? DEFAULT_RESULTS_FILE,
    temporalCli: settings.TEMPORAL_CLI || undefined,
  };
}

/** The command that reproduces a run, as the report prints it. */
export function commandLine(config: TicketTimersConfig): string {
  // The burst says so: without the variable the default spread would run.
  const spread = ` BENCH_SPREAD_MIN=${config.spread ? `${config.spread.from}-${config.spread.to}` : 'none'}`;
  const sqlite = config.temporalDb === 'sqlite' ? ' BENCH_TEMPORAL_DB=sqlite' : '';
  return (
    `BENCH_TICKETS=${config.tickets} BENCH_START_CONCURRENCY=${config.startConcurrency}${spread} ` +
    `BENCH_MAX_MINUTES=${config.maxMinutes}${sqlite} npm run bench -- ticket-timers`
  );
}
