import type { TicketDto, TicketStatus } from '../../domain/agents/tools';
import type { KbCategory, TicketPriority } from '../../domain/kb/categories';
import type { PrismaClient } from '../../infra/db';
import { ticketWorkflowId } from '../../workflows/ticket/messages';
import { publishEvent } from '../events';
import type { TicketWorkflowStarter } from './start';

export interface NewTicket {
  subject: string;
  description: string;
  category: KbCategory;
  priority: TicketPriority;
  organizationId?: number;
  contactId?: number;
  callLogId?: number;
  source: 'phone' | 'api' | 'panel' | 'email';
  /** A retried creation with the same key returns the first ticket instead of a second one. */
  idempotencyKey?: string;
  authorName?: string;
}

const ticketView = { include: { status: true, priority: true } } as const;

type TicketRow = {
  id: number;
  subject: string;
  status: { code: string };
  priority: { code: string };
};

export function toTicketDto(row: TicketRow): TicketDto {
  return {
    id: String(row.id),
    status: row.status.code as TicketStatus,
    priority: row.priority.code as TicketPriority,
    subject: row.subject,
  };
}

async function lookupIds(prisma: PrismaClient, priority: TicketPriority) {
  const [status, priorityRow] = await Promise.all([
    prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'open' } }),
    prisma.ticketPriority.findUniqueOrThrow({ where: { code: priority } }),
  ]);
  return { statusId: status.id, priorityId: priorityRow.id };
}

/**
 * Inserts a ticket with its first message and starts its workflow; idempotent by `idempotencyKey`
 * (a retry after a failed start starts the workflow it missed).
 */
export async function insertTicket(
  prisma: PrismaClient,
  input: NewTicket,
  startWorkflow: TicketWorkflowStarter,
): Promise<{ ticket: TicketDto; created: boolean }> {
  if (input.idempotencyKey) {
    const existing = await prisma.supportTicket.findUnique({ where: { idempotencyKey: input.idempotencyKey }, ...ticketView });
    if (existing) {
      await startWorkflow(existing.id);
      return { ticket: toTicketDto(existing), created: false };
    }
  }
  const { statusId, priorityId } = await lookupIds(prisma, input.priority);
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.supportTicket.create({
        data: {
          subject: input.subject,
          description: input.description,
          category: input.category,
          statusId,
          priorityId,
          organizationId: input.organizationId,
          contactId: input.contactId,
          callLogId: input.callLogId,
          source: input.source,
          idempotencyKey: input.idempotencyKey,
        },
      });
      await tx.ticketMessage.create({
        data: {
          ticketId: created.id,
          authorType: input.source === 'phone' ? 'bot' : 'system',
          authorName: input.authorName ?? 'URackIT',
          visibility: 'public',
          body: input.description,
        },
      });
      return tx.supportTicket.update({
        where: { id: created.id },
        data: { workflowId: ticketWorkflowId(created.id) },
        ...ticketView,
      });
    });
    await publishEvent(prisma, { type: 'ticket.created', entity: 'ticket', id: row.id });
    await startWorkflow(row.id);
    return { ticket: toTicketDto(row), created: true };
  } catch (error) {
    // Two deliveries racing on the same key: the loser returns the winner's ticket.
    if (input.idempotencyKey && (error as { code?: string }).code === 'P2002') {
      const existing = await prisma.supportTicket.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, ...ticketView });
      await startWorkflow(existing.id);
      return { ticket: toTicketDto(existing), created: false };
    }
    throw error;
  }
}
