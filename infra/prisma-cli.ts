import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Paths the Prisma tooling of this repository lives at. */
export const prismaPaths = {
  root: repoRoot,
  cli: path.join(repoRoot, 'node_modules', '.bin', 'prisma'),
  config: path.join(repoRoot, 'prisma.config.ts'),
  schema: path.join(repoRoot, 'prisma', 'schema.prisma'),
  migrations: path.join(repoRoot, 'prisma', 'migrations'),
  generatedClient: path.join(repoRoot, 'prisma', 'generated', 'client'),
  schemaEngineShim: path.join(repoRoot, 'prisma', 'engine', 'schema-engine.mjs'),
} as const;

export interface RunPrismaOptions {
  /** Becomes DATABASE_URL for the CLI, which prisma.config.ts reads. */
  databaseUrl: string;
  /** Swallow the CLI's output unless it fails (its stderr is in the rejection either way). */
  quiet?: boolean;
  /** Extra environment for the CLI; it wins over everything set here. */
  env?: Record<string, string>;
  /** Another Prisma config file (scratch schemas in tests); default: the repository's. */
  config?: string;
}

/** A Prisma CLI run that exited non-zero. `stderr` holds what the CLI said. */
export class PrismaCliError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly stdout: string,
  ) {
    const said = stderr.trim() || stdout.trim().split('\n').slice(-20).join('\n');
    super(`prisma ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}):\n${said}`);
    this.name = 'PrismaCliError';
  }
}

/**
 * Runs the Prisma CLI of this repository against `databaseUrl`.
 * The schema-engine stand-in is selected unless the caller's environment already names an
 * engine; update checks and telemetry are off because they only time out offline.
 */
export function runPrisma(args: string[], opts: RunPrismaOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? prismaPaths.schemaEngineShim,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    ...opts.env,
  };
  const fullArgs = [...args, '--config', opts.config ?? prismaPaths.config];
  return new Promise((resolve, reject) => {
    // Run through the current Node binary so callers need no executable bit or PATH lookups.
    const child = spawn(process.execPath, [prismaPaths.cli, ...fullArgs], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', opts.quiet ? 'pipe' : 'inherit', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!opts.quiet) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new PrismaCliError(fullArgs, code, stderr, stdout));
    });
  });
}

/** Applies every pending migration in prisma/migrations (`prisma migrate deploy`). */
export function migrateDeploy(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<void> {
  return runPrisma(['migrate', 'deploy'], { databaseUrl, quiet: opts.quiet ?? true });
}

/** The migrations in prisma/migrations that the database has not applied (all of them on a new database). */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const local = (await readdir(prismaPaths.migrations, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = await client
      .query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .catch(() => ({ rows: [] }));
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return local.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * migrateDeploy, skipped when every migration is applied already: the CLI (and its schema engine)
 * takes seconds to say so, on every start.
 */
export async function migrateDeployIfPending(databaseUrl: string): Promise<void> {
  if ((await pendingMigrations(databaseUrl)).length > 0) await migrateDeploy(databaseUrl);
}

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when the generated client is at least as new as the schema it came from. */
export async function isClientFresh(): Promise<boolean> {
  const [client, schema] = await Promise.all([mtimeMs(path.join(prismaPaths.generatedClient, 'client.ts')), mtimeMs(prismaPaths.schema)]);
  return client !== undefined && schema !== undefined && client >= schema;
}

let generating: Promise<boolean> | undefined;

/**
 * Generates prisma/generated/client unless it is already newer than schema.prisma.
 * Resolves to true when it regenerated. Concurrent callers in one process share one run.
 * `generate` never connects, so any URL will do when DATABASE_URL is unset.
 */
export function generateClient(opts: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  generating ??= (async () => {
    try {
      if (!opts.force && (await isClientFresh())) return false;
      await runPrisma(['generate'], {
        databaseUrl: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/urackit',
        quiet: opts.quiet ?? true,
      });
      return true;
    } finally {
      generating = undefined;
    }
  })();
  return generating;
}
