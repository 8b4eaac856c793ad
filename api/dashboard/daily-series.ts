import { serviceFigures } from '../../activities/analytics/rollups';
import { DAY_MS, parseDay, type IsoDay } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';

/** One day of the service as the panel charts it. */
export interface DayFigures {
  date: IsoDay;
  calls: number;
  aiResolved: number;
  escalated: number;
  ticketedCalls: number;
  avgDurationSeconds: number;
  sentiment: { positive: number; neutral: number; negative: number };
  slaMet: number;
  slaBreached: number;
  aiCostUsd: number;
  twilioCostUsd: number;
  /** 'rollup': read from daily_metrics; 'live': today, or a day the daily rollup has not reached yet. */
  source: 'rollup' | 'live';
}

type DailyRow = Awaited<ReturnType<PrismaClient['dailyMetric']['findMany']>>[number];
type LiveFigures = Awaited<ReturnType<typeof serviceFigures>>;

function fromRollup(date: IsoDay, row: DailyRow): DayFigures {
  return {
    date,
    calls: row.calls,
    aiResolved: row.resolvedByAi,
    escalated: row.escalated,
    ticketedCalls: row.ticketedCalls,
    avgDurationSeconds: row.avgDurationSeconds,
    sentiment: { positive: row.positiveCalls, neutral: row.neutralCalls, negative: row.negativeCalls },
    slaMet: row.slaMet,
    slaBreached: row.slaBreached,
    aiCostUsd: Number(row.aiCostUsd),
    twilioCostUsd: Number(row.twilioCostUsd),
    source: 'rollup',
  };
}

function fromLive(date: IsoDay, figures: LiveFigures): DayFigures {
  return {
    date,
    calls: figures.calls,
    aiResolved: figures.resolved_by_ai,
    escalated: figures.escalated,
    ticketedCalls: figures.ticketed_calls,
    avgDurationSeconds: figures.avg_duration_seconds,
    sentiment: { positive: figures.positive_calls, neutral: figures.neutral_calls, negative: figures.negative_calls },
    slaMet: figures.sla_met,
    slaBreached: figures.sla_breached,
    aiCostUsd: Number(figures.ai_cost_usd),
    twilioCostUsd: Number(figures.twilio_cost_usd),
    source: 'live',
  };
}

/**
 * The service-wide figures of each day, from daily_metrics. Today is not over, so it is always
 * computed live (the same aggregate the rollup runs); so is a past day the daily rollup has not
 * reached yet (before 00:20 UTC, or while no worker runs), so the chart never shows a false zero.
 */
export async function dailySeries(prisma: PrismaClient, days: readonly IsoDay[], today: IsoDay): Promise<DayFigures[]> {
  const rows = await prisma.dailyMetric.findMany({
    where: { organizationId: null, date: { in: days.filter((day) => day !== today).map((day) => new Date(parseDay(day))) } },
  });
  const byDay = new Map(rows.map((row) => [row.date.toISOString().slice(0, 10), row]));
  return Promise.all(
    days.map(async (day) => {
      const row = byDay.get(day);
      if (row) return fromRollup(day, row);
      const start = parseDay(day);
      return fromLive(day, await serviceFigures(prisma, new Date(start), new Date(start + DAY_MS)));
    }),
  );
}
