/**
 * The panel over a large read model: BENCH_CALLS call_logs (1,000,000) and BENCH_TICKETS tickets
 * (200,000) with their organisations, contacts and messages, then the panel's requests timed
 * through the real API over HTTP: the default lists, filtered lists, `q` searches, the dashboard.
 *   npm run bench -- data-scale        (writes bench/results/data-scale-run.md; data-scale.md is the analysis)
 * The database (BENCH_DATABASE_URL) is kept: the first run generates it (minutes), later runs
 * reuse it, migrating it first, so a new index is measured on the same rows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { issueToken } from '../api/auth/tokens';
import { createRollupActivities } from '../activities/analytics/rollups';
import { DAY_MS, dayOf } from '../domain/analytics/periods';
import { createPrisma } from '../infra/db';
import { migrateDeploy } from '../infra/prisma-cli';
import { seed } from '../prisma/seed';
import { ZDataScaleEnv, type DataScaleConfig } from './data-scale/config';
import { generateScale, type GeneratedScale } from './data-scale/generate';
import { measureScenario, scenarios, warmUpProcess, type Fixtures, type ScenarioResult } from './data-scale/measure';
import { dataScaleReport, resultsTable } from './data-scale/report';
import { committedResultsFile, parseBenchSettings } from './shared/settings';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function generatedCalls(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM call_logs WHERE workflow_id LIKE 'call-CA%'`);
    return result.rows[0]?.n ?? 0;
  }).catch(() => 0);
}

/**
 * Migrates the database and says whether it already holds the generated rows. Without them (a new
 * database, an interrupted generation, BENCH_REGENERATE=1) it is dropped and created empty first.
 */
async function prepareDatabase(config: DataScaleConfig): Promise<boolean> {
  const filled = !config.BENCH_REGENERATE && (await generatedCalls(config.BENCH_DATABASE_URL)) >= config.BENCH_CALLS;
  if (!filled) {
    const name = new URL(config.BENCH_DATABASE_URL).pathname.slice(1);
    const server = new URL(config.BENCH_DATABASE_URL);
    server.pathname = '/postgres';
    await withClient(server.toString(), async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    });
  }
  await migrateDeploy(config.BENCH_DATABASE_URL);
  return filled;
}

async function generate(config: DataScaleConfig): Promise<GeneratedScale> {
  const prisma = createPrisma(config.BENCH_DATABASE_URL, { max: 2 });
  try {
    await seed(prisma, { log: () => undefined });
  } finally {
    await prisma.$disconnect();
  }
  console.log(`generating ${config.BENCH_CALLS} calls and ${config.BENCH_TICKETS} tickets over ${config.BENCH_DAYS} days…`);
  return withClient(config.BENCH_DATABASE_URL, (client) =>
    generateScale(client, {
      organizations: config.BENCH_ORGANIZATIONS,
      contactsPerOrganization: config.BENCH_CONTACTS_PER_ORGANIZATION,
      calls: config.BENCH_CALLS,
      tickets: config.BENCH_TICKETS,
      days: config.BENCH_DAYS,
      end: new Date(),
    }),
  );
}

/**
 * What the worker's daily Schedule keeps current in production: daily_metrics for the past week,
 * which the dashboard's chart reads (today it computes live). Idempotent: a day already rolled up
 * is recomputed and nothing is written.
 */
async function rollUpLastWeek(url: string): Promise<void> {
  const prisma = createPrisma(url, { max: 2 });
  try {
    const rollups = createRollupActivities(prisma);
    const today = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
    for (let back = 7; back >= 1; back -= 1) await rollups.rollupDay({ day: dayOf(today - back * DAY_MS) });
  } finally {
    await prisma.$disconnect();
  }
}

async function existingFigures(url: string): Promise<Pick<GeneratedScale, 'rows' | 'sizes'>> {
  return withClient(url, async (client) => {
    const result = await client.query<{ relname: string; rows: string; size: string }>(
      `SELECT relname, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
        WHERE relname IN ('organizations', 'contacts', 'call_logs', 'support_tickets', 'ticket_messages') ORDER BY relname`,
    );
    return {
      rows: Object.fromEntries(result.rows.map((row) => [row.relname, Number(row.rows)])),
      sizes: Object.fromEntries(result.rows.map((row) => [row.relname, row.size])),
    };
  });
}

async function fixturesAndIndexes(
  url: string,
): Promise<{ fixtures: Fixtures; indexes: string[]; admin: { id: number; email: string; name: string } }> {
  return withClient(url, async (client) => {
    // Busy organisations and agents: the filters a supervisor would pick.
    const organizations = await client.query<{ id: number }>(
      `SELECT organization_id AS id FROM support_tickets WHERE organization_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`,
    );
    const agents = await client.query<{ id: number }>(
      `SELECT assigned_agent_id AS id FROM support_tickets WHERE assigned_agent_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2`,
    );
    const indexes = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename IN ('call_logs', 'support_tickets') ORDER BY tablename, indexname`,
    );
    const admin = await client.query<{ id: number; email: string; name: string }>(
      `SELECT id, email, name FROM users WHERE role = 'admin' ORDER BY id LIMIT 1`,
    );
    if (!admin.rows[0]) throw new Error('the seed made no admin user');
    return {
      fixtures: { organizationIds: organizations.rows.map((row) => row.id), agentIds: agents.rows.map((row) => row.id) },
      indexes: indexes.rows.map((row) => row.indexname),
      admin: admin.rows[0],
    };
  });
}

/** The real API process (api/server.ts), as `npm start` runs it; Temporal is not needed for reads. */
async function startApi(config: DataScaleConfig, jwtSecret: string): Promise<{ baseUrl: string; api: ChildProcess }> {
  const api = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: config.BENCH_DATABASE_URL,
      API_PORT: String(config.BENCH_API_PORT),
      HOST: '127.0.0.1',
      JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'warn',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${config.BENCH_API_PORT}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    const up = await fetch(`${baseUrl}/dashboard/overview`).then(
      (response) => response.status === 401,
      () => false,
    );
    if (up) return { baseUrl, api };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  api.kill();
  throw new Error('the API did not start in 60 s');
}

async function runDataScaleBenchmark(config: DataScaleConfig): Promise<void> {
  const filled = await prepareDatabase(config);
  const generated = filled ? null : await generate(config);
  if (generated) console.log(`generated in ${generated.seconds.toFixed(0)} s`);
  await rollUpLastWeek(config.BENCH_DATABASE_URL);
  const { fixtures, indexes, admin } = await fixturesAndIndexes(config.BENCH_DATABASE_URL);
  const jwtSecret = randomBytes(24).toString('hex');
  const token = await issueToken({ ...admin, role: 'admin' }, jwtSecret);
  const { baseUrl, api } = await startApi(config, jwtSecret);
  const results: ScenarioResult[] = [];
  const loadAtStart = os.loadavg()[0] ?? 0;
  try {
    const chosen = scenarios(fixtures).filter((scenario) => !config.BENCH_ONLY || scenario.name.includes(config.BENCH_ONLY));
    await warmUpProcess(baseUrl, token, chosen);
    for (const scenario of chosen) {
      const result = await measureScenario(baseUrl, token, scenario, {
        requests: config.BENCH_REQUESTS,
        concurrency: config.BENCH_CONCURRENCY,
      });
      console.log(`  ${scenario.name}: p50 ${result.stat.p50.toFixed(1)} ms, p99 ${result.stat.p99.toFixed(1)} ms`);
      results.push(result);
    }
  } finally {
    api.kill('SIGTERM');
  }
  console.log(resultsTable(results));
  const data = generated ?? { ...(await existingFigures(config.BENCH_DATABASE_URL)), seconds: null };
  const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('data-scale-run');
  await writeFile(out, dataScaleReport(config, data, results, indexes, loadAtStart));
  console.log(`written to ${path.relative(process.cwd(), out)}`);
}

await runDataScaleBenchmark(parseBenchSettings(ZDataScaleEnv, process.env));
