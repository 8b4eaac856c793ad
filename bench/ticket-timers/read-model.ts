import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { PrismaClient } from '../../infra/db';
import type { OpenedTicket } from './deadlines';

/** What the read model and the server hold at the end: checks on the timers' side effects. */
export interface EndState {
  /** SLA escalation rows, and the tickets they are on. */
  escalationRows: number;
  escalatedTickets: number;
  breachedTickets: number;
  /** Workflows on the benchmark's task queue still running (NaN when the server could not say). */
  runningWorkflows: number;
}

export async function readEndState(
  prisma: PrismaClient,
  temporal: TestWorkflowEnvironment,
  taskQueue: string,
  orgIds: number[],
): Promise<EndState> {
  const [escalations, breachedTickets, runningWorkflows] = await Promise.all([
    prisma.$queryRawUnsafe<{ rows: bigint; tickets: bigint }[]>(
      `SELECT count(*) AS rows, count(DISTINCT e.ticket_id) AS tickets FROM ticket_escalations e JOIN support_tickets t ON t.id = e.ticket_id WHERE t.organization_id = ANY($1) AND e.trigger = 'sla_breach'`,
      orgIds,
    ),
    prisma.supportTicket.count({ where: { organizationId: { in: orgIds }, slaBreached: true } }),
    temporal.client.workflow.count(`TaskQueue = "${taskQueue}" AND ExecutionStatus = "Running"`).then(
      (result) => result.count,
      () => NaN,
    ),
  ]);
  return {
    escalationRows: Number(escalations[0]?.rows ?? 0),
    escalatedTickets: Number(escalations[0]?.tickets ?? 0),
    breachedTickets,
    runningWorkflows,
  };
}

/** The benchmark's tickets with their creation times and priorities, to recompute their deadlines. */
export function openedTickets(prisma: PrismaClient, orgIds: number[]): Promise<OpenedTicket[]> {
  return prisma.$queryRawUnsafe<OpenedTicket[]>(
    `SELECT t.id, t.organization_id AS org, t.created_at AS created, p.code AS priority FROM support_tickets t JOIN ticket_priorities p ON p.id = t.priority_id WHERE t.organization_id = ANY($1)`,
    orgIds,
  );
}
