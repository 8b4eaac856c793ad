import type { PrismaClient } from '../../infra/db';
import {
  booleanFilter,
  dateBound,
  enumFilter,
  flagFilter,
  idFilter,
  lookupCodeFilter,
  lookupFlagFilter,
  searchWithLookups,
  textEquals,
} from '../http/filters';
import { contactByName, organizationByName, ticketPriorityCodes, ticketStatusCodes } from '../resources/search-lookups';
import type { Delegate, ResourceDef } from '../resources/crud';
import { FINAL_TICKET_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/tickets/codes';
import { ticketDetailInclude, ticketInclude, toTicketDetailDto, toTicketDto, type TicketDetailRow, type TicketRow } from './dto';

const OPEN_TICKET_STATUSES = TICKET_STATUSES.filter((code) => !FINAL_TICKET_STATUSES.includes(code));

/** Tickets are read like any resource; their writes go through TicketCommands (see routes.ts). */
export const tickets: ResourceDef<TicketRow> = {
  name: 'tickets',
  label: 'ticket',
  delegate: (prisma: PrismaClient) => prisma.supportTicket as unknown as Delegate,
  include: ticketInclude,
  detailInclude: ticketDetailInclude,
  toDto: toTicketDto,
  toDetailDto: (row) => toTicketDetailDto(row as TicketDetailRow),
  largeTable: 'support_tickets',
  list: {
    sortable: {
      id: 'id',
      subject: 'subject',
      category: 'category',
      statusCode: 'status.sortOrder',
      priorityCode: 'priority.rank',
      organizationName: 'organization.name',
      contactName: 'contact.lastName',
      agentName: 'assignedAgent.name',
      escalationLevel: 'escalationLevel',
      resolutionDueAt: 'resolutionDueAt',
      createdAt: 'createdAt',
      updatedAt: 'updatedAt',
    },
    defaultSort: ['createdAt', 'DESC'],
    filters: {
      q: searchWithLookups(['subject', 'description', 'category'], [organizationByName, contactByName(['lastName', 'firstName'])]),
      id: idFilter('id'),
      status: lookupCodeFilter(ticketStatusCodes, TICKET_STATUSES),
      priority: lookupCodeFilter(ticketPriorityCodes, TICKET_PRIORITIES),
      open: lookupFlagFilter(ticketStatusCodes, OPEN_TICKET_STATUSES, FINAL_TICKET_STATUSES),
      organizationId: idFilter('organizationId'),
      contactId: idFilter('contactId'),
      assignedAgentId: idFilter('assignedAgentId'),
      callLogId: idFilter('callLogId'),
      category: textEquals('category'),
      source: enumFilter('source', ['phone', 'api', 'panel', 'email']),
      slaBreached: booleanFilter('slaBreached'),
      escalated: flagFilter({ escalationLevel: { gt: 0 } }, { escalationLevel: 0 }),
      createdAt_gte: dateBound('createdAt', 'gte'),
      createdAt_lte: dateBound('createdAt', 'lte'),
    },
    aliases: { org: 'organizationId', agent: 'assignedAgentId', contact: 'contactId' },
  },
};
