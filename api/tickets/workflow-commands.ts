import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { openTicket } from '../../activities/tickets/open-ticket';
import { ticketWorkflowStarter } from '../../activities/tickets/start';
import type { KbCategory } from '../../domain/kb/categories';
import { isKbCategory } from '../../domain/kb/categories';
import type { PrismaClient } from '../../infra/db';
import { ticketCommandUpdate, ticketWorkflowId, type TicketRequest } from '../../workflows/ticket/messages';
import { AppError } from '../errors';
import { loadTicketDto, type Actor, type TicketCommands, type TicketDto } from '../ports';

/**
 * Ticket actions as Updates on the ticket's workflow: the workflow validates the transition,
 * writes the read model, and only then answers, so the DTO read afterwards is current.
 */
export function createWorkflowTicketCommands(deps: { prisma: PrismaClient; client: Client; taskQueue: string }): TicketCommands {
  const startWorkflow = ticketWorkflowStarter({ client: deps.client, taskQueue: deps.taskQueue });

  async function send(ticketId: number, request: TicketRequest): Promise<TicketDto> {
    const update = () => deps.client.workflow.getHandle(ticketWorkflowId(ticketId)).executeUpdate(ticketCommandUpdate, { args: [request] });
    try {
      await update().catch(async (error: unknown) => {
        // Tickets from before workflows existed (seed data, imports) get their workflow on first use.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        await startWorkflow(ticketId);
        await update();
      });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        throw new AppError('INVALID_TRANSITION', (error.cause as Error | undefined)?.message ?? error.message);
      }
      throw error;
    }
    return loadTicketDto(deps.prisma, ticketId);
  }

  const by = (actor: Actor) => ({ userId: actor.userId, name: actor.name });

  return {
    async create(input, actor) {
      const category: KbCategory = input.category && isKbCategory(input.category) ? input.category : 'general';
      const { ticket } = await openTicket(
        deps.prisma,
        {
          subject: input.subject,
          description: input.description ?? input.subject,
          category,
          priority: input.priority,
          organizationId: input.organizationId ?? undefined,
          contactId: input.contactId ?? undefined,
          callLogId: input.callLogId ?? undefined,
          source: input.source,
          idempotencyKey: input.idempotencyKey ?? undefined,
          authorName: actor.name,
        },
        startWorkflow,
      );
      return loadTicketDto(deps.prisma, Number(ticket.id));
    },
    assign: (id, input, actor) =>
      send(id, { command: { type: 'assign', agentId: String(input.agentId) }, text: input.reason ?? undefined, actor: by(actor) }),
    escalate: (id, input, actor) =>
      send(id, {
        command: {
          type: 'escalate',
          reason: input.reason,
          level: input.level,
          toAgentId: input.toAgentId === null || input.toAgentId === undefined ? undefined : String(input.toAgentId),
        },
        text: input.reason ?? undefined,
        actor: by(actor),
      }),
    addMessage: (id, input, actor) =>
      send(id, { command: { type: 'addMessage', visibility: input.visibility, authorKind: 'agent' }, text: input.body, actor: by(actor) }),
    changePriority: (id, input, actor) =>
      send(id, { command: { type: 'changePriority', priority: input.priority }, text: input.reason ?? undefined, actor: by(actor) }),
    changeStatus: (id, input, actor) =>
      send(id, {
        command: { type: input.status === 'waiting_on_customer' ? 'setWaiting' : 'setInProgress' },
        text: input.note ?? undefined,
        actor: by(actor),
      }),
    resolve: (id, input, actor) =>
      send(id, { command: { type: 'resolve', resolution: input.resolution }, text: input.resolution, actor: by(actor) }),
    reopen: (id, input, actor) => send(id, { command: { type: 'reopen' }, text: input.reason ?? undefined, actor: by(actor) }),
    close: (id, input, actor) => send(id, { command: { type: 'close' }, text: input.note ?? undefined, actor: by(actor) }),
  };
}
