import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { HealthReading } from '../../activities/analytics/health-sampler';
import { scheduledInstant } from './scheduled-time';

/** A sample is only worth its moment: one retry, then the next slot samples again. */
const sampler = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumAttempts: 2 } });

/** One row per component in system_health_logs, named by the schedule slot it samples. */
export async function systemHealthWorkflow(): Promise<HealthReading[]> {
  const at = new Date(scheduledInstant()).toISOString();
  return sampler.sampleSystemHealth({ sampleId: `health/${at}`, at });
}
