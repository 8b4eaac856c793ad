import { z } from 'zod';
import { DAY_MS, dayOf, daysBetween, monthBounds, monthOf, type IsoMonth } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { dailySeries, type DayFigures } from './daily-series';

export const ZCostsQuery = z.object({
  month: z
    .string()
    // From 1970: Date.UTC reads years 0-99 as 1900-1999, and no call predates the epoch.
    .regex(/^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/, 'expected a month from 1970-01, YYYY-MM')
    .optional()
    .describe('The calendar month (UTC); the current one by default'),
});

export interface CustomerCosts {
  organizationId: number;
  organizationName: string;
  calls: number;
  tickets: number;
  resolvedByAi: number;
  escalated: number;
  slaMet: number;
  slaBreaches: number;
  satisfaction: number | null;
  aiCostUsd: number;
  twilioCostUsd: number;
  /** (AI + Twilio) per call; null without calls. */
  costPerCallUsd: number | null;
}

/** What the panel's costs page shows for one month: the days (daily_metrics) and the customers (customer_metrics). */
export interface CostsReport {
  month: IsoMonth;
  days: Array<Pick<DayFigures, 'date' | 'calls' | 'aiCostUsd' | 'twilioCostUsd' | 'source'>>;
  totals: { calls: number; aiCostUsd: number; twilioCostUsd: number; costPerCallUsd: number | null };
  customers: CustomerCosts[];
  /** When customer_metrics for the month were last rolled up; null before the first daily rollup. */
  customersRolledUpAt: string | null;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const perCall = (cost: number, calls: number) => (calls === 0 ? null : round6(cost / calls));

/** The month's days up to today: a future day has no figures to show. */
function daysOf(month: IsoMonth, now: Date): string[] {
  const { first, end } = monthBounds(month);
  return daysBetween(first, dayOf(Math.min(end - DAY_MS, now.getTime())));
}

async function customersOf(prisma: PrismaClient, month: IsoMonth): Promise<{ customers: CustomerCosts[]; rolledUpAt: Date | null }> {
  const { first, last } = monthBounds(month);
  const rows = await prisma.customerMetric.findMany({
    where: { periodStart: new Date(first), periodEnd: new Date(last) },
    include: { organization: { select: { name: true } } },
    orderBy: [{ aiCostUsd: 'desc' }, { organizationId: 'asc' }],
  });
  const customers = rows.map((row) => {
    const aiCostUsd = Number(row.aiCostUsd);
    const twilioCostUsd = Number(row.twilioCostUsd);
    return {
      organizationId: row.organizationId,
      organizationName: row.organization.name,
      calls: row.calls,
      tickets: row.tickets,
      resolvedByAi: row.resolvedByAi,
      escalated: row.escalated,
      slaMet: row.slaMet,
      slaBreaches: row.slaBreaches,
      satisfaction: row.satisfaction,
      aiCostUsd,
      twilioCostUsd,
      costPerCallUsd: perCall(aiCostUsd + twilioCostUsd, row.calls),
    };
  });
  const rolledUpAt = rows.reduce<Date | null>((latest, row) => (latest === null || row.updatedAt > latest ? row.updatedAt : latest), null);
  return { customers, rolledUpAt };
}

export async function costsReport(prisma: PrismaClient, query: z.infer<typeof ZCostsQuery>, now = new Date()): Promise<CostsReport> {
  const month = query.month ?? monthOf(dayOf(now.getTime()));
  const [series, { customers, rolledUpAt }] = await Promise.all([
    dailySeries(prisma, daysOf(month, now), dayOf(now.getTime())),
    customersOf(prisma, month),
  ]);
  const calls = series.reduce((sum, day) => sum + day.calls, 0);
  const aiCostUsd = round6(series.reduce((sum, day) => sum + day.aiCostUsd, 0));
  const twilioCostUsd = round6(series.reduce((sum, day) => sum + day.twilioCostUsd, 0));
  return {
    month,
    days: series.map(({ date, calls: count, aiCostUsd: ai, twilioCostUsd: twilio, source }) => ({
      date,
      calls: count,
      aiCostUsd: ai,
      twilioCostUsd: twilio,
      source,
    })),
    totals: { calls, aiCostUsd, twilioCostUsd, costPerCallUsd: perCall(aiCostUsd + twilioCostUsd, calls) },
    customers,
    customersRolledUpAt: rolledUpAt?.toISOString() ?? null,
  };
}
