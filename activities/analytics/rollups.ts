import {
  DAY_MS,
  HOUR_MS,
  monthBounds,
  parseDay,
  parseHour,
  type HourStart,
  type IsoDay,
  type IsoMonth,
} from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { upsertCustomerMonthSql, upsertPeriodSql, windowFiguresSql, type RollupWrite, type WindowFigures } from './rollup-sql';

export type { RollupWrite } from './rollup-sql';

async function write(prisma: PrismaClient, sql: ReturnType<typeof upsertPeriodSql>): Promise<RollupWrite> {
  const [result] = await prisma.$queryRaw<RollupWrite[]>(sql);
  if (!result) throw new Error('the rollup statement returned no summary row');
  return result;
}

function hourWindow(hour: HourStart): { from: Date; to: Date } {
  const from = parseHour(hour);
  return { from: new Date(from), to: new Date(from + HOUR_MS) };
}

/** The figures of any window, service-wide row only: what the dashboard shows for periods not rolled up yet. */
export async function serviceFigures(prisma: PrismaClient, from: Date, to: Date): Promise<WindowFigures> {
  const rows = await prisma.$queryRaw<WindowFigures[]>(windowFiguresSql(from, to));
  const service = rows.find((row) => row.organization_id === null);
  if (!service) throw new Error('the window figures have no service-wide row');
  return service;
}

/**
 * Every rollup is one statement that recomputes its period from the source rows and upserts by
 * the period's key, so running it twice (a retry, a backfill over a scheduled hour) leaves the
 * same rows: the second run writes nothing.
 */
export function createRollupActivities(prisma: PrismaClient) {
  return {
    /** hourly_metrics for the hour starting at `hour` (UTC). */
    async rollupHour({ hour }: { hour: HourStart }): Promise<RollupWrite> {
      const { from, to } = hourWindow(hour);
      return write(prisma, upsertPeriodSql('hourly_metrics', from, to));
    },

    /** daily_metrics for one UTC day. */
    async rollupDay({ day }: { day: IsoDay }): Promise<RollupWrite> {
      const from = parseDay(day);
      return write(prisma, upsertPeriodSql('daily_metrics', new Date(from), new Date(from + DAY_MS)));
    },

    /** customer_metrics for one calendar month (UTC); a month not over yet holds the month so far. */
    async rollupCustomerMonth({ month }: { month: IsoMonth }): Promise<RollupWrite> {
      const { first, last, start, end } = monthBounds(month);
      return write(prisma, upsertCustomerMonthSql(first, last, new Date(start), new Date(end)));
    },
  };
}

export type RollupActivities = ReturnType<typeof createRollupActivities>;
