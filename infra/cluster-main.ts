import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { seedDemoData } from './demo-seed';
import { buildAdminIfStale } from './admin-build';
import { defaultClusterPorts, startCluster, type Cluster } from './cluster';
import { ensureHaproxy } from './haproxy';
import { loadConfigOrExit } from './load-config';
import { step, timed } from './progress';
import { findTemporalCli } from './temporal-cli';

/**
 * `npm run cluster`: the production shape on one machine (see the README's "Local cluster"). Like
 * `npm start`, nothing that needs the generated Prisma client is imported before it is generated.
 */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true });
const config = loadConfigOrExit('npm run cluster');
const dataDir = path.resolve(repoRoot, config.DATA_DIR, 'cluster');
const STOP_DEADLINE_MS = 15_000;
const [, temporalPort = '7233'] = config.TEMPORAL_ADDRESS.split(':');
const ports = defaultClusterPorts({
  api: config.API_PORT,
  voice: config.VOICE_PORT,
  worker: config.WORKER_PORT,
  temporal: Number(temporalPort),
  temporalUi: config.TEMPORAL_UI_PORT,
  postgres: config.EMBEDDED_PG_PORT,
});
let cluster: Cluster | undefined;
let startup: Promise<Cluster> | undefined;
let stopping = false;
/** Ctrl-C while the cluster starts: startCluster stops what it started and rejects. */
const starting = new AbortController();

async function stopEverything(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const began = performance.now();
  setTimeout(() => {
    console.error(`not stopped after ${STOP_DEADLINE_MS / 1000} s; killing what is left`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  starting.abort();
  if (!cluster && startup) cluster = await startup.catch(() => undefined);
  if (cluster) {
    cluster.muteRoutineOutput();
    step('stopping the balancer, voice edges and API copies, then the workers, Temporal and PostgreSQL…');
    await cluster.stop().catch((error: unknown) => console.error(`stopping failed: ${(error as Error).message}`));
  }
  step(`stopped in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  process.exit(exitCode);
}

function printWhereToLook(): void {
  const copies = (list: number[]) => list.map((port) => `:${port}`).join(', ');
  const lines = [
    '',
    'The URackIT cluster is up. Where to look:',
    `  Admin panel + API  http://127.0.0.1:${ports.api}/   (HAProxy → API copies on ${copies(ports.apiCopies)})`,
    `  Voice edge         http://127.0.0.1:${ports.voice}/health   (HAProxy → voice edges on ${copies(ports.voiceCopies)})`,
    `  Workers            /health on ${copies(ports.workerCopies)} (one task queue: ${config.TEMPORAL_TASK_QUEUE})`,
    `  Temporal Web UI    http://127.0.0.1:${ports.temporalUi}/   (gRPC 127.0.0.1:${ports.temporal})`,
    `  PostgreSQL         127.0.0.1:${ports.postgres} (embedded, data in ${path.relative(repoRoot, dataDir)}/)`,
    `  Try a call         npm run call -- "my printer says paper jam"`,
    '  A crashed copy is restarted with backoff; Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopEverything(0));
  process.on('disconnect', () => void stopEverything(1));
  try {
    const haproxy = await timed('finding HAProxy', () => ensureHaproxy());
    const temporalCli = await timed('finding the Temporal CLI', () =>
      findTemporalCli(config.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') }),
    );
    await timed('checking the admin panel build', () => buildAdminIfStale(repoRoot));
    startup = startCluster({ ports, temporalCli, haproxy, dataDir, seed: (url) => seedDemoData(url, config), signal: starting.signal });
    cluster = await startup;
    printWhereToLook();
  } catch (error) {
    if (stopping) return;
    console.error(`cluster failed to start: ${(error as Error).message}`);
    await stopEverything(1);
  }
}

await main();
