/**
 * Rollups the dashboard charts: service-wide daily and hourly metrics before the reference instant,
 * per-customer metrics for the previous month, and one health snapshot per component. The figures
 * are arithmetic on the day or hour index, so every seed writes the same numbers.
 */
import * as D from './seed-data';
import type { CustomerRefs } from './seed-customers';
import { DAY, HOUR, MINUTE, REFERENCE_MS, createOnce, dateOnly, usd, type SeedRun } from './seed-support';

/** The service-wide figures of the day `daysBefore` days before the reference day. */
function dailyMetricFor(daysBefore: number) {
  const i = daysBefore;
  const date = new Date(Math.floor(REFERENCE_MS / DAY) * DAY - i * DAY);
  const weekday = date.getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const calls = weekend ? 3 + (i % 3) : 16 + ((i * 7) % 9);
  const resolvedByAi = Math.round(calls * (0.48 + (i % 4) * 0.04));
  const avgDurationSeconds = 250 + ((i * 37) % 140);
  const writtenAt = new Date(date.getTime() + DAY + 5 * MINUTE);
  return {
    date,
    organizationId: null,
    calls,
    resolvedByAi,
    escalated: weekend ? i % 2 : 1 + (i % 3),
    ticketsCreated: Math.max(0, calls - resolvedByAi - (i % 2)),
    avgDurationSeconds,
    avgSentiment: Math.round((0.05 + ((i * 13) % 10) / 40) * 100) / 100,
    aiCostUsd: usd(calls * 0.0375),
    twilioCostUsd: usd(calls * Math.ceil(avgDurationSeconds / 60) * 0.0085),
    createdAt: writtenAt,
    updatedAt: writtenAt,
  };
}

/** The service-wide figures of the hour `hoursBefore` hours before the reference hour (busy in New York office hours). */
function hourlyMetricFor(hoursBefore: number) {
  const k = hoursBefore;
  const hour = new Date(Math.floor(REFERENCE_MS / HOUR) * HOUR - k * HOUR);
  const localHour = (hour.getUTCHours() + 24 - 5) % 24; // New York (EST) wall-clock hour
  const weekday = new Date(hour.getTime() - 5 * HOUR).getUTCDay();
  const busy = weekday >= 1 && weekday <= 5 && localHour >= 8 && localHour < 18;
  const calls = busy ? 1 + ((k * 5) % 4) : k % 5 === 0 ? 1 : 0;
  const resolvedByAi = Math.floor(calls / 2);
  const avgDurationSeconds = calls === 0 ? 0 : 240 + ((k * 29) % 180);
  const writtenAt = new Date(hour.getTime() + HOUR + MINUTE);
  return {
    hour,
    organizationId: null,
    calls,
    resolvedByAi,
    escalated: calls > 2 ? 1 : 0,
    ticketsCreated: calls - resolvedByAi,
    avgDurationSeconds,
    avgSentiment: calls === 0 ? null : Math.round((((k * 7) % 10) / 20 - 0.1) * 100) / 100,
    aiCostUsd: usd(calls * 0.0375),
    twilioCostUsd: usd(calls * Math.ceil(avgDurationSeconds / 60) * 0.0085),
    createdAt: writtenAt,
    updatedAt: writtenAt,
  };
}

/** Service-wide rows have a null organisation, which a compound unique cannot address: findFirst, then create once. */
async function seedServiceMetrics(run: SeedRun): Promise<void> {
  const { prisma, created } = run;
  for (let i = 1; i <= D.DAILY_METRIC_DAYS; i++) {
    const data = dailyMetricFor(i);
    if (await prisma.dailyMetric.findFirst({ where: { date: data.date, organizationId: null }, select: { id: true } })) continue;
    if (await createOnce(() => prisma.dailyMetric.create({ data }))) created.dailyMetrics += 1;
  }
  for (let k = 1; k <= D.HOURLY_METRIC_HOURS; k++) {
    const data = hourlyMetricFor(k);
    if (await prisma.hourlyMetric.findFirst({ where: { hour: data.hour, organizationId: null }, select: { id: true } })) continue;
    if (await createOnce(() => prisma.hourlyMetric.create({ data }))) created.hourlyMetrics += 1;
  }
}

async function seedCustomerMetrics(run: SeedRun, customers: CustomerRefs): Promise<void> {
  const data = D.ORGANIZATIONS.map((o, index) => {
    const calls = 18 + ((index * 11) % 17) + (o.isVip ? 12 : 0);
    return {
      organizationId: customers.orgId(o.ueCode),
      periodStart: dateOnly(D.CUSTOMER_METRIC_PERIOD.start),
      periodEnd: dateOnly(D.CUSTOMER_METRIC_PERIOD.end),
      calls,
      tickets: Math.round(calls * 0.45),
      slaBreaches: index % 3 === 2 ? 1 : 0,
      satisfaction: Math.round((4.1 + ((index * 3) % 8) / 10) * 10) / 10,
    };
  });
  run.created.customerMetrics += (await run.prisma.customerMetric.createMany({ data, skipDuplicates: true })).count;
}

/** One health snapshot per component at the reference instant. */
async function seedHealthSnapshots(run: SeedRun): Promise<void> {
  const createdAt = new Date(REFERENCE_MS);
  for (const h of D.HEALTH_COMPONENTS) {
    if (await run.prisma.systemHealthLog.findFirst({ where: { component: h.component, createdAt }, select: { id: true } })) continue;
    await run.prisma.systemHealthLog.create({
      data: { component: h.component, status: 'healthy', latencyMs: h.latencyMs, details: { source: 'seed' }, createdAt },
    });
    run.created.systemHealthLogs += 1;
  }
}

export async function seedMetrics(run: SeedRun, customers: CustomerRefs): Promise<void> {
  await seedServiceMetrics(run);
  await seedCustomerMetrics(run, customers);
  await seedHealthSnapshots(run);
}
