import { pathToFileURL } from 'node:url';
import type { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { config as loadDotenv } from 'dotenv';
import { createTicketProjectionActivities } from '../activities/tickets/projection';
import { createPrisma, type PrismaClient } from '../infra/db';
import { loadConfigOrExit } from '../infra/load-config';
import { embeddedDatabaseUrl } from '../infra/postgres';
import { createTemporalClient, readHistoryPayload } from '../infra/temporal';
import { ticketWorkflowId } from '../workflows/ticket/messages';
import type { TicketChange } from '../workflows/ticket/types';

const USAGE = `Usage: npm run rebuild-ticket -- <ticket number> [...]

Rebuilds a ticket's row, assignments, messages and escalations in PostgreSQL from its TicketWorkflow:
every change the workflow decided (in the histories of all its runs) is projected again, in order.
Rows that are already there are kept; missing ones are written; the ticket row ends as the last change left it.`;

export interface RebuildReport {
  ticketId: number;
  runs: number;
  changes: number;
  rowsBefore: number;
  rowsAfter: number;
}

/** Every change the workflow projected, from the histories of all its runs, in change order. */
async function recordedChanges(client: Client, ticketId: number): Promise<{ runs: number; changes: TicketChange[] }> {
  const workflowId = ticketWorkflowId(ticketId);
  const bySeq = new Map<number, TicketChange>();
  let runs = 0;
  for await (const execution of client.workflow.list({ query: `WorkflowId = "${workflowId}"` })) {
    runs += 1;
    const history = await client.workflow.getHandle(workflowId, execution.runId).fetchHistory();
    for (const event of history.events ?? []) {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name !== 'recordTicketChange') continue;
      const [payload] = scheduled.input?.payloads ?? [];
      if (!payload) continue;
      const change = await readHistoryPayload<TicketChange>(client, payload as Payload);
      bySeq.set(change.seq, change);
    }
  }
  return { runs, changes: [...bySeq.values()].sort((a, b) => a.seq - b.seq) };
}

async function childRows(prisma: PrismaClient, ticketId: number): Promise<number> {
  const counts = await Promise.all([
    prisma.ticketAssignment.count({ where: { ticketId } }),
    prisma.ticketMessage.count({ where: { ticketId } }),
    prisma.ticketEscalation.count({ where: { ticketId } }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Projects every recorded change again. Safe at any time, also while the workflow runs: the
 * projection is the same activity the workflow uses, keyed by (ticket, change seq).
 */
export async function rebuildTicket(deps: { client: Client; prisma: PrismaClient }, ticketId: number): Promise<RebuildReport> {
  const { runs, changes } = await recordedChanges(deps.client, ticketId);
  if (runs === 0) throw new Error(`ticket ${ticketId} has no workflow to rebuild it from`);
  await deps.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId }, select: { id: true } });
  const rowsBefore = await childRows(deps.prisma, ticketId);
  // From the first change again: the ticket row is rewritten in order, ending as the last change left it.
  await deps.prisma.supportTicket.update({ where: { id: ticketId }, data: { lastChangeSeq: 0 } });
  const { recordTicketChange } = createTicketProjectionActivities(deps.prisma);
  for (const change of changes) await recordTicketChange(change);
  return { ticketId, runs, changes: changes.length, rowsBefore, rowsAfter: await childRows(deps.prisma, ticketId) };
}

async function main(args: readonly string[]): Promise<number> {
  const ids = args.map(Number);
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
    console.error(USAGE);
    return 2;
  }
  loadDotenv({ quiet: true });
  const config = loadConfigOrExit('rebuild-ticket');
  // Beside `npm start`: its DATABASE_URL, or the embedded PostgreSQL it runs.
  const prisma = createPrisma(config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_PG_PORT), { max: 2 });
  const temporal = createTemporalClient(config);
  try {
    for (const id of ids) {
      const report = await rebuildTicket({ client: temporal.client, prisma }, id);
      console.log(
        `ticket ${id}: ${report.changes} changes from ${report.runs} workflow run(s) projected; ` +
          `${report.rowsAfter - report.rowsBefore} missing rows written`,
      );
    }
    return 0;
  } catch (error) {
    console.error(`rebuild failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await temporal.connection.close();
    await prisma.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
