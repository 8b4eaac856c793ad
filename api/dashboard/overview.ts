import type { PrismaClient } from '../../infra/db';
import { calls } from '../calls/resource';
import { listRecords } from '../resources/crud';
import { FINAL_TICKET_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/tickets/codes';

/** Day boundaries are UTC: the read model stores UTC and the panel labels the figures so. */
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DashboardOverview {
  generatedAt: string;
  calls: {
    today: number;
    last7Days: number;
    inProgress: number;
    avgDurationSeconds: number | null;
    /** Share (0–1) of the last 7 days' finished calls the AI resolved alone; null with no calls. */
    aiResolutionRate: number | null;
  };
  escalations: { calls7Days: number; tickets7Days: number };
  tickets: {
    open: number;
    openByPriority: Record<string, number>;
    openByStatus: Record<string, number>;
    slaBreaches: number;
    overdue: number;
    createdToday: number;
  };
  sentiment: { positive: number; neutral: number; negative: number; unknown: number };
  callsPerDay: Array<{ date: string; calls: number; aiResolved: number; escalated: number }>;
  recentCalls: object[];
}

const openTicket = { status: { code: { notIn: [...FINAL_TICKET_STATUSES] } } };

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function callFigures(prisma: PrismaClient, today: Date, weekAgo: Date): Promise<DashboardOverview['calls']> {
  const week = { startedAt: { gte: weekAgo } };
  const [todayCount, weekCount, inProgress, finished, aiResolved, duration] = await Promise.all([
    prisma.callLog.count({ where: { startedAt: { gte: today } } }),
    prisma.callLog.count({ where: week }),
    prisma.callLog.count({ where: { status: 'in_progress' } }),
    prisma.callLog.count({ where: { ...week, status: { not: 'in_progress' } } }),
    prisma.callLog.count({ where: { ...week, aiResolution: true } }),
    prisma.callLog.aggregate({ _avg: { durationSeconds: true }, where: { ...week, durationSeconds: { not: null } } }),
  ]);
  const avg = duration._avg.durationSeconds;
  return {
    today: todayCount,
    last7Days: weekCount,
    inProgress,
    avgDurationSeconds: avg === null ? null : Math.round(avg),
    aiResolutionRate: finished === 0 ? null : Math.round((aiResolved / finished) * 1000) / 1000,
  };
}

async function countByCode(prisma: PrismaClient, by: 'priorityId' | 'statusId', codes: readonly string[]): Promise<Record<string, number>> {
  const [groups, lookups] = await Promise.all([
    prisma.supportTicket.groupBy({ by: [by], where: openTicket, _count: { _all: true } }),
    by === 'priorityId' ? prisma.ticketPriority.findMany() : prisma.ticketStatus.findMany(),
  ]);
  const codeById = new Map(lookups.map((lookup) => [lookup.id, lookup.code]));
  const counts: Record<string, number> = Object.fromEntries(codes.map((code) => [code, 0]));
  for (const group of groups) {
    const code = codeById.get(group[by]);
    if (code) counts[code] = group._count._all;
  }
  return counts;
}

async function ticketFigures(prisma: PrismaClient, now: Date, today: Date): Promise<DashboardOverview['tickets']> {
  const [open, openByPriority, openByStatus, slaBreaches, overdue, createdToday] = await Promise.all([
    prisma.supportTicket.count({ where: openTicket }),
    countByCode(prisma, 'priorityId', TICKET_PRIORITIES),
    countByCode(
      prisma,
      'statusId',
      TICKET_STATUSES.filter((code) => !FINAL_TICKET_STATUSES.includes(code)),
    ),
    prisma.supportTicket.count({ where: { ...openTicket, slaBreached: true } }),
    prisma.supportTicket.count({ where: { ...openTicket, slaPaused: false, resolutionDueAt: { lt: now } } }),
    prisma.supportTicket.count({ where: { createdAt: { gte: today } } }),
  ]);
  return { open, openByPriority, openByStatus, slaBreaches, overdue, createdToday };
}

async function sentimentSplit(prisma: PrismaClient, weekAgo: Date): Promise<DashboardOverview['sentiment']> {
  const groups = await prisma.callLog.groupBy({ by: ['sentiment'], where: { startedAt: { gte: weekAgo } }, _count: { _all: true } });
  const split = { positive: 0, neutral: 0, negative: 0, unknown: 0 };
  for (const group of groups) split[group.sentiment ?? 'unknown'] = group._count._all;
  return split;
}

async function callsPerDay(prisma: PrismaClient, today: Date): Promise<DashboardOverview['callsPerDay']> {
  const from = new Date(today.getTime() - 6 * DAY_MS);
  const rows = await prisma.$queryRaw<Array<{ date: string; calls: number; aiResolved: number; escalated: number }>>`
    SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "date",
           count(*)::int AS "calls",
           (count(*) FILTER (WHERE ai_resolution))::int AS "aiResolved",
           (count(*) FILTER (WHERE was_escalated))::int AS "escalated"
      FROM call_logs WHERE started_at >= ${from} GROUP BY 1 ORDER BY 1`;
  const byDate = new Map(rows.map((row) => [row.date, row]));
  // Days without calls still get a bar, so the chart's x axis is always seven days.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(from.getTime() + index * DAY_MS).toISOString().slice(0, 10);
    return byDate.get(date) ?? { date, calls: 0, aiResolved: 0, escalated: 0 };
  });
}

export async function dashboardOverview(prisma: PrismaClient, now = new Date()): Promise<DashboardOverview> {
  const today = startOfUtcDay(now);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const [callStats, tickets, sentiment, perDay, recent, escalatedCalls, ticketEscalations] = await Promise.all([
    callFigures(prisma, today, weekAgo),
    ticketFigures(prisma, now, today),
    sentimentSplit(prisma, weekAgo),
    callsPerDay(prisma, today),
    listRecords(prisma, calls, { sort: '["startedAt","DESC"]', range: '[0,9]' }),
    prisma.callLog.count({ where: { startedAt: { gte: weekAgo }, wasEscalated: true } }),
    prisma.ticketEscalation.count({ where: { createdAt: { gte: weekAgo } } }),
  ]);
  return {
    generatedAt: now.toISOString(),
    calls: callStats,
    escalations: { calls7Days: escalatedCalls, tickets7Days: ticketEscalations },
    tickets,
    sentiment,
    callsPerDay: perDay,
    recentCalls: recent.rows,
  };
}
