import { Router, type Response } from 'express';
import type { z } from 'zod';
import type { PrismaClient } from '../../infra/db';
import { authOf, authorize } from '../auth/middleware';
import { AppError } from '../errors';
import { parseId } from '../http/ids';
import { takeMine } from '../http/mine';
import type { Actor, TicketCommands } from '../ports';
import { assertReferenceExists, findRecord, listRecords, sendList } from '../resources/crud';
import type { TicketDto } from './dto';
import { tickets } from './resource';
import {
  ZAddTicketMessageRequest,
  ZAssignTicketRequest,
  ZChangeTicketPriorityRequest,
  ZChangeTicketStatusRequest,
  ZCloseTicketRequest,
  ZCreateTicketRequest,
  ZEscalateTicketRequest,
  ZReopenTicketRequest,
  ZResolveTicketRequest,
  type TCreateTicketRequest,
} from './schemas';

interface ActionContext {
  prisma: PrismaClient;
  commands: TicketCommands;
  ticketId: number;
  body: unknown;
  actor: Actor;
}
/** Runs one action; carries its body schema so the OpenAPI document shows what each action accepts. */
export interface TicketAction {
  (context: ActionContext): Promise<TicketDto>;
  readonly schema: z.ZodType;
}

/** Validate the body, check what it references, then hand over to the port. */
function action<T>(
  schema: z.ZodType<T>,
  run: (commands: TicketCommands, ticketId: number, input: T, actor: Actor) => Promise<TicketDto>,
  check?: (prisma: PrismaClient, input: T) => Promise<void>,
): TicketAction {
  const runAction = async ({ prisma, commands, ticketId, body, actor }: ActionContext): Promise<TicketDto> => {
    const input = schema.parse(body ?? {});
    await check?.(prisma, input);
    return run(commands, ticketId, input, actor);
  };
  return Object.assign(runAction, { schema });
}

async function activeAgent(prisma: PrismaClient, agentId: number | null | undefined): Promise<void> {
  if (agentId === null || agentId === undefined) return;
  await assertReferenceExists(prisma.supportAgent.findFirst({ where: { id: agentId, active: true } }), 'agent', agentId);
}

/** `POST /tickets/:id/<action>`, one entry per action. */
export const ticketActions: Record<string, TicketAction> = {
  assign: action(
    ZAssignTicketRequest,
    (c, id, input, actor) => c.assign(id, input, actor),
    (p, input) => activeAgent(p, input.agentId),
  ),
  escalate: action(
    ZEscalateTicketRequest,
    (c, id, input, actor) => c.escalate(id, input, actor),
    (p, input) => activeAgent(p, input.toAgentId),
  ),
  messages: action(ZAddTicketMessageRequest, (c, id, input, actor) => c.addMessage(id, input, actor)),
  priority: action(ZChangeTicketPriorityRequest, (c, id, input, actor) => c.changePriority(id, input, actor)),
  status: action(ZChangeTicketStatusRequest, (c, id, input, actor) => c.changeStatus(id, input, actor)),
  resolve: action(ZResolveTicketRequest, (c, id, input, actor) => c.resolve(id, input, actor)),
  reopen: action(ZReopenTicketRequest, (c, id, input, actor) => c.reopen(id, input, actor)),
  close: action(ZCloseTicketRequest, (c, id, input, actor) => c.close(id, input, actor)),
};

async function checkCreateReferences(prisma: PrismaClient, input: TCreateTicketRequest): Promise<void> {
  const { organizationId, contactId, callLogId } = input;
  if (organizationId)
    await assertReferenceExists(prisma.organization.findUnique({ where: { id: organizationId } }), 'organizationId', organizationId);
  if (callLogId) await assertReferenceExists(prisma.callLog.findUnique({ where: { id: callLogId } }), 'callLogId', callLogId);
  if (!contactId) return;
  const contact = await prisma.contact.findUnique({ where: { id: contactId }, select: { organizationId: true } });
  await assertReferenceExists(Promise.resolve(contact), 'contactId', contactId);
  if (organizationId && contact?.organizationId !== organizationId) {
    throw new AppError('VALIDATION', `contact ${contactId} does not belong to organization ${organizationId}`);
  }
}

function requireCommands(commands: TicketCommands | undefined): TicketCommands {
  if (!commands) throw new AppError('UNAVAILABLE', 'ticket commands are not available (is the worker running?)');
  return commands;
}

function actorOf(response: Response): Actor {
  const { userId, email, name, role } = authOf(response);
  return { userId, email, name, role };
}

export function ticketsRouter(prisma: PrismaClient, commands: TicketCommands | undefined): Router {
  const router = Router();
  router.use('/tickets', authorize('tickets'));
  router.get('/tickets', async (request, response) => {
    const { query, scope } = await takeMine(prisma, request.query, authOf(response), (agentId) => ({ assignedAgentId: agentId }));
    sendList(response, tickets.name, await listRecords(prisma, tickets, query, scope));
  });
  router.get('/tickets/:id', async (request, response) => {
    const row = await findRecord(prisma, tickets, parseId(request.params.id));
    response.json(tickets.toDetailDto?.(row));
  });
  router.post('/tickets', async (request, response) => {
    const port = requireCommands(commands);
    const input = ZCreateTicketRequest.parse(request.body ?? {});
    await checkCreateReferences(prisma, input);
    response.status(201).json(await port.create(input, actorOf(response)));
  });
  router.post('/tickets/:id/:action', async (request, response) => {
    const run = Object.hasOwn(ticketActions, request.params.action) ? ticketActions[request.params.action] : undefined;
    if (!run) throw new AppError('NOT_FOUND', `unknown ticket action "${request.params.action}"`);
    const port = requireCommands(commands);
    const ticketId = parseId(request.params.id);
    await findRecord(prisma, tickets, ticketId);
    response.json(await run({ prisma, commands: port, ticketId, body: request.body, actor: actorOf(response) }));
  });
  return router;
}
