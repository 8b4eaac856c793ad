import type { TimerAnalysis } from './analysis';
import type { TicketTimersConfig } from './config';
import type { StartPhase } from './load';
import type { MemorySample, WorkerStatus } from './protocol';
import type { EndState } from './read-model';
import type { CpuSeconds, ResourceUse } from './sampler';
import type { BenchTerms } from './terms';

/** Everything a run observed, as the report and the summary read it. */
export interface RunResult {
  config: TicketTimersConfig;
  terms: BenchTerms;
  versions: { postgres: string; temporal: string };
  code: string;
  start: StartPhase;
  /** When every workflow had projected its opening change; 0 if not all did in time. */
  initializedAt: number;
  waitEnded: number;
  /** Timers that should have fired: opened tickets × timers per ticket. */
  expected: number;
  timers: TimerAnalysis;
  memory: { idle: MemorySample; afterStart: MemorySample | undefined; end: MemorySample; peakRss: number };
  /** The worker's last status (activity counts, SDK problems). */
  finalStatus: WorkerStatus | undefined;
  /** The first activity failures, one line each. */
  failures: string[];
  resources: ResourceUse;
  endState: EndState;
}

/** Figures derived from a run, shared by the report, the summary and the bottleneck notes. */
export interface RunFigures {
  opened: number;
  startSeconds: number;
  startRate: number;
  /** Seconds from the first open until every workflow was initialized; null if not all were. */
  initializedSeconds: number | null;
  cpu: CpuSeconds & { window: number };
  /** CPU-seconds of the run's own parts (server, worker, benchmark, PostgreSQL). */
  ours: number;
  activityFailures: number;
  /** SDK problems that are failures (slow tasks are not). */
  sdkFailures: number;
  errors: number;
  /** The goal: p99 lateness ≤ 1 s, with every due timer fired. */
  goalMet: boolean;
}

export function runFigures(result: RunResult): RunFigures {
  const { start, timers, finalStatus } = result;
  const opened = start.ticketIds.length;
  const startSeconds = (start.ended - start.began) / 1000;
  const cpu = { ...result.resources.cpu, window: (result.waitEnded - start.began) / 1000 };
  const activityFailures = Object.values(finalStatus?.activities ?? {}).reduce((sum, [, failed]) => sum + failed, 0);
  const sdkFailures = Object.entries(finalStatus?.problems ?? {})
    .filter(([kind]) => !kind.includes('slower than'))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    opened,
    startSeconds,
    startRate: opened / startSeconds,
    initializedSeconds: result.initializedAt ? (result.initializedAt - start.began) / 1000 : null,
    cpu,
    ours: cpu.server + cpu.worker + cpu.bench + cpu.postgres,
    activityFailures,
    sdkFailures,
    errors: start.errorCount + activityFailures + timers.missing + timers.duplicates + sdkFailures,
    goalMet: timers.all.p99Value <= 1000 && !timers.all.lowerBound,
  };
}
