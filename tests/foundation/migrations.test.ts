import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PrismaCliError, prismaPaths, runPrisma } from '../../infra/prisma-cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** Every table the seed plan's data model names, plus what SLA and KB work need. */
const REQUIRED_TABLES = [
  'organizations',
  'contacts',
  'account_managers',
  'locations',
  'devices',
  'device_manufacturers',
  'device_models',
  'operating_systems',
  'domains',
  'device_types',
  'contact_devices',
  'support_tickets',
  'ticket_assignments',
  'ticket_messages',
  'ticket_escalations',
  'ticket_statuses',
  'ticket_priorities',
  'support_agents',
  'call_logs',
  'agent_interactions',
  'ai_usage_logs',
  'twilio_usage_logs',
  'daily_metrics',
  'hourly_metrics',
  'system_health_logs',
  'customer_metrics',
  'conversation_analysis',
  'users',
  'sla_policies',
  'kb_articles',
  'callbacks',
];

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db?.drop();
});

test('the migrations build every table of the data model in an empty database', async () => {
  const rows = await db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  const tables = new Set(rows.map((row) => row.table_name));
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
  assert.deepEqual(missing, []);
});

test('the migrations are in sync with schema.prisma (drift check)', async () => {
  const migrations = `${prismaPaths.root}/prisma/migrations`;
  try {
    await runPrisma(['migrate', 'diff', '--from-migrations', migrations, '--to-schema', prismaPaths.schema, '--exit-code'], {
      databaseUrl: db.url,
      quiet: true,
    });
  } catch (error) {
    if (error instanceof PrismaCliError && error.exitCode === 2) {
      assert.fail(`schema.prisma has changes no migration captures; run \`npx prisma migrate dev\`:\n${error.stdout}`);
    }
    throw error;
  }
});

test('the migrated database matches schema.prisma exactly', async () => {
  await runPrisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', prismaPaths.schema, '--exit-code'], {
    databaseUrl: db.url,
    quiet: true,
  });
});
