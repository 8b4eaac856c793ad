import { z } from 'zod';
import type { SlaTimerKind } from '../../domain/sla/clock';

/**
 * What the benchmark process and its worker process say to each other over Node's IPC channel.
 * The worker runs in its own process so that its memory and CPU are its own.
 */

export const ZWorkerConfig = z.object({
  databaseUrl: z.string().min(1),
  address: z.string().min(1),
  namespace: z.string().min(1),
  taskQueue: z.string().min(1),
  /** The workflow bundle the benchmark built, written to a file. */
  bundlePath: z.string().min(1),
});
export type WorkerConfig = z.infer<typeof ZWorkerConfig>;

/** The environment variable that carries the WorkerConfig to the worker process. */
export const WORKER_CONFIG_ENV = 'BENCH_WORKER_CONFIG';

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  cachedWorkflows: number;
}

/** [completed, failed] per activity name. */
export type ActivityCounts = Record<string, [number, number]>;

export interface WorkerStatus {
  memory: MemorySample;
  inFlightActivations: number;
  inFlightActivities: number;
  activities: ActivityCounts;
  /** SDK-reported trouble by kind (slow or failed workflow tasks). */
  problems: Record<string, number>;
  timersObserved: number;
  /** `recordTicketChange` calls that carried no SLA timer: in this benchmark, each ticket's opening change. */
  openingChangesProjected: number;
}

/** One successful `recordTicketChange` of an SLA timer's change, with the times Temporal and the worker saw. */
export interface TimerSample {
  ticketId: number;
  kind: SlaTimerKind;
  /** The escalation level; 0 for warnings and breaches. */
  level: number;
  /** The timer's deadline. */
  deadline: number;
  /** When the activity was first scheduled (epoch ms, server's clock). */
  firstScheduledAt: number;
  /** When the attempt that succeeded was scheduled. */
  attemptScheduledAt: number;
  /** When the attempt started running in the worker. */
  startedAt: number;
  /** When its writes were done (row, escalation row, `pg_notify`, one transaction). */
  doneAt: number;
  attempt: number;
}

export interface CollectedSamples {
  samples: TimerSample[];
  /** The first few activity failures, one line each. */
  failures: string[];
}

export type FromWorker =
  | { type: 'ready' }
  | ({ type: 'status' } & WorkerStatus)
  | { type: 'snapshot'; memory: MemorySample }
  | ({ type: 'samples' } & CollectedSamples);

export type ToWorker = { type: 'snapshot'; gc: boolean } | { type: 'samples' } | { type: 'stop' };
