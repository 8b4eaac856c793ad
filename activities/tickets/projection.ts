import type { DomainEvent } from '../../domain/events';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';
import type { PrismaClient } from '../../infra/db';
import type { TicketChange } from '../../workflows/ticket/types';
import { publishEvent } from '../events';

const AUTHOR_TYPE = { agent: 'agent', customer: 'customer', ai: 'bot', system: 'system' } as const;

type LookupIds = { statuses: Map<TicketStatus, number>; priorities: Map<TicketPriority, number> };

/** Status and priority codes map to the seeded lookup rows, which never change while we run. */
function lookupIds(prisma: PrismaClient): () => Promise<LookupIds> {
  let loaded: Promise<LookupIds> | undefined;
  return () => {
    loaded ??= Promise.all([prisma.ticketStatus.findMany(), prisma.ticketPriority.findMany()]).then(([statuses, priorities]) => ({
      statuses: new Map(statuses.map((row) => [row.code as TicketStatus, row.id])),
      priorities: new Map(priorities.map((row) => [row.code as TicketPriority, row.id])),
    }));
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/** What the panel hears about a change: always that the ticket changed, plus SLA and paging news. */
function eventsFor(change: TicketChange): DomainEvent[] {
  const events: DomainEvent[] = [{ type: 'ticket.updated', entity: 'ticket', id: change.ticketId, data: { status: change.row.status } }];
  const timer = change.slaTimer;
  if (timer) {
    events.push({
      type: `ticket.sla.${timer.kind}`,
      entity: 'ticket',
      id: change.ticketId,
      data: { target: timer.target, level: timer.level ?? null },
    });
  }
  const escalated = change.effects.find((effect) => effect.type === 'escalated');
  if (escalated?.trigger === 'after_hours') {
    events.push({
      type: 'ticket.paged',
      entity: 'ticket',
      id: change.ticketId,
      data: { level: escalated.level, notify: escalated.notify },
    });
  }
  return events;
}

export function createTicketProjectionActivities(prisma: PrismaClient) {
  const codes = lookupIds(prisma);

  return {
    /**
     * Writes one workflow decision into PostgreSQL, in one transaction. Safe to run twice: the
     * assignment, escalation and message rows are keyed by (ticket, change seq) and skipped when
     * present, and the ticket row moves only forward to a newer change.
     */
    async recordTicketChange(change: TicketChange): Promise<void> {
      const { statuses, priorities } = await codes();
      const { ticketId, seq, row } = change;
      const at = new Date(change.at);
      await prisma.$transaction(async (tx) => {
        await tx.supportTicket.updateMany({
          where: { id: ticketId, lastChangeSeq: { lt: seq } },
          data: {
            statusId: statuses.get(row.status),
            priorityId: priorities.get(row.priority),
            assignedAgentId: row.assigneeId === null ? null : Number(row.assigneeId),
            escalationLevel: row.escalationLevel,
            resolution: row.resolution,
            firstRespondedAt: dateOrNull(row.firstRespondedAt),
            resolvedAt: dateOrNull(row.resolvedAt),
            closedAt: dateOrNull(row.closedAt),
            firstResponseDueAt: dateOrNull(row.firstResponseDueAt),
            resolutionDueAt: dateOrNull(row.resolutionDueAt),
            slaPaused: row.slaPaused,
            slaBreached: row.slaBreached,
            lastChangeSeq: seq,
          },
        });
        for (const effect of change.effects) {
          if (effect.type === 'assigned') {
            await tx.ticketAssignment.createMany({
              data: [
                {
                  ticketId,
                  changeSeq: seq,
                  agentId: Number(effect.agentId),
                  assignedById: change.actor?.userId,
                  reason: change.reason,
                  createdAt: at,
                },
              ],
              skipDuplicates: true,
            });
          }
          if (effect.type === 'escalated') {
            await tx.ticketEscalation.createMany({
              data: [
                {
                  ticketId,
                  changeSeq: seq,
                  level: effect.level,
                  reason: effect.reason,
                  trigger: effect.trigger,
                  notifiedTarget: effect.notify,
                  toAgentId: effect.toAgentId === undefined ? undefined : Number(effect.toAgentId),
                  createdAt: at,
                },
              ],
              skipDuplicates: true,
            });
          }
        }
        if (change.message) {
          const { body, visibility, authorKind, authorName } = change.message;
          await tx.ticketMessage.createMany({
            data: [{ ticketId, changeSeq: seq, authorType: AUTHOR_TYPE[authorKind], authorName, visibility, body, createdAt: at }],
            skipDuplicates: true,
          });
        }
        // Delivered on commit, with the rows they announce.
        for (const event of eventsFor(change)) await publishEvent(tx, event);
      });
    },
  };
}
