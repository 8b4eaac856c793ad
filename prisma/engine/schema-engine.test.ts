// End-to-end check of the schema-engine stand-in: the real Prisma CLI, driven through
// infra/prisma-cli.ts, against a scratch database on the local PostgreSQL.
// Run: node --import tsx --test prisma/engine/schema-engine.test.ts
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PrismaCliError, prismaPaths, runPrisma } from '../../infra/prisma-cli';

/** Same server and credentials, another database. */
function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

// The local PostgreSQL of the project's machines, unless the test run names another server.
const server = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const adminUrl = withDatabase(server, 'postgres');
const database = `schema_engine_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(server, database);

let dir = '';
let schemaPath = '';
let configPath = '';
let migrationsPath = '';

const schemaV1 = `generator client {
  provider = "prisma-client"
  output   = "./generated/client"
}

datasource db {
  provider = "postgresql"
}

model Customer {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  createdAt DateTime @default(now()) @db.Timestamptz(3)
  tickets   Ticket[]
}

model Ticket {
  id         Int      @id @default(autoincrement())
  subject    String   @db.VarChar(200)
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)

  @@index([customerId])
}
`;

// Hand-written rather than generated, so "no drift" below means the engine read both sides
// the same way. The function body has semicolons inside dollar quotes, which a naive
// statement splitter breaks; Prisma does not track functions, so it cannot cause drift.
const initMigration = `CREATE TABLE "Customer" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "customerId" INTEGER NOT NULL,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Customer_email_key" ON "Customer"("email");
CREATE INDEX "Ticket_customerId_idx" ON "Ticket"("customerId");
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION ticket_label(subject text) RETURNS text AS $$
BEGIN
  RETURN 'ticket; ' || subject;
END;
$$ LANGUAGE plpgsql;
`;

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function shadowDatabases(): Promise<string[]> {
  const rows = await query<{ datname: string }>(
    adminUrl,
    "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
  );
  return rows.map((row) => row.datname);
}

/** Runs the CLI with the scratch config, always through the stand-in engine. */
function prisma(args: string[]): Promise<void> {
  return runPrisma(args, {
    databaseUrl,
    quiet: true,
    config: configPath,
    env: { PRISMA_SCHEMA_ENGINE_BINARY: prismaPaths.schemaEngineShim },
  });
}

/** Resolves to the CLI's exit code and output instead of rejecting on a non-zero exit. */
async function prismaExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  try {
    await prisma(args);
    return { code: 0, stdout: '', stderr: '' };
  } catch (error) {
    if (error instanceof PrismaCliError) return { code: error.exitCode, stdout: error.stdout, stderr: error.stderr };
    throw error;
  }
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'schema-engine-test-'));
  schemaPath = path.join(dir, 'schema.prisma');
  migrationsPath = path.join(dir, 'migrations');
  configPath = path.join(dir, 'prisma.config.ts');
  await writeFile(schemaPath, schemaV1);
  await mkdir(path.join(migrationsPath, '20250101000000_init'), { recursive: true });
  await writeFile(path.join(migrationsPath, '20250101000000_init', 'migration.sql'), initMigration);
  await writeFile(path.join(migrationsPath, 'migration_lock.toml'), 'provider = "postgresql"\n');
  // A plain object: a config under the temp dir cannot import 'prisma/config'.
  await writeFile(
    configPath,
    `export default ${JSON.stringify({ schema: schemaPath, migrations: { path: migrationsPath } }).replace(
      /}$/,
      ', datasource: { url: process.env.DATABASE_URL } }',
    )};\n`,
  );
  await query(adminUrl, `CREATE DATABASE "${database}"`);
});

after(async () => {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('migrate deploy applies the scratch migration', { timeout: 60_000 }, async () => {
  await prisma(['migrate', 'deploy']);

  const tables = await query<{ table_name: string }>(
    databaseUrl,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  assert.deepEqual(
    tables.map((t) => t.table_name),
    ['Customer', 'Ticket', '_prisma_migrations'],
  );
  const applied = await query<{ migration_name: string; finished: boolean }>(
    databaseUrl,
    'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations',
  );
  assert.deepEqual(applied, [{ migration_name: '20250101000000_init', finished: true }]);
  // The script went to the server whole: the dollar-quoted body kept its semicolons.
  const [label] = await query<{ label: string }>(databaseUrl, "SELECT ticket_label('x') AS label");
  assert.equal(label?.label, 'ticket; x');
});

test('migrate status reports the database up to date', { timeout: 60_000 }, async () => {
  const status = await prismaExit(['migrate', 'status']);
  assert.equal(status.code, 0, status.stderr);
});

test('migrate diff finds no drift, then finds the changed schema', { timeout: 90_000 }, async () => {
  const shadowsBefore = new Set(await shadowDatabases());
  const diffArgs = ['migrate', 'diff', '--from-migrations', migrationsPath, '--to-schema', schemaPath, '--exit-code'];

  const clean = await prismaExit(diffArgs);
  assert.equal(clean.code, 0, `expected no drift, got exit ${clean.code}:\n${clean.stdout}\n${clean.stderr}`);

  // The live database (catalog introspection through the driver adapter) agrees too.
  const live = await prismaExit(['migrate', 'diff', '--from-config-datasource', '--to-schema', schemaPath, '--exit-code']);
  assert.equal(live.code, 0, `expected the database to match the schema:\n${live.stdout}\n${live.stderr}`);

  await writeFile(schemaPath, schemaV1.replace('  email     String   @unique\n', '  email     String   @unique\n  phone     String?\n'));
  const drift = await prismaExit(diffArgs);
  assert.equal(drift.code, 2, `expected drift (exit 2), got exit ${drift.code}:\n${drift.stdout}\n${drift.stderr}`);
  // The summary reaches the CLI's stdout through the engine's `print` request.
  assert.match(drift.stdout, /Added column `phone`/);

  const leftovers = (await shadowDatabases()).filter((name) => !shadowsBefore.has(name));
  assert.deepEqual(leftovers, [], 'shadow databases must be dropped after use');
});
