import { defineQuery } from '@temporalio/workflow';
import type { HourStart, IsoDay } from '../../domain/analytics/periods';

/**
 * The analytics workflows' contract, shared by the worker's schedules, the backfill command and
 * tests. Started by a Schedule they take no input and roll up the periods that just ended
 * (read from the schedule's TemporalScheduledStartTime); started by a backfill they are told which.
 */
export interface HourlyRollupInput {
  hours?: HourStart[];
}

export interface DailyRollupInput {
  day?: IsoDay;
  /** Also recompute customer_metrics for the day's month (default true; a backfill does it once a month). */
  withCustomerMonth?: boolean;
}

export interface RollupBackfillInput {
  /** First and last day to roll up, both included (UTC). */
  from: IsoDay;
  to: IsoDay;
  /** Days already done by earlier runs of this backfill (continue-as-new). */
  daysDone?: number;
}

export interface BackfillProgress {
  from: IsoDay;
  to: IsoDay;
  daysDone: number;
  daysTotal: number;
}

export const backfillProgressQuery = defineQuery<BackfillProgress>('progress');

export function rollupBackfillWorkflowId(from: IsoDay, to: IsoDay): string {
  return `rollup-backfill-${from}..${to}`;
}
