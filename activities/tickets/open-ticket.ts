import type { TicketSummary } from '../../domain/agents/tools';
import type { KbCategory } from '../../domain/kb/categories';
import type { PrismaClient } from '../../infra/db';
import { ticketWorkflowId } from '../../workflows/ticket/messages';
import { publishEvent } from '../events';
import type { TicketWorkflowStarter } from './start';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';

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

const ticketView = { include: { status: true, priority: true, organization: { select: { name: true } } } } as const;

type TicketRow = {
  id: number;
  subject: string;
  status: { code: string };
  priority: { code: string };
  organization?: { name: string } | null;
};

/** The one line the Temporal UI lists a ticket's workflow by. */
export function ticketSummaryLine(row: TicketRow): string {
  return [`Ticket ${row.id}`, row.organization?.name, row.priority.code, row.subject.slice(0, 80)].filter(Boolean).join(' · ');
}

/** What the call's brains see of a ticket. */
export function toTicketSummary(row: TicketRow): TicketSummary {
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
 * The one way a ticket is born, for the API, the call's tools and start-up adoption alike: the
 * row with what the caller or user reported, its opening message (change 0), and its workflow,
 * which owns every change after that. Idempotent by `idempotencyKey`: a retry returns the first
 * ticket and starts the workflow if the first attempt did not get that far.
 */
export async function openTicket(
  prisma: PrismaClient,
  input: NewTicket,
  startWorkflow: TicketWorkflowStarter,
): Promise<{ ticket: TicketSummary; created: boolean }> {
  if (input.idempotencyKey) {
    const existing = await prisma.supportTicket.findUnique({ where: { idempotencyKey: input.idempotencyKey }, ...ticketView });
    if (existing) {
      await startWorkflow(existing.id, ticketSummaryLine(existing));
      return { ticket: toTicketSummary(existing), created: false };
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
          changeSeq: 0,
        },
      });
      return tx.supportTicket.update({
        where: { id: created.id },
        data: { workflowId: ticketWorkflowId(created.id) },
        ...ticketView,
      });
    });
    await publishEvent(prisma, { type: 'ticket.created', entity: 'ticket', id: row.id });
    await startWorkflow(row.id, ticketSummaryLine(row));
    return { ticket: toTicketSummary(row), created: true };
  } catch (error) {
    // Two deliveries racing on the same key: the loser returns the winner's ticket.
    if (input.idempotencyKey && (error as { code?: string }).code === 'P2002') {
      const existing = await prisma.supportTicket.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, ...ticketView });
      await startWorkflow(existing.id, ticketSummaryLine(existing));
      return { ticket: toTicketSummary(existing), created: false };
    }
    throw error;
  }
}

/**
 * Tickets that predate their workflows (the demo seed, imports) get one, so their SLA timers run
 * and every later change goes through it. Safe to repeat: running workflows are found, not restarted.
 */
export async function adoptOrphanTickets(prisma: PrismaClient, startWorkflow: TicketWorkflowStarter): Promise<number> {
  const orphans = await prisma.supportTicket.findMany({
    where: { workflowId: null, status: { isFinal: false } },
    orderBy: { id: 'asc' },
    ...ticketView,
  });
  for (const orphan of orphans) {
    const { id } = orphan;
    await startWorkflow(id, ticketSummaryLine(orphan));
    await prisma.supportTicket.update({ where: { id }, data: { workflowId: ticketWorkflowId(id) } });
  }
  return orphans.length;
}
