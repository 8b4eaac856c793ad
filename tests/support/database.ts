import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPrisma, type PrismaClient } from '../../infra/db';
import { migrateDeploy } from '../../infra/prisma-cli';
import { provideDatabase } from '../../infra/postgres';

/**
 * Each suite gets its own database, cloned from a template that is migrated once per migration set.
 * The server is TEST_DATABASE_URL's (or DATABASE_URL's), else the local 127.0.0.1:5432, else an
 * embedded PostgreSQL started for the test run.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

let serverUrl: Promise<string> | undefined;
function testServerUrl(): Promise<string> {
  serverUrl ??= (async () => {
    const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (configured) return configured;
    if (await canConnect(LOCAL_SERVER)) return LOCAL_SERVER;
    const handle = await provideDatabase({
      databaseUrl: undefined,
      dataDir: path.join(repoRoot, '.data', 'test'),
      embeddedPort: 5434,
    });
    return handle.url;
  })();
  return serverUrl;
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

function migrationsFingerprint(): string {
  const dir = path.join(repoRoot, 'prisma', 'migrations');
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (entry.endsWith('.sql')) hash.update(entry).update(readFileSync(path.join(dir, entry)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(await testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Template databases survive between runs; a changed migration set gets a new one. */
let template: Promise<string> | undefined;
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const name = `urackit_tpl_${migrationsFingerprint()}`;
    const exists = await withAdminClient(async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return (found.rowCount ?? 0) > 0;
    });
    if (!exists) {
      const building = `${name}_build_${process.pid}`;
      await withAdminClient((client) => client.query(`CREATE DATABASE "${building}"`));
      await migrateDeploy(withDatabase(await testServerUrl(), building));
      // Renaming last makes the template appear atomically for concurrent test processes.
      await withAdminClient(async (client) => {
        try {
          await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
        } catch {
          await client.query(`DROP DATABASE IF EXISTS "${building}"`);
        }
      });
    }
    return name;
  })();
  return template;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templateName = await migratedTemplate();
  const name = `urackit_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`));
  const url = withDatabase(await testServerUrl(), name);
  const prisma = createPrisma(url, { max: 5 });
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A database with no tables at all, for what must build the schema itself (the migrations one-shot). */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `urackit_empty_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(await testServerUrl(), name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
