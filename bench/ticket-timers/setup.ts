import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { findTemporalCli } from '../../infra/temporal-cli';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../../tests/support/database';
import { repoRoot, workflowBundle } from '../../tests/support/temporal';
import type { TicketTimersConfig } from './config';
import { createBenchOrganizations } from './organizations';
import { findChildProcess } from './proc';
import type { BenchTerms } from './terms';

/** The real parts a run needs: a Temporal dev server, a seeded database with the benchmark's organisations, the workflow bundle. */
export interface BenchEnvironment {
  temporal: TestWorkflowEnvironment;
  db: TestDatabase;
  /** The worker's own bundle (shared domain modules preloaded), written to a file the worker process loads. */
  bundlePath: string;
  serverPid: number | undefined;
  databaseName: string;
  /** The benchmark organisations' ids, by index (UE-9901 first). */
  orgIds: number[];
  versions: { postgres: string; temporal: string };
  /** The commit measured, and what differed from it. */
  code: string;
  teardown(): Promise<void>;
}

export async function startBenchEnvironment(
  config: TicketTimersConfig,
  terms: BenchTerms,
  log: (line: string) => void,
): Promise<BenchEnvironment> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'urackit-bench-timers-'));
  const cli = await findTemporalCli(config.temporalCli, { toolsDir: path.join(repoRoot, '.tools') });
  const code = codeVersion(repoRoot);
  const bundle = await workflowBundle();
  const bundlePath = path.join(tmp, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle.code);

  log(`starting the Temporal dev server (${config.temporalDb === 'sqlite' ? 'SQLite file' : 'in memory'}) and a seeded database`);
  const [temporal, db] = await Promise.all([
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: cli ? { type: 'existing-path', path: cli } : undefined,
        ui: false,
        ...(config.temporalDb === 'sqlite' ? { dbFilename: path.join(tmp, 'temporal.sqlite') } : {}),
        extraArgs: ['--log-level', 'error'],
      },
    }),
    createTestDatabase(),
  ]);
  const teardown = async () => {
    await temporal.teardown();
    await db.drop();
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    await seed(db.prisma);
    const orgIds = await createBenchOrganizations(db.prisma, terms);
    return {
      temporal,
      db,
      bundlePath,
      serverPid: findChildProcess('temporal'),
      databaseName: new URL(db.url).pathname.slice(1),
      orgIds,
      versions: { postgres: await postgresVersion(db), temporal: temporalVersion(cli) },
      code,
      teardown,
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function postgresVersion(db: TestDatabase): Promise<string> {
  const rows = await db.prisma.$queryRawUnsafe<{ v: string }[]>("SELECT current_setting('server_version') AS v");
  return (rows[0]?.v ?? '?').split(' ')[0] ?? '?';
}

/** "Temporal CLI 1.9.1 (server 1.32.0)", from the binary itself. */
function temporalVersion(cli: string | undefined): string {
  if (!cli) return 'Temporal CLI downloaded by the SDK';
  try {
    const text = execFileSync(cli, ['--version'], { encoding: 'utf8' });
    const found = /version (\S+) \(Server (\S+?)[,)]/.exec(text);
    return found ? `Temporal CLI ${found[1]} (server ${found[2]})` : `Temporal CLI (${text.trim()})`;
  } catch {
    return `Temporal CLI at ${cli} (version unknown)`;
  }
}

/** The commit measured, and the files of the measured code that differed from it. */
function codeVersion(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'workflows', 'activities', 'domain', 'workers'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .map((line) => line.slice(3).trim())
      .filter(Boolean);
    return `commit ${head}${dirty.length ? ` plus uncommitted changes to ${dirty.join(', ')}` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}
