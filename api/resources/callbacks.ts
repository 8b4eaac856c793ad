import { callbackCancelRefusal, type CallbackStatus } from '../../domain/callbacks/status';
import { Router } from 'express';
import { Db, type PrismaClient } from '../../infra/db';
import { authOf } from '../auth/middleware';
import { AppError } from '../errors';
import { dateBound, enumFilter, idFilter, searchFilter } from '../http/filters';
import { parseId } from '../http/ids';
import type { CallbackCommands } from '../ports';
import { ZCancelCallbackRequest } from '../tickets/schemas';
import { findRecord, resourceRouter, type Delegate, type ResourceDef } from './crud';

export interface CallbackDto {
  id: number;
  ticketId: number | null;
  ticketSubject: string | null;
  callLogId: number | null;
  organizationId: number | null;
  organizationName: string | null;
  contactId: number | null;
  contactName: string | null;
  phone: string;
  reason: string | null;
  scheduledFor: string;
  attempts: number;
  maxAttempts: number;
  status: CallbackStatus;
  workflowId: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const include = {
  ticket: { select: { subject: true } },
  organization: { select: { name: true } },
  contact: { select: { firstName: true, lastName: true } },
} as const satisfies Db.Prisma.CallbackInclude;

type CallbackRow = Db.Prisma.CallbackGetPayload<{ include: typeof include }>;

const statuses = Object.values(Db.CallbackStatus) as [Db.CallbackStatus, ...Db.CallbackStatus[]];

export function toCallbackDto({ ticket, organization, contact, ...row }: CallbackRow): CallbackDto {
  return {
    ...row,
    ticketSubject: ticket?.subject ?? null,
    organizationName: organization?.name ?? null,
    contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
    scheduledFor: row.scheduledFor.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const callbacks: ResourceDef<CallbackRow> = {
  name: 'callbacks',
  label: 'callback',
  delegate: (prisma: PrismaClient) => prisma.callback as unknown as Delegate,
  include,
  toDto: toCallbackDto,
  list: {
    sortable: {
      id: 'id',
      scheduledFor: 'scheduledFor',
      status: 'status',
      attempts: 'attempts',
      organizationName: 'organization.name',
      createdAt: 'createdAt',
    },
    defaultSort: ['scheduledFor', 'DESC'],
    filters: {
      q: searchFilter(['phone', 'reason']),
      id: idFilter('id'),
      status: enumFilter('status', statuses),
      organizationId: idFilter('organizationId'),
      contactId: idFilter('contactId'),
      ticketId: idFilter('ticketId'),
      scheduledFor_gte: dateBound('scheduledFor', 'gte'),
      scheduledFor_lte: dateBound('scheduledFor', 'lte'),
    },
    aliases: { org: 'organizationId' },
  },
};

/** Read routes, plus `POST /callbacks/:id/cancel` handed to the callback's workflow. */
export function callbacksRouter(prisma: PrismaClient, commands: CallbackCommands | undefined): Router {
  const router = resourceRouter(prisma, callbacks);
  // resourceRouter's authorize('callbacks') already covers this path: a POST is a write.
  router.post('/callbacks/:id/cancel', async (request, response) => {
    if (!commands) throw new AppError('UNAVAILABLE', 'callback commands are not available');
    const id = parseId(request.params.id);
    const callback = await findRecord(prisma, callbacks, id);
    const input = ZCancelCallbackRequest.parse(request.body ?? {});
    const refusal = callbackCancelRefusal(callback.status);
    if (refusal) throw new AppError('INVALID_TRANSITION', refusal);
    response.json(await commands.cancel(id, input, authOf(response)));
  });
  return router;
}
