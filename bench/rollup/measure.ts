import { createRollupActivities } from '../../activities/analytics/rollups';
import { windowFiguresSql } from '../../activities/analytics/rollup-sql';
import { DAY_MS, HOUR_MS, dayOf, monthOf } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { stat, type Stat } from '../shared/stats';

export interface RollupTimings {
  hourly: Stat;
  hourlyRerun: Stat;
  hourlyWithoutIndex: Stat;
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
  const hourly: number[] = [];
  for (const hour of hours) hourly.push(await timed(() => rollups.rollupHour({ hour })));
  const hourlyRerun: number[] = [];
  for (const hour of hours) hourlyRerun.push(await timed(() => rollups.rollupHour({ hour })));

  await prisma.$executeRawUnsafe(`DROP INDEX ${SLA_INDEX}`);
  const withoutIndex: number[] = [];
  try {
    for (const hour of hours.slice(0, 24)) withoutIndex.push(await timed(() => rollups.rollupHour({ hour })));
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
    hourly: stat(hourly),
    hourlyRerun: stat(hourlyRerun),
    hourlyWithoutIndex: stat(withoutIndex),
    daily: stat(daily),
    customerMonthMs,
    callsPerHour: (calls?.calls ?? 0) / ((range.to.getTime() - range.from.getTime()) / HOUR_MS),
    indexesUsed: await indexesUsed(prisma, hours[Math.floor(hours.length / 2)] ?? range.from.toISOString()),
  };
}
