import { defineSearchAttributeKey } from '@temporalio/common';
import { workflowInfo } from '@temporalio/workflow';

/** Set by the Temporal server on every workflow a Schedule starts, backfilled ones included. */
const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', 'DATETIME');

/**
 * The instant a Schedule meant this run for, so a run that starts late (a busy worker, a
 * schedule backfill, catch-up after an outage) still rolls up the periods of *its* slot. A run
 * started by hand has none: it stands at its own start (workflow time, replay-safe).
 */
export function scheduledInstant(): number {
  return workflowInfo().typedSearchAttributes.get(SCHEDULED_START)?.getTime() ?? Date.now();
}
