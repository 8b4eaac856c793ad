import type { Client } from '@temporalio/client';
import { ticketWorkflowId, type TicketWorkflowInput } from '../../workflows/ticket/messages';

export type TicketWorkflowStarter = (ticketId: number) => Promise<void>;

/** Starts a ticket's workflow; a second start for the same ticket finds the running one. */
export function ticketWorkflowStarter(temporal: { client: Client; taskQueue: string } | undefined): TicketWorkflowStarter {
  if (!temporal) return async () => undefined;
  return async (ticketId) => {
    const input: TicketWorkflowInput = { ticketId };
    await temporal.client.workflow.start('ticketWorkflow', {
      workflowId: ticketWorkflowId(ticketId),
      taskQueue: temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  };
}
