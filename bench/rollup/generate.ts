import { DAY_MS } from '../../domain/analytics/periods';
import type { PrismaClient } from '../../infra/db';
import { generateActivity } from '../../tests/support/synthetic-activity';
import type { RollupBenchConfig } from './config';

const BATCHES = 10;

export interface Generated {
  from: Date;
  to: Date;
  seconds: number;
  rows: Record<string, number>;
  sizes: Record<string, string>;
}

/** The traffic, in time order (as calls arrive), in batches so each insert stays a manageable transaction. */
export async function generateTraffic(prisma: PrismaClient, config: RollupBenchConfig): Promise<Generated> {
  const to = new Date(`${config.BENCH_END}T00:00:00.000Z`);
  const from = new Date(to.getTime() - config.BENCH_DAYS * DAY_MS);
  const span = (to.getTime() - from.getTime()) / BATCHES;
  const startedAt = performance.now();
  for (let batch = 0; batch < BATCHES; batch += 1) {
    const calls = Math.floor(config.BENCH_CALLS / BATCHES) + (batch < config.BENCH_CALLS % BATCHES ? 1 : 0);
    const window = { from: new Date(from.getTime() + batch * span), to: new Date(from.getTime() + (batch + 1) * span) };
    await generateActivity(prisma, { tag: `bench${batch}`, ...window, calls });
    console.log(`  generated batch ${batch + 1}/${BATCHES}`);
  }
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  const seconds = (performance.now() - startedAt) / 1000;
  const tables = ['call_logs', 'support_tickets', 'ai_usage_logs', 'twilio_usage_logs'];
  const rows: Record<string, number> = {};
  const sizes: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await prisma.$queryRawUnsafe<Array<{ rows: number; size: string }>>(
      `SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('${table}')) AS size FROM ${table}`,
    );
    rows[table] = row?.rows ?? 0;
    sizes[table] = row?.size ?? '?';
  }
  return { from, to, seconds, rows, sizes };
}
