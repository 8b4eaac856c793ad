import type { PrismaClient } from '../../infra/db';
import { calls } from '../calls/resource';
import { listRecords } from '../resources/crud';
import { FINAL_TICKET_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/tickets/codes';
import { DAY_MS, dayOf } from '../../domain/analytics/periods';
import { dailySeries, type DayFigures } from './daily-series';

/* Day boundaries are UTC: the read model stores UTC and the panel labels the figures so. */

/**
 * The supervisor's overview. History (the last seven UTC days, today included) comes from the
 * rollups (daily_metrics; today and any day not rolled up yet computed live by the same
 * aggregate); the state of the floor right now (calls in progress, open tickets) is read live.
 */
export interface DashboardOverview {
  generatedAt: string;
  calls: {
    today: number;
    last7Days: number;
    inProgress: number;
    avgDurationSeconds: number | null;
    /** Share (0–1) of the last 7 days' calls the AI resolved alone; null with no calls. */
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
  costs7Days: { aiUsd: number; twilioUsd: number };
  callsPerDay: Array<{ date: string; calls: number; aiResolved: number; escalated: number; source: DayFigures['source'] }>;
  recentCalls: object[];
}

const openTicket = { status: { code: { notIn: [...FINAL_TICKET_STATUSES] } } };

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
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

const sum = (days: readonly DayFigures[], figure: (day: DayFigures) => number) => days.reduce((total, day) => total + figure(day), 0);
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function weekFigures(days: readonly DayFigures[], inProgress: number) {
  const calls = sum(days, (day) => day.calls);
  const known = sum(days, (day) => day.sentiment.positive + day.sentiment.neutral + day.sentiment.negative);
  const handled = sum(days, (day) => day.avgDurationSeconds * day.calls);
  return {
    calls: {
      today: days.at(-1)?.calls ?? 0,
      last7Days: calls,
      inProgress,
      avgDurationSeconds: calls === 0 ? null : Math.round(handled / calls),
      aiResolutionRate: calls === 0 ? null : round3(sum(days, (day) => day.aiResolved) / calls),
    },
    sentiment: {
      positive: sum(days, (day) => day.sentiment.positive),
      neutral: sum(days, (day) => day.sentiment.neutral),
      negative: sum(days, (day) => day.sentiment.negative),
      unknown: calls - known,
    },
    costs7Days: { aiUsd: round6(sum(days, (day) => day.aiCostUsd)), twilioUsd: round6(sum(days, (day) => day.twilioCostUsd)) },
  };
}

/** Calls in progress: from the workflows when we can ask them (a call whose row is stale does not count), else the read model. */
async function callsInProgress(prisma: PrismaClient, liveCalls: (() => Promise<number>) | undefined): Promise<number> {
  const fromRows = () => prisma.callLog.count({ where: { status: 'in_progress' } });
  return liveCalls ? liveCalls().catch(fromRows) : fromRows();
}

export async function dashboardOverview(
  prisma: PrismaClient,
  now = new Date(),
  liveCalls?: () => Promise<number>,
): Promise<DashboardOverview> {
  const today = startOfUtcDay(now);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const days = Array.from({ length: 7 }, (_, index) => dayOf(today.getTime() - (6 - index) * DAY_MS));
  const [series, inProgress, tickets, recent, ticketEscalations] = await Promise.all([
    dailySeries(prisma, days, dayOf(today.getTime())),
    callsInProgress(prisma, liveCalls),
    ticketFigures(prisma, now, today),
    listRecords(prisma, calls, { sort: '["startedAt","DESC"]', range: '[0,9]' }),
    prisma.ticketEscalation.count({ where: { createdAt: { gte: weekAgo } } }),
  ]);
  const week = weekFigures(series, inProgress);
  return {
    generatedAt: now.toISOString(),
    calls: week.calls,
    escalations: { calls7Days: sum(series, (day) => day.escalated), tickets7Days: ticketEscalations },
    tickets,
    sentiment: week.sentiment,
    costs7Days: week.costs7Days,
    callsPerDay: series.map(({ date, calls: count, aiResolved, escalated, source }) => ({
      date,
      calls: count,
      aiResolved,
      escalated,
      source,
    })),
    recentCalls: recent.rows,
  };
}
