import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { panelLogins } from '../prisma/seed-logins';
import { seedDemoData } from './demo-seed';
import { buildAdminIfStale } from './admin-build';
import { loadConfigOrExit } from './load-config';
import { provideDatabase } from './postgres';
import { generateClient, migrateDeployIfPending } from './prisma-cli';
import { httpOk, startProcess, waitFor } from './processes';
import { step, timed } from './progress';
import { supervise, type Supervised } from './supervisor';
import { findTemporalCli } from './temporal-cli';
import { startTemporalServer } from './temporal-server';
import { formatPayloadKeys, LOCAL_KEY_FILE, payloadKeysOf } from './payload-keys';

/**
 * `npm start`. On a fresh clone the Prisma client and the built panel do not exist until the steps
 * below make them, so nothing imported statically above may need them: such modules are loaded
 * with `await import()` after their step (tests/foundation/launcher-imports.test.ts checks).
 */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true });
const config = loadConfigOrExit('npm start');
const dataDir = path.resolve(repoRoot, config.DATA_DIR);
const localHost = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
const startedAt = performance.now();
/** Past this, whatever has not stopped is killed (CI allows Ctrl-C 20 s). */
const STOP_DEADLINE_MS = 15_000;

interface Stoppable {
  what: string;
  stop(): Promise<void>;
  muteRoutineOutput(): void;
}

/**
 * What is running, in the order it is stopped: the voice edge and API first (no new calls or
 * commands), then the worker (it finishes the tasks in flight while Temporal and PostgreSQL still
 * answer), then Temporal, then PostgreSQL. Temporal starts alongside PostgreSQL, so the order of
 * starting is not the order of stopping.
 */
const running: { edges?: Stoppable; worker?: Stoppable; temporal?: Stoppable; database?: Stoppable } = {};
let stopping = false;

async function stopEverything(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const began = performance.now();
  const parts = [running.edges, running.worker, running.temporal, running.database].filter((part) => part !== undefined);
  for (const part of parts) part.muteRoutineOutput();
  setTimeout(() => {
    console.error(`not stopped after ${STOP_DEADLINE_MS / 1000} s; killing what is left`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  for (const part of parts) {
    step(`stopping ${part.what}…`);
    await part.stop().catch((error: unknown) => console.error(`stopping ${part.what} failed: ${(error as Error).message}`));
  }
  step(`stopped in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  process.exit(exitCode);
}

function stopOnRequest(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopEverything(0));
  // Started by scripts/start.mjs in a process group of our own: if it dies, nobody else would stop us.
  process.on('disconnect', () => void stopEverything(1));
}

async function adoptTickets(databaseUrl: string): Promise<void> {
  const { adoptOpenTickets } = await import('./adopt-tickets');
  const adopted = await adoptOpenTickets(databaseUrl, config);
  if (adopted > 0) step(`started ticket workflows for ${adopted} open tickets that had none`);
}

/** A worker, API or voice edge under supervision: a crash restarts it with backoff, the rest keeps serving. */
function startService(name: string, entry: string, env: NodeJS.ProcessEnv, index: number, healthUrl: string): Supervised {
  return supervise({
    name,
    start: () => startProcess(name, process.execPath, ['--import', 'tsx', path.join(repoRoot, entry)], { env, cwd: repoRoot, index }),
    healthy: () => httpOk(healthUrl),
  });
}

function both(what: string, first: Supervised, second: Supervised): Stoppable {
  return {
    what,
    stop: async () => void (await Promise.all([first.stop(), second.stop()])),
    muteRoutineOutput: () => [first, second].forEach((service) => service.muteRoutineOutput()),
  };
}

/** The worker, API and voice edge, each its own supervised process, running until they answer /health. */
async function startServices(databaseUrl: string): Promise<void> {
  // Temporal's payloads are encrypted by default: without TEMPORAL_PAYLOAD_KEYS, with a key generated once into DATA_DIR.
  const env = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_PAYLOAD_KEYS: formatPayloadKeys(payloadKeysOf(config)) };
  const health = (port: number) => `http://${localHost}:${port}/health`;
  const worker = startService('worker', 'workers/main.ts', env, 1, health(config.WORKER_PORT));
  running.worker = {
    what: 'the worker (finishing tasks in flight)',
    stop: () => worker.stop(),
    muteRoutineOutput: () => worker.muteRoutineOutput(),
  };
  const api = startService('api', 'api/server.ts', env, 2, health(config.API_PORT));
  const voice = startService('voice', 'voice-edge/server.ts', env, 3, health(config.VOICE_PORT));
  running.edges = both('the voice edge and API', api, voice);
  await waitFor('worker', () => httpOk(health(config.WORKER_PORT)));
  await waitFor('api', () => httpOk(health(config.API_PORT)));
  await waitFor('voice edge', () => httpOk(health(config.VOICE_PORT)));
}

function loginHint(): string {
  const logins = panelLogins(config);
  if (logins.length > 0 && config.NODE_ENV !== 'production') return logins.map((login) => `${login.email} / ${login.password}`).join(', ');
  if (logins.length > 0) return `${config.ADMIN_EMAIL} with ADMIN_PASSWORD`;
  return 'no demo logins in production: npm run create-admin';
}

function printWhereToLook(): void {
  const lines = [
    '',
    `URackIT is up (${((performance.now() - startedAt) / 1000).toFixed(1)} s). Where to look:`,
    `  Admin panel        http://${localHost}:${config.API_PORT}/   (${loginHint()})`,
    `  REST API           http://${localHost}:${config.API_PORT}/health`,
    `  Voice edge         http://${localHost}:${config.VOICE_PORT}/health   (Twilio webhooks under /twilio/*)`,
    `  Temporal Web UI    http://${localHost}:${config.TEMPORAL_UI_PORT}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows`,
    `  Temporal gRPC      ${config.TEMPORAL_ADDRESS}   (payloads encrypted${config.TEMPORAL_PAYLOAD_KEYS ? '' : `, key in ${path.relative(repoRoot, path.join(dataDir, LOCAL_KEY_FILE))}`}; the Web UI decodes them through the API's /codec)`,
    `  Try a call         npm run call -- "my printer says paper jam"`,
    '  A crashed worker, API or voice edge is restarted; Ctrl-C stops everything; data is kept in ' +
      path.relative(repoRoot, dataDir) +
      '/',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The Temporal dev server, started while PostgreSQL is prepared (it needs nothing of it). */
async function startTemporal(cli: string | undefined): Promise<void> {
  const temporal = await startTemporalServer({
    cli,
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    uiPort: config.TEMPORAL_UI_PORT,
    uiCodecEndpoint: `http://${localHost}:${config.API_PORT}/codec`,
    dataDir,
    index: 0,
  });
  running.temporal = { what: 'Temporal', ...temporal };
}

async function prepareDatabase(): Promise<string> {
  const database = await timed('providing PostgreSQL', () =>
    provideDatabase({ databaseUrl: config.DATABASE_URL, dataDir, embeddedPort: config.EMBEDDED_PG_PORT }),
  );
  running.database = { what: 'PostgreSQL', stop: () => database.stop(), muteRoutineOutput: () => undefined };
  await timed('generating the Prisma client', () => generateClient());
  await timed('applying database migrations', () => migrateDeployIfPending(database.url));
  await timed('seeding demo data', () => seedDemoData(database.url, config));
  return database.url;
}

async function main(): Promise<void> {
  stopOnRequest();
  try {
    const cli = await timed('finding the Temporal CLI', () =>
      findTemporalCli(config.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') }),
    );
    const [databaseUrl] = await Promise.all([prepareDatabase(), startTemporal(cli)]);
    await timed('checking the admin panel build', () => buildAdminIfStale(repoRoot));
    await startServices(databaseUrl);
    await adoptTickets(databaseUrl);
    if (!stopping) printWhereToLook();
  } catch (error) {
    if (stopping) return; // Ctrl-C while starting: what failed was stopped under it, on purpose.
    console.error(`start failed: ${(error as Error).message}`);
    await stopEverything(1);
  }
}

await main();
