/**
 * Deterministic, idempotent demo seed.
 *
 *   DATABASE_URL=postgresql://… npx tsx prisma/seed.ts [--update-existing]
 *
 * Every row is keyed by a natural key (U-E code, contact phone, serial number, slug, email,
 * lookup code, call SID, ticket idempotency key). Rows that already exist are left untouched
 * (edits made in the panel survive a re-seed; an existing user's password is never re-hashed),
 * so running the seed twice changes nothing. Child rows of calls and tickets (transcripts,
 * messages, escalations, usage…) are created together with their parent, only once.
 *
 * `updateExisting: true` additionally rewrites reference data (KB articles, ticket statuses and
 * priorities, SLA policies) with the seeded values, for picking up an improved seed.
 *
 * The data is in seed-data.ts and seed-kb.ts; each table group has its own step:
 * seed-customers.ts, seed-service-desk.ts, seed-history.ts, seed-metrics.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfigOrExit } from '../infra/load-config';
import { PrismaClient } from './generated/client/client';
import { seedCustomers } from './seed-customers';
import { seedHistory } from './seed-history';
import { demoLogins, panelLogins, type LoginSeed } from './seed-logins';
import { seedMetrics } from './seed-metrics';
import { seedServiceDesk } from './seed-service-desk';
import { SEED_TABLES, type SeedRun, type SeedTable } from './seed-support';

export { SEED_TABLES, type SeedTable };

export interface SeedOptions {
  log?: (msg: string) => void;
  /** Panel logins to create when missing (default: the demo logins; see panelLogins for production). */
  logins?: readonly LoginSeed[];
  /** Overwrite reference data (KB, statuses, priorities, SLA policies) with the seeded values. */
  updateExisting?: boolean;
}

export interface SeedSummary {
  /** Rows inserted by this run, per table (all zero on a re-run). */
  created: Record<SeedTable, number>;
  totalCreated: number;
  /** Rows rewritten because of `updateExisting`. */
  updated: number;
  /** Calls whose ticket link was set by this run. */
  linkedCalls: number;
}

export async function seed(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedSummary> {
  const run: SeedRun = {
    prisma,
    created: Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>,
    updateExisting: opts.updateExisting ?? false,
    updated: 0,
    log: opts.log ?? (() => undefined),
  };
  const customers = await seedCustomers(run);
  const desk = await seedServiceDesk(run, customers, opts.logins ?? demoLogins());
  const linkedCalls = await seedHistory(run, customers, desk);
  await seedMetrics(run, customers);

  const totalCreated = SEED_TABLES.reduce((sum, table) => sum + run.created[table], 0);
  run.log(`seed: done, ${totalCreated} rows created${run.updateExisting ? `, ${run.updated} reference rows updated` : ''}`);
  return { created: run.created, totalCreated, updated: run.updated, linkedCalls };
}

// ───────────────────────────── script entry ─────────────────────────────

async function main(): Promise<void> {
  const config = loadConfigOrExit('seed');
  if (!config.DATABASE_URL) {
    console.error('seed: DATABASE_URL is not set');
    process.exitCode = 1;
    return;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
  try {
    const summary = await seed(prisma, {
      log: (msg) => console.log(msg),
      logins: panelLogins(config),
      updateExisting: process.argv.includes('--update-existing'),
    });
    console.log(JSON.stringify(summary.created));
  } finally {
    await prisma.$disconnect();
  }
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
