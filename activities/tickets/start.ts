import { ticketWorkflowId, type TicketWorkflowInput } from '../../workflows/ticket/messages';
import { workflowStarter, type TemporalHandle } from '../workflow-starter';

export type TicketWorkflowStarter = (ticketId: number, summary?: string) => Promise<void>;

export function ticketWorkflowStarter(temporal: TemporalHandle | undefined): TicketWorkflowStarter {
  return workflowStarter<TicketWorkflowInput>(temporal, 'ticketWorkflow', ticketWorkflowId, (ticketId) => ({ ticketId }));
}
