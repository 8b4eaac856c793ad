import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createRollupActivities, type RollupActivities } from '../../activities/analytics/rollups';
import { hoursOf } from '../../domain/analytics/periods';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { snapshotDatabase } from '../support/db-snapshot';
import { generateActivity } from '../support/synthetic-activity';

/*
 * The rollups against the definition of each figure, computed here another way: one GROUP BY
 * date_trunc over the whole day per source table, where the rollups filter one window at a time.
 * The day is synthetic and fixed (10 March 2026), with traffic on the days around it.
 */

const DAY = '2026-03-10';
const DAY_START = new Date(`${DAY}T00:00:00.000Z`);
const DAY_END = new Date('2026-03-11T00:00:00.000Z');

let db: TestDatabase;
let rollups: RollupActivities;

before(async () => {
  db = await createTestDatabase();
  await seed(db.prisma);
  rollups = createRollupActivities(db.prisma);
  await generateActivity(db.prisma, { tag: 'before', from: new Date('2026-03-09T20:00:00Z'), to: DAY_START, calls: 150 });
  await generateActivity(db.prisma, { tag: 'day', from: DAY_START, to: DAY_END, calls: 1500 });
  await generateActivity(db.prisma, { tag: 'after', from: DAY_END, to: new Date('2026-03-11T04:00:00Z'), calls: 150 });
  // The edges of the day: its first instant counts, the next day's first instant does not.
  for (const [sid, at] of [
    ['CA-edge-first', '2026-03-10T00:00:00.000Z'],
    ['CA-edge-last', '2026-03-10T23:59:59.999Z'],
    ['CA-edge-next', '2026-03-11T00:00:00.000Z'],
  ] as const) {
    await db.prisma.callLog.create({ data: { callSid: sid, startedAt: new Date(at), status: 'completed', durationSeconds: 60 } });
  }
});
after(async () => {
  await db?.drop();
});

type Figures = Record<string, number | string | null>;

function key(period: Date, organizationId: number | null): string {
  return `${period.toISOString()}|${organizationId ?? 'all'}`;
}

/** Each figure's definition as a plain GROUP BY over the whole day, per organisation and service-wide. */
async function expectedFigures(grain: 'hour' | 'day'): Promise<Map<string, Figures>> {
  const expected = new Map<string, Figures>();
  const add = (period: Date, organizationId: number | null, figures: Figures) => {
    const entry = expected.get(key(period, organizationId)) ?? {};
    expected.set(key(period, organizationId), { ...entry, ...figures });
  };
  for (const scope of ['organization', 'service'] as const) {
    const org = scope === 'organization' ? 'organization_id' : 'NULL::int';
    const having = scope === 'organization' ? 'WHERE organization_id IS NOT NULL' : '';
    const queries = [
      `SELECT date_trunc('${grain}', started_at, 'UTC') AS period, ${org} AS org, count(*)::int AS calls,
              sum(ai_resolution::int)::int AS resolved_by_ai, sum(was_escalated::int)::int AS escalated,
              count(ticket_id)::int AS ticketed_calls, round(avg(duration_seconds), 2)::float8 AS avg_duration_seconds,
              round(avg(sentiment_score::numeric), 4)::float8 AS avg_sentiment,
              count(*) FILTER (WHERE sentiment = 'positive')::int AS positive_calls,
              count(*) FILTER (WHERE sentiment = 'neutral')::int AS neutral_calls,
              count(*) FILTER (WHERE sentiment = 'negative')::int AS negative_calls
         FROM (SELECT * FROM call_logs ${having}) c WHERE started_at >= $1 AND started_at < $2 GROUP BY 1, 2`,
      `SELECT date_trunc('${grain}', created_at, 'UTC') AS period, ${org} AS org, count(*)::int AS tickets_created
         FROM (SELECT * FROM support_tickets ${having}) t WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2`,
      `SELECT date_trunc('${grain}', resolved_at, 'UTC') AS period, ${org} AS org,
              count(*) FILTER (WHERE NOT sla_breached)::int AS sla_met, count(*) FILTER (WHERE sla_breached)::int AS sla_breached
         FROM (SELECT * FROM support_tickets ${having}) t WHERE resolved_at >= $1 AND resolved_at < $2 GROUP BY 1, 2`,
      `SELECT date_trunc('${grain}', coalesce(c.started_at, u.created_at), 'UTC') AS period,
              ${scope === 'organization' ? 'coalesce(c.organization_id, t.organization_id)' : 'NULL::int'} AS org, sum(u.cost_usd)::float8 AS ai_cost_usd
         FROM ai_usage_logs u LEFT JOIN call_logs c ON c.id = u.call_log_id LEFT JOIN support_tickets t ON t.id = u.ticket_id
        WHERE coalesce(c.started_at, u.created_at) >= $1 AND coalesce(c.started_at, u.created_at) < $2
          ${scope === 'organization' ? 'AND coalesce(c.organization_id, t.organization_id) IS NOT NULL' : ''}
        GROUP BY 1, 2`,
      `SELECT date_trunc('${grain}', coalesce(c.started_at, u.created_at), 'UTC') AS period, ${scope === 'organization' ? 'c.organization_id' : 'NULL::int'} AS org,
              coalesce(sum(u.price), 0)::float8 AS twilio_cost_usd
         FROM twilio_usage_logs u LEFT JOIN call_logs c ON c.id = u.call_log_id
        WHERE coalesce(c.started_at, u.created_at) >= $1 AND coalesce(c.started_at, u.created_at) < $2
          ${scope === 'organization' ? 'AND c.organization_id IS NOT NULL' : ''}
        GROUP BY 1, 2`,
    ];
    for (const sql of queries) {
      const rows = await db.prisma.$queryRawUnsafe<Array<{ period: Date; org: number | null } & Figures>>(sql, DAY_START, DAY_END);
      for (const { period, org: organizationId, ...figures } of rows) add(period, organizationId, figures);
    }
  }
  return expected;
}

const FIGURES = [
  'calls',
  'resolved_by_ai',
  'escalated',
  'ticketed_calls',
  'tickets_created',
  'avg_duration_seconds',
  'avg_sentiment',
  'positive_calls',
  'neutral_calls',
  'negative_calls',
  'sla_met',
  'sla_breached',
  'ai_cost_usd',
  'twilio_cost_usd',
] as const;

/** A figure the definition has no row for is 0 (or no average sentiment); costs compared to the micro-dollar. */
function normalised(figures: Figures): Figures {
  return Object.fromEntries(
    FIGURES.map((name) => {
      const value = figures[name] ?? (name === 'avg_sentiment' ? null : 0);
      return [name, name.endsWith('_usd') && value !== null ? Number(value).toFixed(6) : value];
    }),
  );
}

async function rolledUp(table: 'hourly_metrics' | 'daily_metrics'): Promise<Map<string, Figures>> {
  const period = table === 'hourly_metrics' ? 'hour' : 'date::timestamptz';
  const rows = await db.prisma.$queryRawUnsafe<Array<{ period: Date; organization_id: number | null } & Figures>>(
    `SELECT ${period} AS period, organization_id, ${FIGURES.join(', ')} FROM ${table} WHERE ${period} >= $1 AND ${period} < $2`,
    DAY_START,
    DAY_END,
  );
  return new Map(rows.map(({ period: start, organization_id, ...figures }) => [key(start, organization_id), normalised(figures)]));
}

async function rollUpTheDay(): Promise<number> {
  let written = 0;
  for (const hour of hoursOf(DAY)) written += (await rollups.rollupHour({ hour })).written;
  written += (await rollups.rollupDay({ day: DAY })).written;
  written += (await rollups.rollupCustomerMonth({ month: '2026-03' })).written;
  return written;
}

test('hourly and daily rollups of a synthetic day equal the same aggregates computed directly in SQL', async () => {
  assert.ok((await rollUpTheDay()) > 24);
  for (const [grain, table] of [
    ['hour', 'hourly_metrics'],
    ['day', 'daily_metrics'],
  ] as const) {
    const expected = await expectedFigures(grain);
    const actual = await rolledUp(table);
    // Every hour has its service-wide row even where the definition found nothing (none here: traffic never stops).
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${table}: the same periods and organisations`);
    for (const [name, figures] of expected) assert.deepEqual(actual.get(name), normalised(figures), `${table} ${name}`);
  }
  const service = (await rolledUp('daily_metrics')).get(key(DAY_START, null));
  assert.equal(service?.calls, 1500 + 2, 'the day holds its own calls and its first instant, not the next day’s');
});

test('customer_metrics hold each organisation’s month', async () => {
  const rows = await db.prisma.customerMetric.findMany({
    where: { periodStart: new Date('2026-03-01'), periodEnd: new Date('2026-03-31') },
  });
  const calls = await db.prisma.callLog.groupBy({
    by: ['organizationId'],
    where: { startedAt: { gte: new Date('2026-03-01'), lt: new Date('2026-04-01') }, organizationId: { not: null } },
    _count: { _all: true },
    _avg: { sentimentScore: true },
  });
  assert.equal(rows.length, calls.length);
  for (const group of calls) {
    const row = rows.find((candidate) => candidate.organizationId === group.organizationId);
    assert.equal(row?.calls, group._count._all);
    const mood = group._avg.sentimentScore;
    assert.ok(mood !== null && row?.satisfaction !== null && Math.abs((row?.satisfaction ?? 0) - (mood + 1) * 2.5) < 0.01);
  }
});

test('a rerun changes nothing', async () => {
  const once = await snapshotDatabase(db.prisma);
  assert.equal(await rollUpTheDay(), 0, 'no row written again');
  assert.deepEqual(await snapshotDatabase(db.prisma), once);
});

test('a rerun after the data changed follows it, and drops an organisation no longer active in the hour', async () => {
  const hour = new Date('2026-03-10T14:00:00.000Z');
  const hourEnd = new Date('2026-03-10T15:00:00.000Z');
  const inHour = { gte: hour, lt: hourEnd };
  const before = await db.prisma.hourlyMetric.findMany({ where: { hour, organizationId: { not: null } } });
  const organizationId = before[0]?.organizationId ?? 0;
  const other = await db.prisma.organization.findFirstOrThrow({ where: { id: { not: organizationId } } });
  // Everything the organisation did that hour turns out to be another's (a caller misidentified).
  const moved = await db.prisma.callLog.findMany({ where: { startedAt: inHour, organizationId }, select: { id: true } });
  await db.prisma.callLog.updateMany({ where: { id: { in: moved.map((call) => call.id) } }, data: { organizationId: other.id } });
  await db.prisma.supportTicket.updateMany({
    where: { organizationId, OR: [{ createdAt: inHour }, { resolvedAt: inHour }, { callLogId: { in: moved.map((call) => call.id) } }] },
    data: { organizationId: other.id },
  });
  await db.prisma.aiUsageLog.deleteMany({ where: { callLogId: null, ticket: { organizationId } } });
  const expected = await expectedFigures('hour');
  assert.equal(expected.has(key(hour, organizationId)), false, 'the organisation has nothing left in that hour');

  const result = await rollups.rollupHour({ hour: hour.toISOString() });
  assert.equal(result.removed, 1);
  const actual = await rolledUp('hourly_metrics');
  for (const [name, figures] of expected) {
    if (name.startsWith(hour.toISOString())) assert.deepEqual(actual.get(name), normalised(figures), name);
  }
  assert.equal(actual.has(key(hour, organizationId)), false);
});
