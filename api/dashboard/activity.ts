import { z } from 'zod';
import type { ActivityGranularity, ActivityPoint } from '../../domain/analytics/activity';
import { serviceFigures } from '../../activities/analytics/rollups';
import { DAY_MS, HOUR_MS, dayOf, parseDay, startOfHour } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { AppError } from '../errors';
import { dailySeries } from './daily-series';

/** At most this many bars per chart: an hourly chart spans up to a week, a daily one up to a year. */
const MAX_HOURS = 7 * 24;
const MAX_DAYS = 366;

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The query's fields as the OpenAPI document shows them; ZActivityQuery adds the range's checks. */
export const ZActivityQueryFields = z.object({
  from: ZDay,
  to: ZDay,
  granularity: z.enum(['hour', 'day'] as const satisfies readonly ActivityGranularity[]).default('day'),
});

export const ZActivityQuery = ZActivityQueryFields.transform((query, context) => {
  let from: number;
  let to: number;
  try {
    from = parseDay(query.from);
    to = parseDay(query.to) + DAY_MS;
  } catch {
    context.addIssue({ code: 'custom', message: 'not a calendar date' });
    return z.NEVER;
  }
  if (to <= from) context.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`' });
  return { ...query, fromMs: from, toMs: to };
});
export type TActivityQuery = z.infer<typeof ZActivityQuery>;

async function hourlyPoints(prisma: PrismaClient, fromMs: number, toMs: number, now: number): Promise<ActivityPoint[]> {
  const rows = await prisma.hourlyMetric.findMany({ where: { organizationId: null, hour: { gte: new Date(fromMs), lt: new Date(toMs) } } });
  const byHour = new Map(rows.map((row) => [row.hour.getTime(), row]));
  const hours: number[] = [];
  for (let hour = fromMs; hour < Math.min(toMs, startOfHour(now) + HOUR_MS); hour += HOUR_MS) hours.push(hour);
  return Promise.all(
    hours.map(async (hour): Promise<ActivityPoint> => {
      const period = new Date(hour).toISOString();
      const row = byHour.get(hour);
      if (row) {
        const { calls, resolvedByAi, escalated, ticketedCalls, slaMet, slaBreached } = row;
        return { period, calls, aiResolved: resolvedByAi, escalated, ticketed: ticketedCalls, slaMet, slaBreached };
      }
      // Not rolled up (the current hour, or the hourly schedule has not run): the same aggregate, live.
      const live = await serviceFigures(prisma, new Date(hour), new Date(hour + HOUR_MS));
      return {
        period,
        calls: live.calls,
        aiResolved: live.resolved_by_ai,
        escalated: live.escalated,
        ticketed: live.ticketed_calls,
        slaMet: live.sla_met,
        slaBreached: live.sla_breached,
      };
    }),
  );
}

async function dailyPoints(prisma: PrismaClient, fromMs: number, toMs: number, now: number): Promise<ActivityPoint[]> {
  const days: string[] = [];
  for (let day = fromMs; day < Math.min(toMs, now + 1); day += DAY_MS) days.push(dayOf(day));
  const series = await dailySeries(prisma, days, dayOf(now));
  return series.map((day) => ({
    period: new Date(parseDay(day.date)).toISOString(),
    calls: day.calls,
    aiResolved: day.aiResolved,
    escalated: day.escalated,
    ticketed: day.ticketedCalls,
    slaMet: day.slaMet,
    slaBreached: day.slaBreached,
  }));
}

/**
 * The dashboard's charts for any range: calls per hour or per day, how they ended (AI-resolved,
 * escalated, ticketed), and SLA met vs breached — from the rollups, the periods not rolled up yet
 * computed live by the same aggregate. Nothing after now.
 */
export async function activitySeries(prisma: PrismaClient, query: TActivityQuery, now = Date.now()): Promise<ActivityPoint[]> {
  const span = query.toMs - query.fromMs;
  if (query.granularity === 'hour' && span > MAX_HOURS * HOUR_MS) {
    throw new AppError('VALIDATION', `an hourly chart spans at most ${MAX_HOURS / 24} days`);
  }
  if (span > MAX_DAYS * DAY_MS) throw new AppError('VALIDATION', `a chart spans at most ${MAX_DAYS} days`);
  return query.granularity === 'hour'
    ? hourlyPoints(prisma, query.fromMs, query.toMs, now)
    : dailyPoints(prisma, query.fromMs, query.toMs, now);
}
