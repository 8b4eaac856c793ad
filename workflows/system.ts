import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { SystemActivities } from '../activities/system';

/** Three tries: a smoke check that cannot reach the database should say so quickly. The row is keyed by the run. */
const { recordSystemCheck } = proxyActivities<SystemActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});

/** A round trip through worker, activity and database: the smoke check operators can start by hand. */
export async function systemCheckWorkflow(requestedBy: string): Promise<{ database: 'up'; checkedBy: string }> {
  const { workflowId, runId } = workflowInfo();
  await recordSystemCheck({ checkId: `${workflowId}/${runId}`, component: 'workflow', requestedBy });
  return { database: 'up', checkedBy: requestedBy };
}
