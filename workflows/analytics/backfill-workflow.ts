import { ApplicationFailure, continueAsNew, executeChild, setHandler, workflowInfo } from '@temporalio/workflow';
import { daysBetween, hoursOf, monthOf, type IsoDay } from '../../domain/analytics/periods';
import { backfillProgressQuery, rollupBackfillWorkflowId, type RollupBackfillInput } from './messages';
import { dailyRollupWorkflow, hourlyRollupWorkflow } from './rollup-workflows';

/** Days per run before continuing as new: each day adds two child workflows to the history. */
const DAYS_PER_RUN = 31;

/** The month's customer_metrics once per month in the range: on its last day there, not on every day. */
function lastDayOfItsMonthIn(days: readonly IsoDay[], index: number): boolean {
  const next = days[index + 1];
  return next === undefined || monthOf(next) !== monthOf(days[index] ?? '');
}

function rangeOf({ from, to }: RollupBackfillInput): IsoDay[] {
  try {
    const days = daysBetween(from, to);
    if (days.length === 0) throw new RangeError(`the range ends (${to}) before it starts (${from})`);
    return days;
  } catch (error) {
    throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidPeriod');
  }
}

/**
 * Rolls up a range of days with the same workflows the Schedules start: per day, one
 * hourlyRollupWorkflow for its 24 hours and one dailyRollupWorkflow, side by side. Rerunning a
 * range is harmless (every rollup upserts), so a backfill can repair any stretch of history.
 */
export async function rollupBackfillWorkflow(input: RollupBackfillInput): Promise<{ daysDone: number }> {
  const days = rangeOf(input);
  let daysDone = input.daysDone ?? 0;
  setHandler(backfillProgressQuery, () => ({ from: input.from, to: input.to, daysDone, daysTotal: days.length }));
  // Children are named by the range (a business key), whatever id this run was started with.
  const parentId = rollupBackfillWorkflowId(input.from, input.to);
  for (let doneThisRun = 0; daysDone < days.length; doneThisRun += 1) {
    if (doneThisRun === DAYS_PER_RUN || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof rollupBackfillWorkflow>({ ...input, daysDone });
    }
    const day = days[daysDone] ?? '';
    await Promise.all([
      executeChild(hourlyRollupWorkflow, { args: [{ hours: hoursOf(day) }], workflowId: `${parentId}/hours-${day}` }),
      executeChild(dailyRollupWorkflow, {
        args: [{ day, withCustomerMonth: lastDayOfItsMonthIn(days, daysDone) }],
        workflowId: `${parentId}/day-${day}`,
      }),
    ]);
    daysDone += 1;
  }
  return { daysDone };
}
