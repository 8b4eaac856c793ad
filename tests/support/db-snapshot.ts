import type { PrismaClient } from '../../infra/db';

type Row = Record<string, unknown>;

/** Announcements to the panels, not facts: announcing a change twice is harmless (the panel refetches once more). */
const ANNOUNCEMENTS = 'events';

/** Columns whose value says when or in which order a row was written, not what it says. */
const BOOKKEEPING = new Set(['id', 'updated_at']);

/**
 * Every row of every table, as sorted JSON lines per table, without ids and update stamps: two
 * snapshots are equal when the database says the same things, however the rows were (re)written.
 */
export async function snapshotDatabase(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const tables = await prisma.$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', ${ANNOUNCEMENTS})
    ORDER BY table_name`;
  const snapshot: Record<string, string[]> = {};
  for (const { table_name: table } of tables) {
    const rows = await prisma.$queryRawUnsafe<Row[]>(`SELECT * FROM "${table}"`);
    snapshot[table] = rows
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([column]) => !BOOKKEEPING.has(column))), replacer))
      .sort();
  }
  return snapshot;
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
