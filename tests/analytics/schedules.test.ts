import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { serviceFigures } from '../../activities/analytics/rollups';
import { ANALYTICS_SCHEDULES, ensureSchedules } from '../../workers/schedules';
import { runBackfill } from '../../tools/backfill';
import { eventually } from '../support/eventually';
import { generateActivity } from '../support/synthetic-activity';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';
import { snapshotDatabase } from '../support/db-snapshot';

/*
 * The Schedules as the worker creates them, on a real Temporal dev server. Temporal's
 * time-skipping test server does not implement Schedules (CreateSchedule answers UNIMPLEMENTED),
 * so instead of waiting for wall-clock slots each test asks the server to backfill slots at a
 * fixed past instant: the server starts the scheduled workflow for each slot with that slot's
 * TemporalScheduledStartTime, exactly as when the slot comes round. Nothing depends on today's date.
 * The Schedules are paused, so no wall-clock slot fires during the suite (backfills still run).
 */

let h: TicketHarness;
const DAY = '2026-03-10';

before(async () => {
  h = await startTicketHarness('dev');
  await generateActivity(h.db.prisma, { tag: 'sched', from: new Date(`${DAY}T00:00:00Z`), to: new Date(`${DAY}T04:00:00Z`), calls: 400 });
  await ensureSchedules(h.env.client, h.taskQueue);
  for (const { scheduleId } of ANALYTICS_SCHEDULES) await h.env.client.schedule.getHandle(scheduleId).pause('paused by the test');
});
after(async () => {
  await h?.close();
});

async function backfillSlots(scheduleId: string, start: string, end: string): Promise<void> {
  await h.env.client.schedule
    .getHandle(scheduleId)
    .backfill({ start: new Date(start), end: new Date(end), overlap: ScheduleOverlapPolicy.ALLOW_ALL });
}

test('ensureSchedules is idempotent and leaves a paused Schedule paused', async () => {
  await ensureSchedules(h.env.client, h.taskQueue);
  for (const { scheduleId, workflowType } of ANALYTICS_SCHEDULES) {
    const schedule = await h.env.client.schedule.getHandle(scheduleId).describe();
    assert.equal(schedule.action.type === 'startWorkflow' && schedule.action.workflowType, workflowType);
    assert.equal(schedule.state.paused, true, `${scheduleId} stays paused`);
  }
  const hourly = await h.env.client.schedule.getHandle('rollup-hourly').describe();
  assert.deepEqual(
    hourly.spec.intervals?.map((interval) => [interval.every, interval.offset]),
    [[3_600_000, 300_000]],
  );
});

test('the hourly Schedule rolls up the two hours before each slot, with Twilio prices settled first', async () => {
  // A call whose price Twilio has set since: the rollup fetches it before adding up costs.
  const unpriced = await h.db.prisma.twilioUsageLog.findFirstOrThrow({
    where: { price: null, kind: 'voice', callLog: { startedAt: { gte: new Date(`${DAY}T00:00:00Z`), lt: new Date(`${DAY}T01:00:00Z`) } } },
  });
  h.twilio.setPrice(unpriced.callSid, '-0.0425');
  // Slots 01:05 and 02:05: hours 00:00 and 01:00, and the hour before midnight, all at once.
  await backfillSlots('rollup-hourly', `${DAY}T01:00:00Z`, `${DAY}T02:30:00Z`);
  const hours = ['2026-03-09T23:00:00.000Z', `${DAY}T00:00:00.000Z`, `${DAY}T01:00:00.000Z`];
  const rows = await eventually(
    async () => {
      const found = await h.db.prisma.hourlyMetric.findMany({
        where: { hour: { in: hours.map((hour) => new Date(hour)) }, organizationId: null },
      });
      return found.length === hours.length && found;
    },
    30_000,
    'hourly rows of the backfilled slots',
  );
  const settled = await h.db.prisma.twilioUsageLog.findUniqueOrThrow({ where: { id: unpriced.id } });
  assert.equal(settled.price?.toString(), '0.0425');
  for (const row of rows) {
    const expected = await serviceFigures(h.db.prisma, row.hour, new Date(row.hour.getTime() + 3_600_000));
    assert.equal(row.calls, expected.calls, row.hour.toISOString());
    assert.equal(row.twilioCostUsd.toString(), expected.twilio_cost_usd.toString(), row.hour.toISOString());
  }
  assert.equal(
    await h.db.prisma.hourlyMetric.count({ where: { hour: new Date(`${DAY}T02:00:00.000Z`) } }),
    0,
    'not the hour still under way',
  );
});

test('the daily Schedule rolls up the day before its slot and that month’s customers', async () => {
  await backfillSlots('rollup-daily', '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z');
  const daily = await eventually(
    async () => (await h.db.prisma.dailyMetric.findFirst({ where: { date: new Date(DAY), organizationId: null } })) ?? undefined,
    30_000,
  );
  const expected = await serviceFigures(h.db.prisma, new Date(DAY), new Date('2026-03-11'));
  assert.equal(daily?.calls, expected.calls);
  await eventually(() => h.db.prisma.customerMetric.count({ where: { periodStart: new Date('2026-03-01') } }), 30_000);
});

test('the health Schedule samples the worker’s checks into system_health_logs', async () => {
  await backfillSlots('system-health', '2026-03-10T12:00:00Z', '2026-03-10T12:01:30Z');
  const rows = await eventually(async () => {
    const found = await h.db.prisma.systemHealthLog.findMany({ where: { checkId: { startsWith: 'health/2026-03-10T12:01:00.000Z/' } } });
    return found.length >= 3 && found;
  }, 30_000);
  assert.deepEqual(rows.map((row) => [row.component, row.status]).sort(), [
    ['database', 'healthy'],
    ['temporal', 'healthy'],
    ['twilio', 'healthy'],
  ]);
  assert.equal(rows[0]?.createdAt.toISOString(), '2026-03-10T12:01:00.000Z');
});

test('npm run backfill starts the same workflows for a range of days, and a rerun changes no figure', async () => {
  const metrics = async () => {
    const snapshot = await snapshotDatabase(h.db.prisma);
    return { hourly: snapshot.hourly_metrics, daily: snapshot.daily_metrics, customers: snapshot.customer_metrics };
  };
  const range = { from: '2026-03-09', to: DAY };
  assert.deepEqual(await runBackfill(h.env.client, h.taskQueue, range), { daysDone: 2 });
  assert.equal(
    await h.db.prisma.hourlyMetric.count({
      where: { hour: { gte: new Date('2026-03-09'), lt: new Date('2026-03-11') }, organizationId: null },
    }),
    48,
  );
  const once = await metrics();
  assert.deepEqual(await runBackfill(h.env.client, h.taskQueue, range), { daysDone: 2 });
  assert.deepEqual(await metrics(), once);
  // A range the wrong way round fails at once (not a workflow task retried forever).
  await assert.rejects(
    h.env.client.workflow.execute('rollupBackfillWorkflow', {
      taskQueue: h.taskQueue,
      workflowId: 'rollup-backfill-bad',
      args: [{ from: '2026-03-10', to: '2026-03-09' }],
    }),
    (error: Error) => /ends \(2026-03-09\) before it starts/.test(String((error.cause as Error | undefined)?.message)),
  );
});
