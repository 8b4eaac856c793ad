import { createRollupActivities } from '../../activities/analytics/rollups';
import { windowFiguresSql } from '../../activities/analytics/rollup-sql';
import { DAY_MS, HOUR_MS, dayOf, monthOf } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { stat, type Stat } from '../shared/stats';

export interface RollupTimings {
  hourly: Stat;
  hourlyRerun: Stat;
  hourlyWithoutIndex: Stat;
  /** The scan the index serves, alone: the tickets resolved in one hour. */
  resolvedScan: Stat;
  resolvedScanWithoutIndex: Stat;
  daily: Stat;
  customerMonthMs: number;
  callsPerHour: number;
  /** The indexes one hour's aggregate reads, from its plan. */
  indexesUsed: string[];
}

/** The index the SLA figures need (tickets resolved in the window); the ablation runs without it. */
export const SLA_INDEX = 'support_tickets_resolved_at_idx';

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

function sampleHours(from: Date, to: Date, count: number): string[] {
  const hours = Math.floor((to.getTime() - from.getTime()) / HOUR_MS);
  const step = Math.max(1, Math.floor(hours / count));
  return Array.from({ length: Math.min(count, hours) }, (_, index) => new Date(from.getTime() + index * step * HOUR_MS).toISOString());
}

/** What SLA met/breached reads: the tickets resolved in the hour (the part of the aggregate the index serves). */
async function resolvedInHour(prisma: PrismaClient, hour: string): Promise<void> {
  const from = new Date(hour);
  await prisma.$queryRaw`SELECT organization_id, sla_breached FROM support_tickets
    WHERE resolved_at >= ${from} AND resolved_at < ${new Date(from.getTime() + HOUR_MS)}`;
}

async function timeEach(hours: readonly string[], work: (hour: string) => Promise<unknown>): Promise<Stat> {
  const samples: number[] = [];
  for (const hour of hours) samples.push(await timed(() => work(hour)));
  return stat(samples);
}

async function indexesUsed(prisma: PrismaClient, hour: string): Promise<string[]> {
  const start = new Date(hour);
  const sql = windowFiguresSql(start, new Date(start.getTime() + HOUR_MS));
  const plan = await prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN ${sql.text}`, ...sql.values);
  const names = plan.flatMap((line) =>
    [...line['QUERY PLAN'].matchAll(/(?:Index|Index Only) Scan (?:Backward )?using (\w+)/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(names)].sort();
}

export async function measureRollups(prisma: PrismaClient, range: { from: Date; to: Date }, sampleCount: number): Promise<RollupTimings> {
  const rollups = createRollupActivities(prisma);
  const hours = sampleHours(range.from, range.to, sampleCount);
  await rollups.rollupHour({ hour: hours[0] ?? range.from.toISOString() }); // warm-up: plans cached, pages read
  const hourly = await timeEach(hours, (hour) => rollups.rollupHour({ hour }));
  const hourlyRerun = await timeEach(hours, (hour) => rollups.rollupHour({ hour }));
  const ablated = hours.slice(0, 24);
  const resolvedScan = await timeEach(ablated, (hour) => resolvedInHour(prisma, hour));

  await prisma.$executeRawUnsafe(`DROP INDEX ${SLA_INDEX}`);
  let hourlyWithoutIndex: Stat;
  let resolvedScanWithoutIndex: Stat;
  try {
    hourlyWithoutIndex = await timeEach(ablated, (hour) => rollups.rollupHour({ hour }));
    resolvedScanWithoutIndex = await timeEach(ablated, (hour) => resolvedInHour(prisma, hour));
  } finally {
    await prisma.$executeRawUnsafe(`CREATE INDEX ${SLA_INDEX} ON support_tickets (resolved_at)`);
  }

  const daily: number[] = [];
  for (let index = 0; index < 7; index += 1) {
    daily.push(await timed(() => rollups.rollupDay({ day: dayOf(range.from.getTime() + index * DAY_MS) })));
  }
  const month = monthOf(dayOf(range.to.getTime() - DAY_MS));
  const customerMonthMs = await timed(() => rollups.rollupCustomerMonth({ month }));
  const [calls] = await prisma.$queryRaw<Array<{ calls: number }>>`
    SELECT count(*)::int AS calls FROM call_logs WHERE started_at >= ${range.from} AND started_at < ${range.to}`;
  return {
    hourly,
    hourlyRerun,
    hourlyWithoutIndex,
    resolvedScan,
    resolvedScanWithoutIndex,
    daily: stat(daily),
    customerMonthMs,
    callsPerHour: (calls?.calls ?? 0) / ((range.to.getTime() - range.from.getTime()) / HOUR_MS),
    indexesUsed: await indexesUsed(prisma, hours[Math.floor(hours.length / 2)] ?? range.from.toISOString()),
  };
}
