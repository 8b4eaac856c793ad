import type pg from 'pg';

/**
 * Fills a migrated, seeded database with a busy MSP's history, in SQL (generate_series), so a
 * million rows take a minute or two rather than an hour of client round trips. Deterministic:
 * every random choice is a hash of the row number, so two runs give the same rows.
 * Rows: organisations and their contacts, call_logs (with a short transcript, a summary, a
 * category; most callers known), support_tickets (a share from calls, linked both ways), and two
 * messages per ticket. A few dozen calls are left in progress, as on a live floor.
 */
export interface ScaleSize {
  organizations: number;
  contactsPerOrganization: number;
  calls: number;
  tickets: number;
  /** Days of history, ending at `end`. */
  days: number;
  end: Date;
}

export interface GeneratedScale {
  seconds: number;
  rows: Record<string, number>;
  sizes: Record<string, string>;
}

/** Rows per INSERT: big enough to be fast, small enough to print progress and keep WAL in check. */
const CHUNK = 100_000;
const TABLES = ['organizations', 'contacts', 'call_logs', 'support_tickets', 'ticket_messages'] as const;

/** A uniform number in [0, 1) from a row number and a salt, the same on every run. */
const uniform = (row: string, salt: string) => `((hashtextextended((${row})::text || '${salt}', 0) & 1048575)::float8 / 1048576)`;
/** One element of a literal text array, picked by a uniform draw. */
const pick = (words: readonly string[], draw: string) =>
  `(ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(',')}])[1 + floor(${draw} * ${words.length})::int]`;

const COMPANY_FIRST = [
  'Acme',
  'Northwind',
  'Harbor',
  'Summit',
  'Bluebird',
  'Granite',
  'Cedar',
  'Riverside',
  'Lakeshore',
  'Pioneer',
  'Maple',
  'Orion',
  'Beacon',
  'Keystone',
  'Evergreen',
  'Atlas',
  'Sterling',
  'Redwood',
  'Coastal',
  'Meridian',
];
const COMPANY_TRADE = [
  'Dental',
  'Logistics',
  'Legal',
  'Realty',
  'Accounting',
  'Clinic',
  'Builders',
  'Foods',
  'Architects',
  'Insurance',
  'Veterinary',
  'Motors',
  'Pharmacy',
  'Consulting',
  'Printing',
];
const COMPANY_FORM = ['LLC', 'Inc', 'Group', 'Partners', 'Co'];
const FIRST_NAMES = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Priya',
  'Wei',
  'Fatima',
  'Olga',
  'Kenji',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Okafor',
  'Nguyen',
  'Kowalski',
  'Schneider',
  'Rossi',
  'Haddad',
  'Tanaka',
  'Silva',
  'Murphy',
  'Novak',
];
const CATEGORIES = ['email', 'printer', 'network', 'computer', 'phone', 'security', 'device', 'account', 'software', 'other'];
const PROBLEMS = [
  'Outlook keeps asking for a password',
  'the printer shows offline',
  'the VPN will not connect',
  'the laptop is very slow',
  'the desk phone has no dial tone',
  'a suspicious email with a link',
  'the monitor stays black after docking',
  'a locked account after too many attempts',
  'Teams crashes on start',
  'the Wi-Fi drops every few minutes',
  'a shared drive is missing',
  'the scanner cannot send to email',
];
const OUTCOMES = [
  'fixed on the call',
  'ticket opened for a technician',
  'escalated to the on-call engineer',
  'caller will try again later',
  'walked the caller through a restart',
];

async function run(client: pg.Client, label: string, sql: string, params: unknown[] = []): Promise<number> {
  const startedAt = performance.now();
  const result = await client.query(sql, params);
  console.log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return result.rowCount ?? 0;
}

/** Runs an INSERT … SELECT over generate_series($1, $2) chunk by chunk, printing progress. */
async function chunked(client: pg.Client, label: string, total: number, sql: string, params: unknown[]): Promise<void> {
  for (let first = 1; first <= total; first += CHUNK) {
    const last = Math.min(total, first + CHUNK - 1);
    await run(client, `${label} ${last.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`, sql, [first, last, ...params]);
  }
}

async function insertOrganizations(client: pg.Client, size: ScaleSize): Promise<void> {
  const name = `${pick(COMPANY_FIRST, uniform('g', 'n1'))} || ' ' || ${pick(COMPANY_TRADE, uniform('g', 'n2'))} || ' ' || ${pick(COMPANY_FORM, uniform('g', 'n3'))} || ' ' || g`;
  await run(
    client,
    'organizations',
    `INSERT INTO organizations (name, u_e_code, industry, phone, is_vip, updated_at)
     SELECT ${name}, 'SC-' || lpad(g::text, 6, '0'), ${pick(COMPANY_TRADE, uniform('g', 'n2'))},
            '+1617' || lpad(g::text, 7, '0'), ${uniform('g', 'v')} < 0.05, now()
       FROM generate_series(1, $1) g`,
    [size.organizations],
  );
}

async function insertContacts(client: pg.Client, size: ScaleSize): Promise<void> {
  await run(
    client,
    'contacts',
    `INSERT INTO contacts (organization_id, first_name, last_name, email, phone, is_primary, updated_at)
     SELECT o.id, ${pick(FIRST_NAMES, uniform('o.id * 100 + k', 'f'))}, ${pick(LAST_NAMES, uniform('o.id * 100 + k', 'l'))},
            'user' || k || '@org' || o.id || '.example', '+1555' || lpad((o.id * 100 + k)::text, 7, '0'), k = 1, now()
       FROM organizations o CROSS JOIN generate_series(1, $1) k
      WHERE o.u_e_code LIKE 'SC-%'`,
    [size.contactsPerOrganization],
  );
}

/**
 * Calls spread over the window in the order they happened (ids follow time, as a live system's do);
 * 85 % from a known contact, the rest from a number nobody knows.
 */
async function insertCalls(client: pg.Client, size: ScaleSize): Promise<void> {
  const span = size.days * 86_400;
  const problem = pick(PROBLEMS, uniform('g', 'p'));
  await chunked(
    client,
    'call_logs',
    size.calls,
    `WITH people AS (SELECT array_agg(id ORDER BY id) AS ids FROM contacts),
     raw AS (
       SELECT g, $3::timestamptz - make_interval(secs => floor((1 - (g - ${uniform('g', 't')}) / $5::float8) * $4)) AS started_at,
              ${uniform('g', 'c')} AS r_contact, ${uniform('g', 's')} AS r_status, ${uniform('g', 'd')} AS r_dur,
              ${uniform('g', 'm')} AS r_mood, ${problem} AS problem
         FROM generate_series($1::int, $2::int) g
     ),
     picked AS (
       SELECT raw.*, CASE WHEN r_contact < 0.85 THEN people.ids[1 + floor(r_contact / 0.85 * array_length(people.ids, 1))::int] END AS contact_id
         FROM raw, people
     )
     INSERT INTO call_logs (call_sid, workflow_id, caller_phone, from_number, to_number, organization_id, contact_id, started_at,
                            answered_at, ended_at, duration_seconds, status, ai_resolution, was_escalated, transcript, call_summary,
                            sentiment, sentiment_score, category, brain, final_agent, created_at, updated_at)
     SELECT 'CA' || md5('scale' || g), 'call-CA' || md5('scale' || g), coalesce(ct.phone, '+1202' || lpad((g % 9999999)::text, 7, '0')),
            coalesce(ct.phone, '+1202' || lpad((g % 9999999)::text, 7, '0')), '+18005550100', ct.organization_id, p.contact_id, p.started_at,
            p.started_at + interval '1 second', p.started_at + make_interval(secs => 30 + floor(p.r_dur * 900)), (30 + floor(p.r_dur * 900))::int,
            (CASE WHEN p.r_status < 0.08 THEN 'transferred' WHEN p.r_status > 0.97 THEN 'abandoned' ELSE 'completed' END)::call_status,
            p.r_status BETWEEN 0.08 AND 0.5, p.r_status < 0.08,
            jsonb_build_array(
              jsonb_build_object('role', 'agent', 'agent', 'triage', 'text', 'Thanks for calling support, who am I speaking with?', 'at', p.started_at),
              jsonb_build_object('role', 'caller', 'text', 'Hi, it is about ' || p.problem, 'at', p.started_at + interval '5 seconds'),
              jsonb_build_object('role', 'agent', 'agent', 'triage', 'text', 'Sorry to hear that, let me look into it.', 'at', p.started_at + interval '9 seconds')),
            'Caller reported ' || p.problem || '; ' || ${pick(OUTCOMES, uniform('g', 'o'))} || '.',
            (CASE WHEN p.r_mood < 0.25 THEN 'negative' WHEN p.r_mood < 0.7 THEN 'neutral' WHEN p.r_mood < 0.95 THEN 'positive' END)::sentiment,
            CASE WHEN p.r_mood < 0.95 THEN round((p.r_mood * 2 - 1)::numeric, 3)::float8 END,
            ${pick(CATEGORIES, uniform('g', 'k'))}, 'rules', 'triage', p.started_at, p.started_at
       FROM picked p LEFT JOIN contacts ct ON ct.id = p.contact_id`,
    [size.end, span, size.calls],
  );
}

/** A live floor: the newest few dozen calls are still in progress. */
async function markLiveCalls(client: pg.Client): Promise<void> {
  await run(
    client,
    'calls in progress',
    `UPDATE call_logs SET status = 'in_progress', ended_at = NULL, duration_seconds = NULL
      WHERE id IN (SELECT id FROM call_logs WHERE call_sid LIKE 'CA%' ORDER BY started_at DESC LIMIT 40)`,
  );
}

/**
 * Tickets over the same window, ids in time order: 40 % opened by a call (linked both ways), the rest from the panel
 * or email; the older ones mostly resolved or closed, the last weeks' mostly open.
 */
async function insertTickets(client: pg.Client, size: ScaleSize): Promise<void> {
  const span = size.days * 86_400;
  await chunked(
    client,
    'support_tickets',
    size.tickets,
    `WITH lookups AS (
       SELECT (SELECT array_agg(id ORDER BY sort_order) FROM ticket_statuses) AS statuses,
              (SELECT array_agg(id ORDER BY rank) FROM ticket_priorities) AS priorities,
              (SELECT array_agg(id ORDER BY id) FROM support_agents WHERE kind = 'human') AS agents,
              (SELECT array_agg(id ORDER BY id) FROM contacts) AS people
     ),
     raw AS (
       SELECT g, $3::timestamptz - make_interval(secs => floor((1 - (g - ${uniform('g', 'tt')}) / $5::float8) * $4)) AS created_at,
              ${uniform('g', 'tc')} AS r_contact, ${uniform('g', 'ts')} AS r_state, ${uniform('g', 'tp')} AS r_prio,
              ${uniform('g', 'ta')} AS r_agent, ${uniform('g', 'tk')} AS r_source
         FROM generate_series($1::int, $2::int) g
     )
     INSERT INTO support_tickets (organization_id, contact_id, subject, description, category, status_id, priority_id, assigned_agent_id,
                                  source, workflow_id, escalation_level, first_response_due_at, resolution_due_at, first_responded_at,
                                  resolved_at, closed_at, sla_breached, created_at, updated_at)
     SELECT ct.organization_id, ct.id, initcap(${pick(PROBLEMS, uniform('g', 'tj'))}), 'Reported by ' || ct.first_name || ' ' || ct.last_name || ': ' || ${pick(PROBLEMS, uniform('g', 'tj'))} || '.',
            ${pick(CATEGORIES, uniform('g', 'tg'))},
            l.statuses[t.status_index],
            l.priorities[CASE WHEN t.r_prio < 0.3 THEN 1 WHEN t.r_prio < 0.75 THEN 2 WHEN t.r_prio < 0.95 THEN 3 ELSE 4 END],
            CASE WHEN t.r_agent < 0.85 THEN l.agents[1 + floor(t.r_agent / 0.85 * array_length(l.agents, 1))::int] END,
            (CASE WHEN t.r_source < 0.4 THEN 'phone' WHEN t.r_source < 0.8 THEN 'panel' ELSE 'email' END)::ticket_source,
            'ticket-scale-' || t.g, (t.r_prio > 0.9)::int, t.created_at + interval '1 hour', t.created_at + interval '1 day',
            t.created_at + interval '40 minutes',
            CASE WHEN t.status_index >= 5 THEN t.created_at + make_interval(secs => floor(t.r_state * 172800)) END,
            CASE WHEN t.status_index = 6 THEN t.created_at + interval '3 days' END,
            t.r_prio > 0.8 AND t.r_state > 0.5, t.created_at, t.created_at + interval '2 hours'
       FROM (
         -- statuses by sort order: 1 open … 4 waiting on customer, 5 resolved, 6 closed.
         SELECT raw.*, CASE WHEN $3::timestamptz - created_at > interval '14 days' AND r_state < 0.97 THEN 5 + floor(r_state * 2)::int
                            ELSE 1 + floor(r_state * 6)::int END AS status_index
           FROM raw
       ) t
       CROSS JOIN lookups l
       JOIN contacts ct ON ct.id = l.people[1 + floor(t.r_contact * array_length(l.people, 1))::int]`,
    [size.end, span, size.tickets],
  );
}

/** Phone tickets point at a call of their contact's (the call that opened them), and the call back at the ticket. */
async function linkCallsAndTickets(client: pg.Client): Promise<void> {
  await run(
    client,
    'tickets linked to calls',
    `WITH pairs AS (
       SELECT DISTINCT ON (t.id) t.id AS ticket_id, c.id AS call_id
         FROM support_tickets t
         JOIN call_logs c ON c.contact_id = t.contact_id AND c.started_at BETWEEN t.created_at - interval '30 days' AND t.created_at
        WHERE t.source = 'phone' AND t.workflow_id LIKE 'ticket-scale-%'
        ORDER BY t.id, c.started_at DESC
     ),
     linked AS (UPDATE support_tickets t SET call_log_id = p.call_id FROM pairs p WHERE t.id = p.ticket_id RETURNING t.id, p.call_id)
     UPDATE call_logs c SET ticket_id = linked.id FROM linked WHERE c.id = linked.call_id`,
  );
}

async function insertMessages(client: pg.Client): Promise<void> {
  await run(
    client,
    'ticket_messages',
    `INSERT INTO ticket_messages (ticket_id, author_type, author_agent_id, author_name, visibility, body, created_at)
     SELECT t.id, (CASE WHEN k = 1 THEN 'customer' ELSE 'agent' END)::message_author_type,
            CASE WHEN k = 2 THEN t.assigned_agent_id END, CASE WHEN k = 1 THEN 'Caller' END,
            (CASE WHEN k = 2 AND t.id % 3 = 0 THEN 'internal' ELSE 'public' END)::message_visibility,
            CASE WHEN k = 1 THEN 'Still happening this morning, please help.' ELSE 'Looking into it now; will call you back within the hour.' END,
            t.created_at + make_interval(mins => k * 30)
       FROM support_tickets t CROSS JOIN generate_series(1, 2) k
      WHERE t.workflow_id LIKE 'ticket-scale-%'`,
  );
}

async function tableFigures(client: pg.Client): Promise<Pick<GeneratedScale, 'rows' | 'sizes'>> {
  const rows: Record<string, number> = {};
  const sizes: Record<string, string> = {};
  for (const table of TABLES) {
    const result = await client.query<{ rows: number; size: string }>(
      `SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('${table}')) AS size FROM ${table}`,
    );
    rows[table] = result.rows[0]?.rows ?? 0;
    sizes[table] = result.rows[0]?.size ?? '?';
  }
  return { rows, sizes };
}

export async function generateScale(client: pg.Client, size: ScaleSize): Promise<GeneratedScale> {
  const startedAt = performance.now();
  // A bench database: losing the last commits in a crash only means generating again.
  await client.query('SET synchronous_commit = off');
  await insertOrganizations(client, size);
  await insertContacts(client, size);
  await insertCalls(client, size);
  await markLiveCalls(client);
  await insertTickets(client, size);
  // Fresh statistics first, or the planner takes the new tables for empty and links row by row.
  await run(client, 'analyze', 'ANALYZE');
  await linkCallsAndTickets(client);
  await insertMessages(client);
  await run(client, 'vacuum analyze', 'VACUUM ANALYZE');
  return { seconds: (performance.now() - startedAt) / 1000, ...(await tableFigures(client)) };
}
