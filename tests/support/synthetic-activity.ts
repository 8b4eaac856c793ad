import { Db, type PrismaClient } from '../../infra/db';

const { Prisma } = Db;

/**
 * Synthetic support traffic written straight into PostgreSQL, for the rollup tests and the rollup
 * benchmark: calls spread over a window across the seeded organisations (a tenth unidentified),
 * about a third of them opening a ticket (some resolved, some past their SLA), the calls' AI and
 * Twilio usage (a tenth of Twilio's not priced yet), plus usage of no call (`/ai/*` requests,
 * SMS). Deterministic: the same options give the same rows, whatever the machine.
 * Needs the seed's organisations, ticket statuses and priorities.
 */
export interface SyntheticActivityOptions {
  /** Names this batch: call SIDs are `CA-<tag>-<n>`. Use a new tag for each batch in one database. */
  tag: string;
  from: Date;
  to: Date;
  calls: number;
}

export interface SyntheticActivity {
  calls: number;
  tickets: number;
  aiUsage: number;
  twilioUsage: number;
}

/** A uniform number in [0, 1) from a row number and a salt, the same on every run. */
const uniform = (row: string, salt: string) => Prisma.raw(`((hashtextextended(${row}::text || '${salt}', 0) & 1048575)::float8 / 1048576)`);

async function insertCalls(prisma: PrismaClient, options: SyntheticActivityOptions): Promise<number> {
  const span = (options.to.getTime() - options.from.getTime()) / 1000;
  return prisma.$executeRaw`
    WITH orgs AS (SELECT array_agg(id ORDER BY id) AS ids FROM organizations),
    raw AS (
      SELECT g,
             ${options.from}::timestamptz + make_interval(secs => floor(${uniform('g', 't')} * ${span})) AS started_at,
             ${uniform('g', 'o')} AS r_org, ${uniform('g', 'a')} AS r_ai, ${uniform('g', 'e')} AS r_esc,
             ${uniform('g', 'd')} AS r_dur, ${uniform('g', 's')} AS r_sent
        FROM generate_series(1, ${options.calls}) g
    )
    INSERT INTO call_logs (call_sid, started_at, ended_at, duration_seconds, organization_id, status, ai_resolution, was_escalated,
                           sentiment, sentiment_score, brain, created_at, updated_at)
    SELECT 'CA-' || ${options.tag} || '-' || g, started_at,
           started_at + make_interval(secs => 30 + floor(r_dur * 900)), (30 + floor(r_dur * 900))::int,
           CASE WHEN r_org < 0.1 THEN NULL ELSE orgs.ids[1 + floor(r_org * array_length(orgs.ids, 1))::int] END,
           (CASE WHEN r_esc < 0.1 THEN 'transferred' WHEN r_esc > 0.97 THEN 'abandoned' ELSE 'completed' END)::call_status,
           r_ai < 0.45, r_esc < 0.1,
           (CASE WHEN r_sent < 0.3 THEN 'negative' WHEN r_sent < 0.7 THEN 'neutral' WHEN r_sent < 0.95 THEN 'positive' END)::sentiment,
           CASE WHEN r_sent < 0.95 THEN round((r_sent * 2 - 1)::numeric, 3)::float8 END,
           'rules', started_at, started_at
      FROM raw, orgs`;
}

/** A third of the calls open a ticket; of those, half are resolved within the window's length, a fifth of them late. */
async function insertTickets(prisma: PrismaClient, options: SyntheticActivityOptions): Promise<number> {
  const inserted = await prisma.$executeRaw`
    WITH lookups AS (
      SELECT (SELECT id FROM ticket_statuses WHERE code = 'open') AS open_id,
             (SELECT id FROM ticket_statuses WHERE code = 'resolved') AS resolved_id,
             (SELECT id FROM ticket_priorities WHERE code = 'medium') AS medium_id
    ),
    ticketed AS (
      SELECT c.id, c.organization_id, c.ended_at, ${uniform('c.id', 'r')} AS r_res, ${uniform('c.id', 'b')} AS r_breach
        FROM call_logs c WHERE c.call_sid LIKE ${`CA-${options.tag}-%`} AND ${uniform('c.id', 'k')} < 0.33
    )
    INSERT INTO support_tickets (organization_id, call_log_id, subject, status_id, priority_id, created_at, updated_at, resolved_at, sla_breached)
    SELECT t.organization_id, t.id, 'Synthetic ticket', CASE WHEN t.r_res < 0.5 THEN l.resolved_id ELSE l.open_id END, l.medium_id,
           t.ended_at, t.ended_at,
           CASE WHEN t.r_res < 0.5 THEN t.ended_at + make_interval(secs => floor(t.r_res * 2 * 36000)) END,
           t.r_res < 0.5 AND t.r_breach < 0.2
      FROM ticketed t, lookups l`;
  await prisma.$executeRaw`
    UPDATE call_logs c SET ticket_id = t.id FROM support_tickets t
     WHERE t.call_log_id = c.id AND c.call_sid LIKE ${`CA-${options.tag}-%`}`;
  return inserted;
}

/** Every call's usage; then usage of no call spread over the window, some of it `/ai/*` requests about a ticket. */
async function insertUsage(prisma: PrismaClient, options: SyntheticActivityOptions): Promise<{ ai: number; twilio: number }> {
  const span = (options.to.getTime() - options.from.getTime()) / 1000;
  const pattern = `CA-${options.tag}-%`;
  const extra = Math.max(1, Math.floor(options.calls / 20));
  const aiOfCalls = await prisma.$executeRaw`
    INSERT INTO ai_usage_logs (call_log_id, ticket_id, provider, model, purpose, prompt_tokens, completion_tokens, cost_usd, created_at)
    SELECT id, ticket_id, 'openai', 'gpt-4o-mini', 'turn', 900, 120, round((${uniform('id', 'c')} * 0.004)::numeric, 6), ended_at
      FROM call_logs WHERE call_sid LIKE ${pattern}`;
  const aiAlone = await prisma.$executeRaw`
    INSERT INTO ai_usage_logs (ticket_id, provider, model, purpose, prompt_tokens, completion_tokens, cost_usd, created_at)
    SELECT (SELECT id FROM support_tickets ORDER BY id OFFSET (g % 7) LIMIT 1), 'openai', 'gpt-4o-mini', 'suggest', 600, 80,
           round((${uniform('g', 'x')} * 0.002)::numeric, 6),
           ${options.from}::timestamptz + make_interval(secs => floor(${uniform('g', 'y')} * ${span}))
      FROM generate_series(1, ${extra}) g`;
  const voice = await prisma.$executeRaw`
    INSERT INTO twilio_usage_logs (call_log_id, call_sid, kind, direction, duration_seconds, price, status, created_at)
    SELECT id, call_sid, 'voice', 'inbound', duration_seconds,
           CASE WHEN ${uniform('id', 'p')} < 0.1 THEN NULL ELSE round((ceil(duration_seconds / 60.0) * 0.0085)::numeric, 6) END,
           'completed', ended_at
      FROM call_logs WHERE call_sid LIKE ${pattern}`;
  const sms = await prisma.$executeRaw`
    INSERT INTO twilio_usage_logs (call_sid, kind, direction, duration_seconds, price, status, created_at)
    SELECT 'SM-' || ${options.tag} || '-' || g, 'sms', 'outbound', 0, 0.0079, 'delivered',
           ${options.from}::timestamptz + make_interval(secs => floor(${uniform('g', 'z')} * ${span}))
      FROM generate_series(1, ${extra}) g`;
  return { ai: aiOfCalls + aiAlone, twilio: voice + sms };
}

export async function generateActivity(prisma: PrismaClient, options: SyntheticActivityOptions): Promise<SyntheticActivity> {
  const calls = await insertCalls(prisma, options);
  const tickets = await insertTickets(prisma, options);
  const usage = await insertUsage(prisma, options);
  return { calls, tickets, aiUsage: usage.ai, twilioUsage: usage.twilio };
}
