import { z } from 'zod';
import { ZPriority } from '../sla/schemas';
import { ESCALATION_TRIGGERS, type TicketCommand } from './lifecycle';

/** A ticket command as it arrives from outside; kept out of lifecycle.ts so workflows never load zod. */
export const ZTicketCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), agentId: z.string().trim().min(1) }),
  z.object({
    type: z.literal('addMessage'),
    visibility: z.enum(['public', 'internal']),
    authorKind: z.enum(['agent', 'customer', 'ai', 'system']),
  }),
  z.object({ type: z.literal('changePriority'), priority: ZPriority }),
  z.object({
    type: z.literal('escalate'),
    reason: z.string().trim().min(1),
    trigger: z.enum(ESCALATION_TRIGGERS).optional(),
    level: z.number().int().min(1).max(10).optional(),
    notify: z.string().trim().min(1).max(100).optional(),
    toAgentId: z.string().trim().min(1).optional(),
  }),
  z.object({ type: z.literal('setWaiting') }),
  z.object({ type: z.literal('setInProgress') }),
  z.object({ type: z.literal('resolve'), resolution: z.string().trim().min(1) }),
  z.object({ type: z.literal('reopen') }),
  z.object({ type: z.literal('close') }),
]);

// Compile-time guard: the schema parses exactly the command union.
const _schemaMatchesType = (parsed: z.infer<typeof ZTicketCommand>): TicketCommand => parsed;
void _schemaMatchesType;
