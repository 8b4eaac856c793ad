import { DEFAULT_SLA_POLICIES } from '../../domain/sla/policy';
import type { PrismaClient } from '../../infra/db';
import type { TicketContext } from '../../workflows/ticket/types';
import { organizationCalendar, toCalendar, toSlaPolicy } from './stored-policy';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';

export function createTicketContextActivities(prisma: PrismaClient) {
  return {
    /** Read-only. */
    async loadTicketContext(ticketId: number): Promise<TicketContext> {
      const ticket = await prisma.supportTicket.findUniqueOrThrow({
        where: { id: ticketId },
        include: {
          status: true,
          priority: true,
          contact: true,
          organization: { include: { slaPolicies: { where: { active: true }, include: { priority: true } } } },
          messages: { orderBy: { createdAt: 'desc' }, take: 3 },
        },
      });
      const orgCalendar = toCalendar(ticket.organization?.businessCalendar);
      const defaults = await prisma.slaPolicy.findMany({ where: { organizationId: null, active: true }, include: { priority: true } });
      const defaultPolicies = defaults.length > 0 ? defaults.map((row) => toSlaPolicy(row, undefined)) : [...DEFAULT_SLA_POLICIES];
      return {
        ticketId,
        createdAt: ticket.createdAt.getTime(),
        status: ticket.status.code as TicketStatus,
        priority: ticket.priority.code as TicketPriority,
        assigneeId: ticket.assignedAgentId === null ? null : String(ticket.assignedAgentId),
        subject: ticket.subject,
        description: ticket.description ?? '',
        organizationName: ticket.organization?.name ?? null,
        organizationUeCode: ticket.organization?.ueCode ?? null,
        contactName: ticket.contact ? `${ticket.contact.firstName} ${ticket.contact.lastName}` : null,
        contactPhone: ticket.contact?.phone ?? null,
        orgPolicies: (ticket.organization?.slaPolicies ?? []).map((row) => toSlaPolicy(row, orgCalendar)),
        defaultPolicies,
        businessCalendar: organizationCalendar(ticket.organization?.businessCalendar),
        lastNotes: ticket.messages.map((message) => message.body),
        lastChangeSeq: ticket.lastChangeSeq,
        escalationLevel: ticket.escalationLevel,
        firstRespondedAt: ticket.firstRespondedAt?.getTime() ?? null,
        resolvedAt: ticket.resolvedAt?.getTime() ?? null,
        closedAt: ticket.closedAt?.getTime() ?? null,
      };
    },

    /** Read-only. */
    async supportAgentExists(agentId: string): Promise<boolean> {
      if (!/^\d{1,9}$/.test(agentId)) return false;
      return (await prisma.supportAgent.count({ where: { id: Number(agentId), active: true } })) > 0;
    },
  };
}
