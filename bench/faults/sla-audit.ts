import type { Client } from '@temporalio/client';
import { createTicketContextActivities } from '../../activities/tickets/context';
import { calendarZone } from '../../domain/sla/calendar';
import { resolvePolicy } from '../../domain/sla/policy';
import type { PrismaClient } from '../../infra/db';
import { ticketWorkflowId } from '../../workflows/ticket/messages';
import { auditTicketSlaTimers, readTicketHistory, totalSlaAudits, type SlaAuditTotals, type TicketSlaAudit } from './sla-timers';

/** A deadline this close before the audit may still be firing in a busy worker. */
const FIRING_GRACE_MS = 60_000;

/** One ticket: its policy and row from PostgreSQL, its timers and changes from its workflow's history. */
async function auditOne(client: Client, prisma: PrismaClient, ticketId: number): Promise<TicketSlaAudit> {
  const context = await createTicketContextActivities(prisma).loadTicketContext(ticketId);
  const row = await prisma.supportTicket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { firstResponseDueAt: true, resolutionDueAt: true },
  });
  // Fetched after the row: a change projected in between shows in the history, never the other way round.
  const history = await client.workflow.getHandle(ticketWorkflowId(ticketId)).fetchHistory();
  return auditTicketSlaTimers(
    {
      ticketId,
      createdAt: context.createdAt,
      timeZone: calendarZone(context.businessCalendar),
      policyFor: (priority) => resolvePolicy(context.defaultPolicies, context.orgPolicies, priority),
    },
    readTicketHistory(history.events ?? []),
    { firstResponseDueAt: row.firstResponseDueAt?.getTime() ?? null, resolutionDueAt: row.resolutionDueAt?.getTime() ?? null },
    { checkedAt: Date.now(), firingGraceMs: FIRING_GRACE_MS },
  );
}

/**
 * Audits every ticket; one still busy (a projection retrying after the fault) may show no timer for
 * a moment, so tickets with a problem are looked at again until `settleMs` has passed.
 */
export async function auditSlaTimers(
  client: Client,
  prisma: PrismaClient,
  ticketIds: readonly number[],
  settleMs = 60_000,
): Promise<SlaAuditTotals> {
  const audits = new Map<number, TicketSlaAudit>();
  const deadline = Date.now() + settleMs;
  let pending = [...ticketIds];
  for (;;) {
    for (const id of pending) audits.set(id, await auditOne(client, prisma, id));
    pending = pending.filter((id) => (audits.get(id)?.problems.length ?? 0) > 0);
    if (pending.length === 0 || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return totalSlaAudits(ticketIds.map((id) => audits.get(id)!));
}
