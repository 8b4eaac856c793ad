import { z } from 'zod';
import { ZId } from '../http/ids';
import { optional, text } from '../http/schemas';
import { TICKET_PRIORITIES } from '../../domain/tickets/codes';

/** Bodies of the ticket routes; the port receives exactly these parsed shapes. */
export const ZCreateTicketRequest = z.object({
  subject: text(200),
  description: optional(z.string().trim().max(10_000)),
  category: optional(text(60)),
  priority: z.enum(TICKET_PRIORITIES).default('medium'),
  organizationId: optional(ZId),
  contactId: optional(ZId),
  callLogId: optional(ZId),
  source: z.enum(['phone', 'api', 'panel', 'email']).default('panel'),
  /** A retried creation with the same key must return the existing ticket. */
  idempotencyKey: optional(z.string().trim().min(8).max(100)),
});
export type TCreateTicketRequest = z.infer<typeof ZCreateTicketRequest>;

export const ZAssignTicketRequest = z.object({
  agentId: ZId,
  reason: optional(text(500)),
});
export type TAssignTicketRequest = z.infer<typeof ZAssignTicketRequest>;

export const ZEscalateTicketRequest = z.object({
  reason: text(1000),
  /** Defaults to one above the ticket's current level (decided by the workflow). */
  level: z.number().int().min(1).max(10).optional(),
  toAgentId: optional(ZId),
});
export type TEscalateTicketRequest = z.infer<typeof ZEscalateTicketRequest>;

export const ZAddTicketMessageRequest = z.object({
  body: text(10_000),
  visibility: z.enum(['public', 'internal']).default('public'),
});
export type TAddTicketMessageRequest = z.infer<typeof ZAddTicketMessageRequest>;

export const ZChangeTicketPriorityRequest = z.object({
  priority: z.enum(TICKET_PRIORITIES),
  reason: optional(text(500)),
});
export type TChangeTicketPriorityRequest = z.infer<typeof ZChangeTicketPriorityRequest>;

/** Working states only: assign, resolve, reopen and close have their own actions. */
export const ZChangeTicketStatusRequest = z.object({
  status: z.enum(['in_progress', 'waiting_on_customer']),
  note: optional(text(1000)),
});
export type TChangeTicketStatusRequest = z.infer<typeof ZChangeTicketStatusRequest>;

export const ZResolveTicketRequest = z.object({
  resolution: text(5000),
});
export type TResolveTicketRequest = z.infer<typeof ZResolveTicketRequest>;

export const ZReopenTicketRequest = z.object({
  reason: optional(text(1000)),
});
export type TReopenTicketRequest = z.infer<typeof ZReopenTicketRequest>;

export const ZCloseTicketRequest = z.object({
  note: optional(text(1000)),
});
export type TCloseTicketRequest = z.infer<typeof ZCloseTicketRequest>;

export const ZCancelCallbackRequest = z.object({
  reason: optional(text(500)),
});
export type TCancelCallbackRequest = z.infer<typeof ZCancelCallbackRequest>;
