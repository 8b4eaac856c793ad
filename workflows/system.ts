import { proxyActivities } from '@temporalio/workflow';
import type { SystemActivities } from '../activities/system';

const { recordSystemCheck } = proxyActivities<SystemActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});

/** A round trip through worker, activity and database: the smoke check operators can start by hand. */
export async function systemCheckWorkflow(requestedBy: string): Promise<{ database: 'up'; checkedBy: string }> {
  await recordSystemCheck({ component: 'workflow', requestedBy });
  return { database: 'up', checkedBy: requestedBy };
}
