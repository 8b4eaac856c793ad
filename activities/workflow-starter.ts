import type { Client } from '@temporalio/client';

export interface TemporalHandle {
  client: Client;
  taskQueue: string;
}

/**
 * Starts the workflow that owns a business record (a ticket, a callback). Starting it again finds
 * the running one, so callers may retry freely. Without Temporal (some tests) it does nothing.
 */
export function workflowStarter<Input>(
  temporal: TemporalHandle | undefined,
  workflowType: string,
  workflowId: (recordId: number) => string,
  input: (recordId: number) => Input,
): (recordId: number, summary?: string) => Promise<void> {
  if (!temporal) return async () => undefined;
  return async (recordId, summary) => {
    await temporal.client.workflow.start(workflowType, {
      workflowId: workflowId(recordId),
      taskQueue: temporal.taskQueue,
      args: [input(recordId)],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // What the Temporal UI's list shows for it ("Ticket 10012 · Harbor Point Dental · critical · printer offline").
      staticSummary: summary,
    });
  };
}
