import type { Db, PrismaClient } from '../../infra/db';
import { notFound } from '../errors';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';

/** What the API returns for a ticket: flat display fields, ISO dates, no Prisma types. */
export interface TicketDto {
  id: number;
  subject: string;
  description: string | null;
  category: string | null;
  statusCode: TicketStatus;
  statusName: string;
  priorityCode: TicketPriority;
  priorityName: string;
  priorityRank: number;
  organizationId: number | null;
  organizationName: string | null;
  organizationUeCode: string | null;
  isVip: boolean;
  contactId: number | null;
  contactName: string | null;
  contactPhone: string | null;
  assignedAgentId: number | null;
  agentName: string | null;
  callLogId: number | null;
  source: 'phone' | 'api' | 'panel' | 'email';
  workflowId: string | null;
  escalationLevel: number;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  slaPaused: boolean;
  slaBreached: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TicketMessageDto {
  id: number;
  authorType: 'customer' | 'agent' | 'bot' | 'system';
  authorName: string | null;
  visibility: 'public' | 'internal';
  body: string;
  createdAt: string;
}

export interface TicketEscalationDto {
  id: number;
  level: number;
  reason: string | null;
  trigger: string;
  fromAgentName: string | null;
  toAgentName: string | null;
  notifiedTarget: string | null;
  acknowledgedAt: string | null;
  createdAt: string;
}

export interface TicketAssignmentDto {
  id: number;
  agentId: number;
  agentName: string;
  assignedByName: string | null;
  reason: string | null;
  createdAt: string;
}

export interface TicketDetailDto extends TicketDto {
  messages: TicketMessageDto[];
  escalations: TicketEscalationDto[];
  assignments: TicketAssignmentDto[];
  linkedCallIds: number[];
}

export const ticketInclude = {
  status: { select: { code: true, name: true } },
  priority: { select: { code: true, name: true, rank: true } },
  organization: { select: { name: true, ueCode: true, isVip: true } },
  contact: { select: { firstName: true, lastName: true, phone: true } },
  assignedAgent: { select: { name: true } },
} as const satisfies Db.Prisma.SupportTicketInclude;

export const ticketDetailInclude = {
  ...ticketInclude,
  messages: { orderBy: { createdAt: 'asc' }, include: { authorAgent: { select: { name: true } } } },
  escalations: {
    orderBy: { createdAt: 'asc' },
    include: { fromAgent: { select: { name: true } }, toAgent: { select: { name: true } } },
  },
  assignments: {
    orderBy: { createdAt: 'asc' },
    include: { agent: { select: { name: true } }, assignedBy: { select: { name: true } } },
  },
  linkedCalls: { select: { id: true }, orderBy: { startedAt: 'desc' }, take: 50 },
} as const satisfies Db.Prisma.SupportTicketInclude;

export type TicketRow = Db.Prisma.SupportTicketGetPayload<{ include: typeof ticketInclude }>;
export type TicketDetailRow = Db.Prisma.SupportTicketGetPayload<{ include: typeof ticketDetailInclude }>;

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function toTicketDto(row: TicketRow): TicketDto {
  return {
    id: row.id,
    subject: row.subject,
    description: row.description,
    category: row.category,
    // The lookup tables are seeded with exactly these codes.
    statusCode: row.status.code as TicketStatus,
    statusName: row.status.name,
    priorityCode: row.priority.code as TicketPriority,
    priorityName: row.priority.name,
    priorityRank: row.priority.rank,
    organizationId: row.organizationId,
    organizationName: row.organization?.name ?? null,
    organizationUeCode: row.organization?.ueCode ?? null,
    isVip: row.organization?.isVip ?? false,
    contactId: row.contactId,
    contactName: row.contact ? `${row.contact.firstName} ${row.contact.lastName}` : null,
    contactPhone: row.contact?.phone ?? null,
    assignedAgentId: row.assignedAgentId,
    agentName: row.assignedAgent?.name ?? null,
    callLogId: row.callLogId,
    source: row.source,
    workflowId: row.workflowId,
    escalationLevel: row.escalationLevel,
    firstResponseDueAt: iso(row.firstResponseDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    firstRespondedAt: iso(row.firstRespondedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    resolution: row.resolution,
    slaPaused: row.slaPaused,
    slaBreached: row.slaBreached,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTicketDetailDto(row: TicketDetailRow): TicketDetailDto {
  return {
    ...toTicketDto(row),
    messages: row.messages.map((message) => ({
      id: message.id,
      authorType: message.authorType,
      authorName: message.authorName ?? message.authorAgent?.name ?? null,
      visibility: message.visibility,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
    escalations: row.escalations.map((escalation) => ({
      id: escalation.id,
      level: escalation.level,
      reason: escalation.reason,
      trigger: escalation.trigger,
      fromAgentName: escalation.fromAgent?.name ?? null,
      toAgentName: escalation.toAgent?.name ?? null,
      notifiedTarget: escalation.notifiedTarget,
      acknowledgedAt: iso(escalation.acknowledgedAt),
      createdAt: escalation.createdAt.toISOString(),
    })),
    assignments: row.assignments.map((assignment) => ({
      id: assignment.id,
      agentId: assignment.agentId,
      agentName: assignment.agent.name,
      assignedByName: assignment.assignedBy?.name ?? null,
      reason: assignment.reason,
      createdAt: assignment.createdAt.toISOString(),
    })),
    linkedCallIds: row.linkedCalls.map((call) => call.id),
  };
}

/** For TicketCommands implementations: the DTO of a ticket as the read model has it now. */
export async function loadTicketDto(prisma: PrismaClient, id: number): Promise<TicketDto> {
  const row = await prisma.supportTicket.findUnique({ where: { id }, include: ticketInclude });
  if (!row) throw notFound('ticket', id);
  return toTicketDto(row);
}
