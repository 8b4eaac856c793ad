import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';

/*
 * The analytics run on Temporal Schedules, kept by the Temporal server (not cron, not a timer in
 * a process): they fire while workers come and go, catch up after the server was down, and
 * show in the Web UI under Schedules, where an operator can pause, trigger or backfill them.
 * All times are UTC.
 */

export interface ScheduleDefinition {
  scheduleId: string;
  /** What it is for, shown in the Web UI. */
  note: string;
  spec: ScheduleOptions['spec'];
  workflowType: 'hourlyRollupWorkflow' | 'dailyRollupWorkflow' | 'systemHealthWorkflow';
  overlap: ScheduleOverlapPolicy;
  /** How late a missed slot may still run after an outage of the Temporal server. */
  catchupWindow: string;
}

export const ANALYTICS_SCHEDULES: readonly ScheduleDefinition[] = [
  {
    scheduleId: 'rollup-hourly',
    note: 'hourly_metrics for the two hours that ended before each run',
    // Five minutes past: calls that ended on the hour have been written by then.
    spec: { intervals: [{ every: '1 hour', offset: '5 minutes' }] },
    workflowType: 'hourlyRollupWorkflow',
    overlap: ScheduleOverlapPolicy.BUFFER_ONE,
    catchupWindow: '1 day',
  },
  {
    scheduleId: 'rollup-daily',
    note: 'daily_metrics for the day before, and customer_metrics for its month',
    spec: { calendars: [{ hour: 0, minute: 20, comment: '00:20 UTC' }] },
    workflowType: 'dailyRollupWorkflow',
    overlap: ScheduleOverlapPolicy.BUFFER_ONE,
    catchupWindow: '3 days',
  },
  {
    scheduleId: 'system-health',
    note: "system_health_logs from every service's health check",
    spec: { intervals: [{ every: '1 minute' }] },
    workflowType: 'systemHealthWorkflow',
    // A sample is about its minute: a late one is skipped, not queued.
    overlap: ScheduleOverlapPolicy.SKIP,
    catchupWindow: '1 minute',
  },
];

function optionsOf(definition: ScheduleDefinition, taskQueue: string): ScheduleOptions {
  return {
    scheduleId: definition.scheduleId,
    spec: definition.spec,
    // The server appends each slot's time to this id: `rollup-hourly-2026-11-26T15:05:00Z`.
    action: { type: 'startWorkflow', workflowType: definition.workflowType, taskQueue, args: [], workflowId: definition.scheduleId },
    policies: { overlap: definition.overlap, catchupWindow: definition.catchupWindow },
    state: { note: definition.note },
  };
}

/**
 * Creates the Schedules, or brings existing ones up to date, on every worker start: any number
 * of workers may do it at once. A Schedule an operator paused stays paused.
 */
export async function ensureSchedules(client: Client, taskQueue: string, definitions = ANALYTICS_SCHEDULES): Promise<void> {
  for (const definition of definitions) {
    const options = optionsOf(definition, taskQueue);
    try {
      await client.schedule.create(options);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await client.schedule.getHandle(definition.scheduleId).update((previous) => ({
        spec: options.spec,
        action: options.action,
        policies: options.policies,
        state: { paused: previous.state.paused, note: previous.state.paused ? previous.state.note : definition.note },
      }));
    }
  }
}
