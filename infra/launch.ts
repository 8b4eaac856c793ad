import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { parseConfig } from '../domain/config';
import { adoptOpenTickets } from './adopt-tickets';
import { buildAdminIfStale } from './admin-build';
import { provideDatabase } from './postgres';
import { migrateDeploy, generateClient } from './prisma-cli';
import { httpOk, startProcess, waitFor, type ManagedProcess } from './processes';
import { step, timed } from './progress';
import { findTemporalCli } from './temporal-cli';
import { startTemporalServer } from './temporal-server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true });
const config = parseConfig(process.env);
const dataDir = path.resolve(repoRoot, config.DATA_DIR);
const startedAt = performance.now();

async function seedDemoData(databaseUrl: string): Promise<void> {
  // Imported late: the Prisma client is generated a moment earlier on a fresh clone.
  const { createPrisma } = await import('./db');
  const { seed } = await import('../prisma/seed');
  const prisma = createPrisma(databaseUrl, { max: 2 });
  try {
    await seed(prisma, {
      adminPassword: config.ADMIN_PASSWORD,
      supervisorPassword: config.SUPERVISOR_PASSWORD,
    });
  } finally {
    await prisma.$disconnect();
  }
}

function startService(name: string, entry: string, env: NodeJS.ProcessEnv, index: number): ManagedProcess {
  return startProcess(name, process.execPath, ['--import', 'tsx', path.join(repoRoot, entry)], { env, cwd: repoRoot, index });
}

function printWhereToLook(): void {
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const lines = [
    '',
    `URackIT is up (${((performance.now() - startedAt) / 1000).toFixed(1)} s). Where to look:`,
    `  Admin panel        http://${host}:${config.API_PORT}/   (admin@urackit.local / ${config.ADMIN_PASSWORD}, supervisor@urackit.local / ${config.SUPERVISOR_PASSWORD})`,
    `  REST API           http://${host}:${config.API_PORT}/health`,
    `  Voice edge         http://${host}:${config.VOICE_PORT}/health   (Twilio webhooks under /twilio/*)`,
    `  Temporal Web UI    http://${host}:${config.TEMPORAL_UI_PORT}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows`,
    `  Temporal gRPC      ${config.TEMPORAL_ADDRESS}`,
    `  Try a call         npm run call -- "my printer says paper jam"`,
    '  Ctrl-C stops everything; data is kept in ' + path.relative(repoRoot, dataDir) + '/',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const cli = await timed('finding the Temporal CLI', () =>
    findTemporalCli(config.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') }),
  );
  const database = await timed('providing PostgreSQL', () =>
    provideDatabase({ databaseUrl: config.DATABASE_URL, dataDir, embeddedPort: config.EMBEDDED_PG_PORT }),
  );
  const stops: Array<() => Promise<void>> = [() => database.stop()];
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    step('stopping…');
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
    step('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await timed('generating the Prisma client', () => generateClient());
    await timed('applying database migrations', () => migrateDeploy(database.url));
    await timed('seeding demo data', () => seedDemoData(database.url));
    await timed('checking the admin panel build', () => buildAdminIfStale(repoRoot));
    const temporal = await startTemporalServer({
      cli,
      address: config.TEMPORAL_ADDRESS,
      namespace: config.TEMPORAL_NAMESPACE,
      uiPort: config.TEMPORAL_UI_PORT,
      dataDir,
      index: 0,
    });
    stops.push(() => temporal.stop());

    const env = { ...process.env, DATABASE_URL: database.url };
    const services = [
      startService('worker', 'workers/main.ts', env, 1),
      startService('api', 'api/server.ts', env, 2),
      startService('voice', 'voice-edge/server.ts', env, 3),
    ];
    for (const service of services) {
      stops.push(() => service.stop());
      void service.exited.then((code) => {
        if (!shuttingDown) {
          console.error(`${service.name} exited unexpectedly (code ${code}); stopping everything`);
          void shutdown(1);
        }
      });
    }
    const local = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
    await waitFor('worker', () => httpOk(`http://${local}:${config.WORKER_PORT}/health`));
    await waitFor('api', () => httpOk(`http://${local}:${config.API_PORT}/health`));
    await waitFor('voice edge', () => httpOk(`http://${local}:${config.VOICE_PORT}/health`));
    const adopted = await adoptOpenTickets(database.url, config);
    if (adopted > 0) step(`started ticket workflows for ${adopted} open tickets that had none`);
    printWhereToLook();
  } catch (error) {
    console.error(`start failed: ${(error as Error).message}`);
    await shutdown(1);
  }
}

await main();
