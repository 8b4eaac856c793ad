import type { Client } from '@temporalio/client';
import type proto from '@temporalio/proto';
import { createTicketContextActivities } from '../../activities/tickets/context';
import { calendarZone } from '../../domain/sla/calendar';
import { resolvePolicy } from '../../domain/sla/policy';
import type { PrismaClient } from '../../infra/db';
import { decodeHistoryPayloads } from '../../infra/temporal';
import { ticketWorkflowId } from '../../workflows/ticket/messages';
import {
  auditTicketSlaTimers,
  readTicketHistory,
  totalSlaAudits,
  type RowDeadlines,
  type SlaAuditTotals,
  type SlaExpectation,
  type TicketSlaAudit,
} from './sla-timers';

/** A deadline this close before the audit may still be firing in a busy worker. */
const FIRING_GRACE_MS = 60_000;

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** One ticket's record: its policy and row from PostgreSQL, its workflow's history from Temporal. */
export interface TicketSlaRecord {
  expectation: SlaExpectation;
  row: RowDeadlines;
  events: HistoryEvent[];
}

export async function loadTicketSlaRecord(client: Client, prisma: PrismaClient, ticketId: number): Promise<TicketSlaRecord> {
  const context = await createTicketContextActivities(prisma).loadTicketContext(ticketId);
  const row = await prisma.supportTicket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { firstResponseDueAt: true, resolutionDueAt: true },
  });
  // Fetched after the row: a change projected in between shows in the history, never the other way round.
  const events = await fetchTicketHistory(client, ticketId);
  return {
    expectation: {
      ticketId,
      createdAt: context.createdAt,
      timeZone: calendarZone(context.businessCalendar),
      policyFor: (priority) => resolvePolicy(context.defaultPolicies, context.orgPolicies, priority),
    },
    row: { firstResponseDueAt: row.firstResponseDueAt?.getTime() ?? null, resolutionDueAt: row.resolutionDueAt?.getTime() ?? null },
    events,
  };
}

type Payload = proto.temporal.api.common.v1.IPayload;

/** A ticket workflow's history, with the payloads the audit reads decoded. */
export async function fetchTicketHistory(client: Client, ticketId: number): Promise<HistoryEvent[]> {
  const history = await client.workflow.getHandle(ticketWorkflowId(ticketId)).fetchHistory();
  return decodedPayloads(client, history.events ?? []);
}

/**
 * A fetched history keeps its payloads as stored (encrypted, infra/payload-codec.ts): the ones the
 * audit reads — timer summaries and activity inputs — go through the client's codecs first.
 */
async function decodedPayloads(client: Client, events: HistoryEvent[]): Promise<HistoryEvent[]> {
  const decode = (payloads: Payload[]) => decodeHistoryPayloads(client, payloads);
  return Promise.all(
    events.map(async (event) => {
      const summary = event.userMetadata?.summary;
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (!summary && !scheduled?.input?.payloads) return event;
      const copy = { ...event };
      if (summary) copy.userMetadata = { ...event.userMetadata, summary: (await decode([summary]))[0] };
      if (scheduled?.input?.payloads) {
        copy.activityTaskScheduledEventAttributes = { ...scheduled, input: { payloads: await decode(scheduled.input.payloads) } };
      }
      return copy;
    }),
  );
}

export function auditTicketSlaRecord(record: TicketSlaRecord, checkedAt: number): TicketSlaAudit {
  return auditTicketSlaTimers(record.expectation, readTicketHistory(record.events), record.row, {
    checkedAt,
    firingGraceMs: FIRING_GRACE_MS,
  });
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
    for (const id of pending) audits.set(id, auditTicketSlaRecord(await loadTicketSlaRecord(client, prisma, id), Date.now()));
    pending = pending.filter((id) => (audits.get(id)?.problems.length ?? 0) > 0);
    if (pending.length === 0 || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return totalSlaAudits(ticketIds.map((id) => audits.get(id)!));
}
