import { Router, type Response } from 'express';
import { redactTranscript } from '../../domain/privacy/redact-values';
import type { PrismaClient } from '../../infra/db';
import type { CallSnapshot } from '../../workflows/call/messages';
import { authOf, authorize } from '../auth/middleware';
import { AppError } from '../errors';
import { parseId } from '../http/ids';
import type { Actor, CallCommands } from '../ports';
import { takeMine } from '../http/mine';
import { findRecord, listRecords, resourceRouter, sendList } from '../resources/crud';
import { calls } from './resource';
import { ZEndCallRequest, ZTakeOverRequest, ZWhisperRequest } from './schemas';

type CallDetail = ReturnType<NonNullable<typeof calls.toDetailDto>> & Record<string, unknown>;

/** A call in progress is read from its workflow: the transcript so far, the agent on it, who is calling. */
function withLive(dto: CallDetail, live: CallSnapshot): CallDetail {
  return {
    ...dto,
    live: true,
    currentAgent: live.agent,
    organizationId: live.organizationId ?? dto.organizationId,
    organizationName: live.organizationName ?? dto.organizationName,
    contactId: live.contactId ?? dto.contactId,
    contactName: live.contactName ?? dto.contactName,
    ticketId: live.ticketId ?? dto.ticketId,
    problem: live.problem ?? null,
    transfer: live.transfer ?? null,
    // The workflow keeps the call's words as said (the brains may need a secret in its turn); the panel never sees one.
    transcript: redactTranscript(live.transcript).map((line) => ({ ...line, at: new Date(line.at).toISOString() })),
  };
}

function actorOf(response: Response): Actor {
  const { userId, email, name, role } = authOf(response);
  return { userId, email, name, role };
}

/** Calls are read like any resource; a live one from its workflow, and supervisors steer it (agents may not). */
export function callsRouter(prisma: PrismaClient, commands: CallCommands | undefined): Router {
  const router = Router();
  router.use('/calls', authorize('calls'));
  const callOf = async (id: string | undefined) => findRecord(prisma, calls, parseId(id));
  const steering = (): CallCommands => {
    if (!commands) throw new AppError('UNAVAILABLE', 'live calls are not available (is Temporal running?)');
    return commands;
  };

  // A technician's calls: those whose ticket is theirs.
  router.get('/calls', async (request, response) => {
    const { query, scope } = await takeMine(prisma, request.query, authOf(response), (agentId) => ({
      ticket: { assignedAgentId: agentId },
    }));
    sendList(response, calls.name, await listRecords(prisma, calls, query, scope));
  });
  router.get('/calls/:id', async (request, response) => {
    const row = await callOf(request.params.id);
    const dto = calls.toDetailDto!(row) as CallDetail;
    const live = row.status === 'in_progress' && commands ? await commands.live(row.callSid).catch(() => null) : null;
    response.json(live ? withLive(dto, live) : dto);
  });
  router.post('/calls/:id/whisper', async (request, response) => {
    const input = ZWhisperRequest.parse(request.body ?? {});
    const { callSid } = await callOf(request.params.id);
    response.json(await steering().whisper(callSid, input, actorOf(response)));
  });
  router.post('/calls/:id/take-over', async (request, response) => {
    const input = ZTakeOverRequest.parse(request.body ?? {});
    const { callSid } = await callOf(request.params.id);
    response.json(await steering().takeOver(callSid, input, actorOf(response)));
  });
  router.post('/calls/:id/end', async (request, response) => {
    ZEndCallRequest.parse(request.body ?? {});
    const { callSid } = await callOf(request.params.id);
    response.json(await steering().end(callSid, actorOf(response)));
  });
  router.use(resourceRouter(prisma, calls));
  return router;
}
