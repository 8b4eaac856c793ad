import type { Calendar } from '../../domain/sla/calendar';
import { DEFAULT_SLA_POLICIES, type Priority, type SlaPolicy } from '../../domain/sla/policy';
import type { TicketStatus } from '../../domain/tickets/lifecycle';
import type { PrismaClient } from '../../infra/db';
import { organizationCalendar, toCalendar, toSlaPolicy } from './stored-policy';

/** What a TicketWorkflow needs to know about its ticket, read once per run. */
export interface TicketContext {
  ticketId: number;
  createdAt: number;
  status: TicketStatus;
  priority: Priority;
  assigneeId: string | null;
  subject: string;
  description: string;
  organizationName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  /** The organisation's terms first, then the default policies. */
  orgPolicies: SlaPolicy[];
  defaultPolicies: SlaPolicy[];
  /** When a human is expected at the desk (after-hours paging, callbacks). */
  businessCalendar: Calendar;
  /** What was tried, for the on-call briefing. */
  lastNotes: string[];
}

export function createTicketContextActivities(prisma: PrismaClient) {
  return {
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
        priority: ticket.priority.code as Priority,
        assigneeId: ticket.assignedAgentId === null ? null : String(ticket.assignedAgentId),
        subject: ticket.subject,
        description: ticket.description ?? '',
        organizationName: ticket.organization?.name ?? null,
        contactName: ticket.contact ? `${ticket.contact.firstName} ${ticket.contact.lastName}` : null,
        contactPhone: ticket.contact?.phone ?? null,
        orgPolicies: (ticket.organization?.slaPolicies ?? []).map((row) => toSlaPolicy(row, orgCalendar)),
        defaultPolicies,
        businessCalendar: organizationCalendar(ticket.organization?.businessCalendar),
        lastNotes: ticket.messages.map((message) => message.body),
      };
    },

    async supportAgentExists(agentId: string): Promise<boolean> {
      if (!/^\d{1,9}$/.test(agentId)) return false;
      return (await prisma.supportAgent.count({ where: { id: Number(agentId), active: true } })) > 0;
    },
  };
}
