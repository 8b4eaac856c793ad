import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { createRollupActivities, serviceFigures } from '../activities/analytics/rollups';
import { activitySeries, ZActivityQuery } from './dashboard/activity';
import { costsReport } from './dashboard/costs';
import { createWorkflowCallCommands } from './calls/workflow-commands';
import { dashboardOverview } from './dashboard/overview';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { generateActivity } from '../tests/support/synthetic-activity';

/*
 * The dashboard and the costs page read the rollups: a week of synthetic traffic (4–10 March
 * 2026), rolled up except for one day, read at a fixed instant (10 March, noon UTC).
 */

let h: ApiHarness;
const NOW = new Date('2026-03-10T12:00:00.000Z');
const ROLLED_UP = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09'];

before(async () => {
  h = await startApiHarness();
  await generateActivity(h.db.prisma, { tag: 'week', from: new Date('2026-03-04T00:00:00Z'), to: NOW, calls: 1400 });
  const rollups = createRollupActivities(h.db.prisma);
  for (const day of ROLLED_UP) await rollups.rollupDay({ day });
  await rollups.rollupCustomerMonth({ month: '2026-03' });
});
after(async () => {
  await h?.close();
});

const day = (date: string) => [new Date(`${date}T00:00:00Z`), new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000)] as const;

test('the overview’s week is the rollups, with today and a day not rolled up yet computed live', async () => {
  // A rolled-up figure the source rows disagree with shows that the overview reads the rollup.
  await h.db.prisma.dailyMetric.updateMany({ where: { date: new Date('2026-03-05'), organizationId: null }, data: { calls: 9999 } });
  const overview = await dashboardOverview(h.db.prisma, NOW);
  assert.deepEqual(
    overview.callsPerDay.map((entry) => [entry.date, entry.source]),
    [
      ['2026-03-04', 'rollup'],
      ['2026-03-05', 'rollup'],
      ['2026-03-06', 'rollup'],
      ['2026-03-07', 'rollup'],
      ['2026-03-08', 'live'],
      ['2026-03-09', 'rollup'],
      ['2026-03-10', 'live'],
    ],
  );
  assert.equal(overview.callsPerDay[1]?.calls, 9999);
  for (const date of ['2026-03-08', '2026-03-09', '2026-03-10']) {
    const figures = await serviceFigures(h.db.prisma, ...day(date));
    assert.equal(overview.callsPerDay.find((entry) => entry.date === date)?.calls, figures.calls, date);
  }
  assert.equal(overview.calls.today, overview.callsPerDay[6]?.calls);
  assert.equal(
    overview.calls.last7Days,
    overview.callsPerDay.reduce((sum, entry) => sum + entry.calls, 0),
  );
  const { positive, neutral, negative, unknown } = overview.sentiment;
  assert.equal(positive + neutral + negative + unknown, overview.calls.last7Days);
  assert.ok(overview.costs7Days.aiUsd > 0 && overview.costs7Days.twilioUsd > 0);
  await h.db.prisma.dailyMetric.updateMany({ where: { date: new Date('2026-03-05'), organizationId: null }, data: { calls: 0 } });
});

test('the costs page: the month’s days so far and each customer’s month, from the rollups', async () => {
  const report = await costsReport(h.db.prisma, { month: '2026-03' }, NOW);
  assert.deepEqual(
    report.days.map((entry) => entry.date),
    ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) => `2026-03-${d}`),
    'up to today, not the rest of the month',
  );
  const march = await serviceFigures(h.db.prisma, new Date('2026-03-01'), new Date('2026-04-01'));
  assert.equal(report.customers.reduce((sum, customer) => sum + customer.calls, 0) + (await unidentifiedCalls()), march.calls);
  const [top] = report.customers;
  assert.ok(top && top.organizationName.length > 0);
  assert.equal(top.costPerCallUsd, Math.round(((top.aiCostUsd + top.twilioCostUsd) / top.calls) * 1e6) / 1e6);
  assert.ok(report.customersRolledUpAt);
  const empty = await costsReport(h.db.prisma, { month: '2026-04' }, NOW);
  assert.deepEqual([empty.days, empty.customers, empty.totals.costPerCallUsd], [[], [], null]);
});

async function unidentifiedCalls(): Promise<number> {
  return h.db.prisma.callLog.count({
    where: { organizationId: null, startedAt: { gte: new Date('2026-03-01'), lt: new Date('2026-04-01') } },
  });
}

test('GET /dashboard/costs validates the month', async () => {
  await request(h.app).get('/dashboard/costs?month=2026-13').set(h.bearer('supervisor')).expect(400);
  const { body } = await request(h.app).get('/dashboard/costs?month=2026-03').set(h.bearer('supervisor')).expect(200);
  assert.equal(body.month, '2026-03');
  assert.ok(Array.isArray(body.customers) && body.customers.length > 0);
});

test('the activity charts: hourly bars from the rollups, the hours not rolled up computed live', async () => {
  const rollups = createRollupActivities(h.db.prisma);
  await rollups.rollupHour({ hour: '2026-03-08T09:00:00.000Z' });
  await h.db.prisma.hourlyMetric.updateMany({
    where: { hour: new Date('2026-03-08T09:00:00Z'), organizationId: null },
    data: { calls: 4242 },
  });
  const points = await activitySeries(
    h.db.prisma,
    ZActivityQuery.parse({ from: '2026-03-08', to: '2026-03-08', granularity: 'hour' }),
    NOW.getTime(),
  );
  assert.equal(points.length, 24);
  assert.equal(points[9]?.period, '2026-03-08T09:00:00.000Z');
  assert.equal(points[9]?.calls, 4242, 'a rolled-up hour is read from hourly_metrics');
  const tenOClock = await serviceFigures(h.db.prisma, new Date('2026-03-08T10:00:00Z'), new Date('2026-03-08T11:00:00Z'));
  assert.deepEqual(
    [points[10]?.calls, points[10]?.aiResolved, points[10]?.escalated, points[10]?.slaBreached],
    [tenOClock.calls, tenOClock.resolved_by_ai, tenOClock.escalated, tenOClock.sla_breached],
  );
});

test('the activity charts: daily bars over a range add up to the range, and stop at now', async () => {
  const points = await activitySeries(h.db.prisma, ZActivityQuery.parse({ from: '2026-03-06', to: '2026-03-20' }), NOW.getTime());
  assert.deepEqual(
    points.map((point) => point.period.slice(0, 10)),
    ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'],
  );
  const whole = await serviceFigures(h.db.prisma, new Date('2026-03-06'), new Date('2026-03-11'));
  assert.equal(
    points.reduce((sum, point) => sum + point.calls, 0),
    whole.calls,
  );
  assert.ok(
    points.some((point) => point.slaMet + point.slaBreached > 0),
    'the SLA series is filled',
  );
});

test('GET /dashboard/activity refuses ranges it cannot draw, with the reason', async () => {
  const ask = (query: string) => request(h.app).get(`/dashboard/activity?${query}`).set(h.bearer('supervisor'));
  const backwards = await ask('from=2026-03-09&to=2026-03-01').expect(400);
  assert.match(JSON.stringify(backwards.body), /before/);
  await ask('from=2026-02-30&to=2026-03-01').expect(400);
  await ask('from=yesterday&to=2026-03-01').expect(400);
  const tooLong = await ask('from=2026-03-01&to=2026-03-20&granularity=hour').expect(400);
  assert.match(JSON.stringify(tooLong.body), /7 days/);
  const { body } = await ask('from=2026-03-04&to=2026-03-10').expect(200);
  assert.equal(body.length, 7);
  await request(h.app).get('/dashboard/activity?from=2026-03-04&to=2026-03-10').expect(401);
});

test('the live counter asks the workflows, and falls back to the read model when Temporal does not answer', async () => {
  const asked = await dashboardOverview(h.db.prisma, NOW, async () => 3);
  assert.equal(asked.calls.inProgress, 3);
  const rows = await h.db.prisma.callLog.count({ where: { status: 'in_progress' } });
  const fallback = await dashboardOverview(h.db.prisma, NOW, () => Promise.reject(new Error('Temporal is down')));
  assert.equal(fallback.calls.inProgress, rows);
});

test('with Temporal unreachable the dashboard answers from the read model without waiting out the client’s retries', async () => {
  // Port 1 refuses connections; the SDK's client alone keeps retrying a refused count for about 20 s.
  const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  let clock = 1_000_000;
  const commands = createWorkflowCallCommands({ client, now: () => clock });
  const rows = await h.db.prisma.callLog.count({ where: { status: 'in_progress' } });
  const started = performance.now();
  const first = await dashboardOverview(h.db.prisma, NOW, () => commands.liveCount());
  assert.equal(first.calls.inProgress, rows);
  assert.ok(performance.now() - started < 5_000, `the first overview took ${Math.round(performance.now() - started)} ms`);
  // Once Temporal failed, the next requests do not ask it again for a while.
  const again = performance.now();
  await assert.rejects(commands.liveCount(), /did not answer recently/);
  assert.ok(performance.now() - again < 100);
  // Nor when it is time to ask again: that count goes in the background, and the request does not wait for it.
  clock += 16_000;
  const later = performance.now();
  await assert.rejects(commands.liveCount(), /did not answer recently/);
  assert.ok(performance.now() - later < 100, `the request waited ${Math.round(performance.now() - later)} ms`);
  await client.connection.close();
});
