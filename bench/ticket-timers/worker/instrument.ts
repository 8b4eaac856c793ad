import { Context } from '@temporalio/activity';
import type { TicketChange } from '../../../workflows/ticket/types';
import type { ActivityCounts, TimerSample } from '../protocol';

/** What the instrumented activities noted; the worker reports it to the benchmark. */
export class ActivityRecorder {
  readonly counts: ActivityCounts = {};
  readonly samples: TimerSample[] = [];
  readonly failures: string[] = [];
  openingChangesProjected = 0;

  completed(name: string): void {
    (this.counts[name] ??= [0, 0])[0] += 1;
  }

  failed(name: string, error: unknown): void {
    (this.counts[name] ??= [0, 0])[1] += 1;
    if (this.failures.length < 20) this.failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
  }
}

type AnyActivity = (...args: unknown[]) => Promise<unknown>;

/** The worker's activity object: at least the projection every ticket change goes through. */
type ProjectingActivities = Record<string, unknown> & { recordTicketChange(change: TicketChange): Promise<void> };

/** Every activity counted: completions and failures, by name. */
function counted<T extends ProjectingActivities>(base: T, recorder: ActivityRecorder): T {
  const entries = Object.entries(base).map(([name, activity]) => {
    const wrapped: AnyActivity = async (...args) => {
      try {
        const result = await (activity as AnyActivity)(...args);
        recorder.completed(name);
        return result;
      } catch (error) {
        recorder.failed(name, error);
        throw error;
      }
    };
    return [name, wrapped];
  });
  return Object.fromEntries(entries) as T;
}

/**
 * The project's activities, counted; `recordTicketChange` is also timed for every change an SLA
 * timer made (a fired timer is a change with `slaTimer` set), so lateness is measured to the
 * moment its projection committed.
 */
export function instrumentActivities<T extends ProjectingActivities>(base: T, recorder: ActivityRecorder): T {
  const activities = counted(base, recorder);
  return {
    ...activities,
    async recordTicketChange(change: TicketChange) {
      const info = Context.current().info;
      const startedAt = Date.now();
      await activities.recordTicketChange(change);
      const timer = change.slaTimer;
      if (!timer) {
        recorder.openingChangesProjected += 1;
        return;
      }
      recorder.samples.push({
        ticketId: change.ticketId,
        kind: timer.kind,
        level: timer.level ?? 0,
        deadline: timer.at,
        firstScheduledAt: info.scheduledTimestampMs,
        attemptScheduledAt: info.currentAttemptScheduledTimestampMs,
        startedAt,
        doneAt: Date.now(),
        attempt: info.attempt,
      });
    },
  };
}
