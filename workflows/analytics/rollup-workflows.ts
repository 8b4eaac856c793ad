import { ApplicationFailure, log, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { RollupWrite } from '../../activities/analytics/rollups';
import {
  DAY_MS,
  HOUR_MS,
  dayEndedBefore,
  hoursEndedBefore,
  monthOf,
  parseDay,
  parseHour,
  type HourStart,
  type IsoDay,
} from '../../domain/analytics/periods';
import type { DailyRollupInput, HourlyRollupInput } from './messages';
import { scheduledInstant } from './scheduled-time';

/** A rollup is one idempotent statement: retry it patiently, a database restart must not lose an hour. */
const rollups = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes', maximumAttempts: 10 },
});

/** Prices are a best effort before adding up costs: a Twilio outage must not hold up the figures. */
const prices = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumAttempts: 3 },
});

async function settlePrices(from: number, to: number): Promise<void> {
  try {
    await prices.settleTwilioPrices({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  } catch (error) {
    // The next rollup of this window (the hour's second pass, the day's rollup) settles them again.
    log.warn('Twilio prices not settled; costs of this window may be low until a later rollup', { error: (error as Error).message });
  }
}

/** A malformed period fails the run at once (retrying cannot fix it) instead of failing its workflow task forever. */
function startOf(period: string, parse: (period: string) => number): number {
  try {
    return parse(period);
  } catch (error) {
    throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidPeriod');
  }
}

/** hourly_metrics for the given hours, or (from a Schedule) for the two hours that ended before its slot. */
export async function hourlyRollupWorkflow(input: HourlyRollupInput = {}): Promise<Array<{ hour: HourStart } & RollupWrite>> {
  const hours = input.hours ?? hoursEndedBefore(scheduledInstant());
  const results: Array<{ hour: HourStart } & RollupWrite> = [];
  for (const hour of hours) {
    const start = startOf(hour, parseHour);
    await settlePrices(start, start + HOUR_MS);
    results.push({ hour, ...(await rollups.rollupHour({ hour })) });
  }
  return results;
}

export interface DailyRollupResult {
  day: IsoDay;
  daily: RollupWrite;
  customers?: RollupWrite;
}

/** daily_metrics for a day and customer_metrics for its month, or (from a Schedule) for the day before its slot. */
export async function dailyRollupWorkflow(input: DailyRollupInput = {}): Promise<DailyRollupResult> {
  const day = input.day ?? dayEndedBefore(scheduledInstant());
  const start = startOf(day, parseDay);
  await settlePrices(start, start + DAY_MS);
  const daily = await rollups.rollupDay({ day });
  if (input.withCustomerMonth === false) return { day, daily };
  return { day, daily, customers: await rollups.rollupCustomerMonth({ month: monthOf(day) }) };
}
