import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { createKbIndex } from '../activities/calls/kb-index';
import { isSpecialistName } from '../domain/agents/names';
import { isKbCategory } from '../domain/kb/categories';
import { isTicketPriority, type TicketPriority } from '../domain/tickets/codes';
import type { PrismaClient } from '../infra/db';
import { callSnapshotQuery, callWorkflowId } from '../workflows/call/messages';
import { ticketViewQuery, ticketWorkflowId } from '../workflows/ticket/messages';
import type { ExpectedAgent } from './scenarios';

/*
 * What a finished call did, read where the product keeps it: the call's rows (its agents and the
 * tools each called), the ticket it opened and that ticket's workflow, the call's own query.
 */

export interface CallObservation {
  /** The first specialist the call was handed to; `human` when a person was asked for before any. */
  routedTo: ExpectedAgent | null;
  /** The priority of the ticket the call opened (as its workflow holds it now), else the call's own assessment. */
  priority: TicketPriority | null;
  /** Where the priority was read: the call's ticket, or the call's assessment when it opened none. */
  prioritySource: 'ticket' | 'call' | 'none';
  /** The articles the call's first knowledge-base search returned, best first. */
  kbResults: string[];
  escalated: boolean;
}

const ZToolCalls = z.array(z.object({ name: z.string(), args: z.unknown() }).passthrough());
const ZSearchArgs = z.object({ query: z.string(), category: z.string().optional() });

interface InteractionRow {
  agentName: string;
  toolCalls: unknown;
}

function toolCallsOf(row: InteractionRow) {
  const parsed = ZToolCalls.safeParse(row.toolCalls);
  return parsed.success ? parsed.data : [];
}

export function routedAgent(interactions: readonly InteractionRow[]): ExpectedAgent | null {
  for (const interaction of interactions) {
    if (isSpecialistName(interaction.agentName)) return interaction.agentName;
    if (toolCallsOf(interaction).some((call) => call.name === 'escalate_to_human')) return 'human';
  }
  return null;
}

/** The first search a specialist made: what the caller is read. Triage's search only decides the route. */
function firstSearch(interactions: readonly InteractionRow[]): z.infer<typeof ZSearchArgs> | null {
  for (const interaction of interactions.filter((row) => isSpecialistName(row.agentName))) {
    for (const call of toolCallsOf(interaction)) {
      const args = ZSearchArgs.safeParse(call.args);
      if (call.name === 'search_kb' && args.success) return args.data;
    }
  }
  return null;
}

export function createCallObserver(prisma: PrismaClient, temporal: Client) {
  const kb = createKbIndex(prisma);

  async function ticketPriority(ticketId: number, stored: string): Promise<TicketPriority | null> {
    try {
      const view = await temporal.workflow.getHandle(ticketWorkflowId(ticketId)).query(ticketViewQuery);
      return view.priority;
    } catch {
      // The ticket's workflow is gone (closed and retired): its row has the last word.
      return isTicketPriority(stored) ? stored : null;
    }
  }

  async function callPriority(callSid: string): Promise<TicketPriority | null> {
    const snapshot = await temporal.workflow.getHandle(callWorkflowId(callSid)).query(callSnapshotQuery);
    return snapshot.priority ?? null;
  }

  return {
    async observe(callSid: string): Promise<CallObservation> {
      const call = await prisma.callLog.findUniqueOrThrow({
        where: { callSid },
        include: { interactions: { orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] } },
      });
      const opened = await prisma.supportTicket.findUnique({ where: { idempotencyKey: `call:${callSid}` }, include: { priority: true } });
      const fromTicket = opened ? await ticketPriority(opened.id, opened.priority.code) : null;
      const priority = fromTicket ?? (await callPriority(callSid));
      const search = firstSearch(call.interactions);
      const category = search?.category !== undefined && isKbCategory(search.category) ? search.category : undefined;
      const kbResults = search ? (await kb.search(search.query, category)).map((article) => article.slug) : [];
      return {
        routedTo: routedAgent(call.interactions),
        priority,
        prioritySource: fromTicket ? 'ticket' : priority ? 'call' : 'none',
        kbResults,
        escalated: call.wasEscalated,
      };
    },
  };
}
