import { Db } from '../../infra/db';

const { Prisma } = Db;
type Sql = Db.Prisma.Sql;

/*
 * One aggregate over a half-open window [from, to), shared by every rollup table and by the
 * dashboard's live figures: a row per organisation active in the window plus the service-wide
 * row (organization_id NULL, always present). What counts where:
 * - calls, AI-resolved, escalated, ticketed (linked to a ticket), handle time, sentiment: calls
 *   that *started* in the window;
 * - tickets created: by created_at; SLA met / breached: tickets *resolved* in the window, by
 *   whether their SLA was breached;
 * - AI and Twilio cost: a call's usage counts with the call (the window it started in), so cost
 *   per call adds up; usage without a call (SMS pages, `/ai/*` requests) by when it was logged.
 * Calls and tickets of no known organisation count in the service-wide row only.
 * Averages are taken over exact numerics and rounded, so a rerun over the same rows gives the
 * same figures to the last digit whatever plan the database picks.
 */

const SCOPE = Prisma.raw('CASE WHEN GROUPING(org) = 1 THEN 0 ELSE org END AS scope');
const BY_SCOPE = Prisma.raw('GROUP BY GROUPING SETS ((org), ()) HAVING GROUPING(org) = 1 OR org IS NOT NULL');

export interface WindowFigures {
  organization_id: number | null;
  calls: number;
  resolved_by_ai: number;
  escalated: number;
  ticketed_calls: number;
  tickets_created: number;
  avg_duration_seconds: number;
  avg_sentiment: number | null;
  positive_calls: number;
  neutral_calls: number;
  negative_calls: number;
  sla_met: number;
  sla_breached: number;
  ai_cost_usd: Db.Prisma.Decimal;
  twilio_cost_usd: Db.Prisma.Decimal;
}

/** The columns every rollup table shares with WindowFigures, in one order for INSERT and UPDATE. */
export const METRIC_COLUMNS = [
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
] as const satisfies ReadonlyArray<keyof WindowFigures>;

export function windowFiguresSql(from: Date, to: Date): Sql {
  return Prisma.sql`
    WITH calls AS (
      SELECT id, organization_id AS org, ai_resolution, was_escalated, ticket_id, duration_seconds, sentiment, sentiment_score
        FROM call_logs WHERE started_at >= ${from} AND started_at < ${to}
    ),
    call_figures AS (
      SELECT ${SCOPE},
             count(*)::int AS calls,
             (count(*) FILTER (WHERE ai_resolution))::int AS resolved_by_ai,
             (count(*) FILTER (WHERE was_escalated))::int AS escalated,
             (count(*) FILTER (WHERE ticket_id IS NOT NULL))::int AS ticketed_calls,
             coalesce(round(avg(duration_seconds), 2), 0)::float8 AS avg_duration_seconds,
             round(avg(sentiment_score::numeric), 4)::float8 AS avg_sentiment,
             (count(*) FILTER (WHERE sentiment = 'positive'))::int AS positive_calls,
             (count(*) FILTER (WHERE sentiment = 'neutral'))::int AS neutral_calls,
             (count(*) FILTER (WHERE sentiment = 'negative'))::int AS negative_calls
        FROM calls ${BY_SCOPE}
    ),
    created_figures AS (
      SELECT ${SCOPE}, count(*)::int AS tickets_created
        FROM (SELECT organization_id AS org FROM support_tickets WHERE created_at >= ${from} AND created_at < ${to}) created
        ${BY_SCOPE}
    ),
    sla_figures AS (
      SELECT ${SCOPE},
             (count(*) FILTER (WHERE NOT sla_breached))::int AS sla_met,
             (count(*) FILTER (WHERE sla_breached))::int AS sla_breached
        FROM (SELECT organization_id AS org, sla_breached FROM support_tickets WHERE resolved_at >= ${from} AND resolved_at < ${to}) resolved
        ${BY_SCOPE}
    ),
    ai_figures AS (
      SELECT ${SCOPE}, sum(cost_usd) AS ai_cost_usd
        FROM (
          SELECT c.org, u.cost_usd FROM calls c JOIN ai_usage_logs u ON u.call_log_id = c.id
          UNION ALL
          SELECT t.organization_id, u.cost_usd
            FROM ai_usage_logs u LEFT JOIN support_tickets t ON t.id = u.ticket_id
           WHERE u.call_log_id IS NULL AND u.created_at >= ${from} AND u.created_at < ${to}
        ) usage (org, cost_usd)
        ${BY_SCOPE}
    ),
    twilio_figures AS (
      SELECT ${SCOPE}, sum(price) AS twilio_cost_usd
        FROM (
          SELECT c.org, u.price FROM calls c JOIN twilio_usage_logs u ON u.call_log_id = c.id
          UNION ALL
          SELECT NULL::int, u.price FROM twilio_usage_logs u
           WHERE u.call_log_id IS NULL AND u.created_at >= ${from} AND u.created_at < ${to}
        ) usage (org, price)
        ${BY_SCOPE}
    ),
    scopes AS (
      SELECT 0 AS scope
      UNION SELECT scope FROM call_figures UNION SELECT scope FROM created_figures
      UNION SELECT scope FROM sla_figures UNION SELECT scope FROM ai_figures UNION SELECT scope FROM twilio_figures
    )
    SELECT NULLIF(s.scope, 0) AS organization_id,
           coalesce(cf.calls, 0) AS calls,
           coalesce(cf.resolved_by_ai, 0) AS resolved_by_ai,
           coalesce(cf.escalated, 0) AS escalated,
           coalesce(cf.ticketed_calls, 0) AS ticketed_calls,
           coalesce(tc.tickets_created, 0) AS tickets_created,
           coalesce(cf.avg_duration_seconds, 0) AS avg_duration_seconds,
           cf.avg_sentiment,
           coalesce(cf.positive_calls, 0) AS positive_calls,
           coalesce(cf.neutral_calls, 0) AS neutral_calls,
           coalesce(cf.negative_calls, 0) AS negative_calls,
           coalesce(sf.sla_met, 0) AS sla_met,
           coalesce(sf.sla_breached, 0) AS sla_breached,
           coalesce(af.ai_cost_usd, 0)::numeric(12, 6) AS ai_cost_usd,
           coalesce(wf.twilio_cost_usd, 0)::numeric(12, 6) AS twilio_cost_usd
      FROM scopes s
      LEFT JOIN call_figures cf USING (scope)
      LEFT JOIN created_figures tc USING (scope)
      LEFT JOIN sla_figures sf USING (scope)
      LEFT JOIN ai_figures af USING (scope)
      LEFT JOIN twilio_figures wf USING (scope)`;
}

const columnList = (prefix = '') => Prisma.raw(METRIC_COLUMNS.map((column) => `${prefix}${column}`).join(', '));
const updateList = Prisma.raw(METRIC_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', '));

export interface RollupWrite {
  /** Rows the window has (the service-wide row and one per active organisation). */
  rows: number;
  /** Rows inserted or changed; 0 when a rerun found nothing new. */
  written: number;
  /** Rows of organisations no longer active in the window, deleted. */
  removed: number;
}

/**
 * Writes a window's figures into hourly_metrics (period column `hour`) or daily_metrics (`date`),
 * keyed by (period, organisation): upserted, and only where a figure changed, so a rerun over
 * unchanged data writes nothing; an organisation no longer active in the window loses its row.
 */
export function upsertPeriodSql(table: 'hourly_metrics' | 'daily_metrics', from: Date, to: Date): Sql {
  const periodColumn = Prisma.raw(table === 'hourly_metrics' ? 'hour' : 'date');
  const period = table === 'hourly_metrics' ? Prisma.sql`${from}::timestamptz` : Prisma.sql`${from}::date`;
  const target = Prisma.raw(table);
  return Prisma.sql`
    WITH figures AS (${windowFiguresSql(from, to)}),
    upserted AS (
      INSERT INTO ${target} AS m (${periodColumn}, organization_id, ${columnList()}, updated_at)
      SELECT ${period}, organization_id, ${columnList()}, now() FROM figures
      ON CONFLICT (${periodColumn}, organization_id) DO UPDATE SET ${updateList}, updated_at = EXCLUDED.updated_at
      WHERE (${columnList('m.')}) IS DISTINCT FROM (${columnList('EXCLUDED.')})
      RETURNING 1
    ),
    removed AS (
      DELETE FROM ${target} m
       WHERE m.${periodColumn} = ${period} AND m.organization_id IS NOT NULL
         AND m.organization_id NOT IN (SELECT organization_id FROM figures WHERE organization_id IS NOT NULL)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM figures)::int AS rows,
           (SELECT count(*) FROM upserted)::int AS written,
           (SELECT count(*) FROM removed)::int AS removed`;
}

const CUSTOMER_COLUMNS = [
  'calls',
  'tickets',
  'sla_breaches',
  'sla_met',
  'satisfaction',
  'resolved_by_ai',
  'escalated',
  'ai_cost_usd',
  'twilio_cost_usd',
] as const;
const customerList = (prefix = '') => Prisma.raw(CUSTOMER_COLUMNS.map((column) => `${prefix}${column}`).join(', '));

/**
 * customer_metrics for one month per organisation active in it, keyed by (organisation, first
 * day, last day); satisfaction (0–5) is derived from the calls' sentiment, −1..1 mapped onto 0..5.
 */
export function upsertCustomerMonthSql(first: string, last: string, from: Date, to: Date): Sql {
  return Prisma.sql`
    WITH figures AS (${windowFiguresSql(from, to)}),
    customers AS (
      SELECT organization_id, calls, tickets_created AS tickets, sla_breached AS sla_breaches, sla_met,
             round(((avg_sentiment + 1) * 2.5)::numeric, 2)::float8 AS satisfaction,
             resolved_by_ai, escalated, ai_cost_usd, twilio_cost_usd
        FROM figures WHERE organization_id IS NOT NULL
    ),
    upserted AS (
      INSERT INTO customer_metrics AS m (organization_id, period_start, period_end, ${customerList()}, updated_at)
      SELECT organization_id, ${first}::date, ${last}::date, ${customerList()}, now() FROM customers
      ON CONFLICT (organization_id, period_start, period_end) DO UPDATE
        SET ${Prisma.raw(CUSTOMER_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', '))}, updated_at = EXCLUDED.updated_at
      WHERE (${customerList('m.')}) IS DISTINCT FROM (${customerList('EXCLUDED.')})
      RETURNING 1
    ),
    removed AS (
      DELETE FROM customer_metrics m
       WHERE m.period_start = ${first}::date AND m.period_end = ${last}::date
         AND m.organization_id NOT IN (SELECT organization_id FROM customers)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM customers)::int AS rows,
           (SELECT count(*) FROM upserted)::int AS written,
           (SELECT count(*) FROM removed)::int AS removed`;
}
