import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { haproxyConfig, type BalancedService } from './haproxy';
import { provideDatabase, type DatabaseHandle } from './postgres';
import { generateClient, migrateDeployIfPending } from './prisma-cli';
import { httpOk, startProcess, waitFor } from './processes';
import { timed } from './progress';
import { supervise, type Backoff, type Supervised } from './supervisor';
import { PAYLOAD_KEYS_HINT, parsePayloadKeys, type PayloadKey } from '../domain/config';
import { formatPayloadKeys, localPayloadKey } from './payload-keys';
import { startTemporalServer } from './temporal-server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Every port of a local cluster: the balancer's two front doors, and each copy's own port behind them. */
export interface ClusterPorts {
  /** HAProxy in front of the API copies (the panel, REST, /events). */
  api: number;
  /** HAProxy in front of the voice edges (what Twilio calls). */
  voice: number;
  temporal: number;
  temporalUi: number;
  postgres: number;
  apiCopies: number[];
  voiceCopies: number[];
  /** Each worker's /health. */
  workerCopies: number[];
}

/** Two of each stateless service, ports counted up from the usual ones (see the README). */
export function defaultClusterPorts(base: {
  api: number;
  voice: number;
  worker: number;
  temporal: number;
  temporalUi: number;
  postgres: number;
}): ClusterPorts {
  return {
    api: base.api,
    voice: base.voice,
    temporal: base.temporal,
    temporalUi: base.temporalUi,
    postgres: base.postgres,
    apiCopies: [base.api + 101, base.api + 102],
    voiceCopies: [base.voice + 101, base.voice + 102],
    workerCopies: [base.worker + 201, base.worker + 202],
  };
}

export interface ClusterOptions {
  ports: ClusterPorts;
  /** The Temporal CLI (`temporal server start-dev`); undefined: the SDK's download. */
  temporalCli: string | undefined;
  haproxy: string;
  /** Temporal's SQLite file, the embedded PostgreSQL and haproxy.cfg live here. */
  dataDir: string;
  /** Settings every service gets (LOG_LEVEL, TWILIO_AUTH_TOKEN, …) on top of this process's environment. */
  env?: Record<string, string>;
  temporalInMemory?: boolean;
  /** Runs the demo seed once the migrations are applied. */
  seed: (databaseUrl: string) => Promise<void>;
  backoff?: Backoff;
  /** Aborting it while the cluster starts stops what has started and rejects. */
  signal?: AbortSignal;
}

export type ServiceKind = 'worker' | 'api' | 'voice';

export interface Cluster {
  databaseUrl: string;
  apiUrl: string;
  voiceUrl: string;
  temporalAddress: string;
  /** The keys its services encrypt Temporal's payloads with (a client reading results needs them). */
  payloadKeys: PayloadKey[];
  /** Supervised processes by name: worker-1, worker-2, api-1, api-2, voice-1, voice-2, haproxy. */
  services: Map<string, Supervised>;
  /** Each copy's own /health by service name (worker-1, api-2, …), bypassing the balancer. */
  healthUrls: Record<string, string>;
  /** The Temporal server's process (to pause it), when the cluster started it. */
  temporalPid: number | undefined;
  /** Stops the embedded PostgreSQL and starts it again on the same data (a database restart). */
  restartDatabase(): Promise<void>;
  muteRoutineOutput(): void;
  /** Balancer, edges and API, then workers, Temporal, PostgreSQL. */
  stop(): Promise<void>;
}

const ENTRIES: Record<ServiceKind, string> = { worker: 'workers/main.ts', api: 'api/server.ts', voice: 'voice-edge/server.ts' };

function serviceEnv(kind: ServiceKind, port: number, common: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Two workers on one host cannot share the SDK's metrics port: their own /metrics stays, the SDK's is off here.
  const own = {
    worker: { WORKER_PORT: String(port), TEMPORAL_METRICS_PORT: '0' },
    api: { API_PORT: String(port) },
    voice: { VOICE_PORT: String(port) },
  }[kind];
  return { ...common, ...own };
}

/** What every copy of every service shares: one database, one Temporal namespace and task queue, the balancer's public URLs. */
function commonEnv(options: ClusterOptions, databaseUrl: string, payloadKeys: readonly PayloadKey[]): NodeJS.ProcessEnv {
  const { ports } = options;
  return {
    ...process.env,
    ...options.env,
    TEMPORAL_PAYLOAD_KEYS: formatPayloadKeys(payloadKeys),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
    TEMPORAL_UI_PORT: String(ports.temporalUi),
    API_PORT: String(ports.api),
    VOICE_PORT: String(ports.voice),
    PUBLIC_VOICE_URL: `http://127.0.0.1:${ports.voice}`,
    HEALTH_CHECK_URLS: [
      `api=http://127.0.0.1:${ports.api}/health`,
      `voice_edge=http://127.0.0.1:${ports.voice}/health`,
      ...ports.workerCopies.map((port, index) => `worker_${'abcdefghij'[index] ?? 'z'}=http://127.0.0.1:${port}/health`),
    ].join(','),
  };
}

function copiesOf(ports: ClusterPorts, kind: ServiceKind): number[] {
  return { worker: ports.workerCopies, api: ports.apiCopies, voice: ports.voiceCopies }[kind];
}

function startServices(
  options: ClusterOptions,
  databaseUrl: string,
  workflowBundle: string,
  payloadKeys: readonly PayloadKey[],
): Map<string, Supervised> {
  const common = { ...commonEnv(options, databaseUrl, payloadKeys), WORKFLOW_BUNDLE: workflowBundle };
  const copies = (['worker', 'api', 'voice'] as const).map((kind) => [kind, copiesOf(options.ports, kind)] as const);
  const services = new Map<string, Supervised>();
  let index = 1;
  for (const [kind, ports] of copies) {
    ports.forEach((port, copy) => {
      const name = `${kind}-${copy + 1}`;
      const colour = index++;
      const env = serviceEnv(kind, port, common);
      services.set(
        name,
        supervise({
          name,
          start: () =>
            startProcess(name, process.execPath, ['--import', 'tsx', path.join(repoRoot, ENTRIES[kind])], {
              env,
              cwd: repoRoot,
              index: colour,
            }),
          healthy: () => httpOk(`http://127.0.0.1:${port}/health`),
          backoff: options.backoff,
        }),
      );
    });
  }
  return services;
}

async function startBalancer(options: ClusterOptions): Promise<Supervised> {
  const { ports } = options;
  const balanced: BalancedService[] = [
    { name: 'api', port: ports.api, backends: ports.apiCopies },
    { name: 'voice', port: ports.voice, backends: ports.voiceCopies },
  ];
  const configFile = path.join(options.dataDir, 'haproxy.cfg');
  await writeFile(configFile, haproxyConfig(balanced));
  return supervise({
    name: 'haproxy',
    start: () => startProcess('haproxy', options.haproxy, ['-db', '-f', configFile], { index: 0 }),
    backoff: options.backoff,
  });
}

async function prepareDatabase(options: ClusterOptions): Promise<DatabaseHandle> {
  const database = await timed('providing the cluster’s PostgreSQL', () =>
    provideDatabase({ databaseUrl: undefined, dataDir: options.dataDir, embeddedPort: options.ports.postgres }),
  );
  await timed('generating the Prisma client', () => generateClient());
  await timed('applying database migrations', () => migrateDeployIfPending(database.url));
  await timed('seeding demo data', () => options.seed(database.url));
  return database;
}

/** The keys given (TEMPORAL_PAYLOAD_KEYS), else the cluster's own, generated once into its data folder. */
function clusterPayloadKeys(options: ClusterOptions): PayloadKey[] {
  const given = options.env?.TEMPORAL_PAYLOAD_KEYS ?? process.env.TEMPORAL_PAYLOAD_KEYS;
  const parsed = given ? parsePayloadKeys(given) : undefined;
  if (given && !parsed) throw new Error(`TEMPORAL_PAYLOAD_KEYS: ${PAYLOAD_KEYS_HINT}`);
  return parsed ?? [localPayloadKey(options.dataDir)];
}

/**
 * One Temporal server and one PostgreSQL, shared by two workers (one task queue), two API copies
 * and two voice edges, with HAProxy in front of the API and the voice edges; each copy supervised.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  await mkdir(options.dataDir, { recursive: true });
  const { ports, signal } = options;
  const [databaseStarted, temporalStarted] = await Promise.allSettled([
    prepareDatabase(options),
    startTemporalServer({
      cli: options.temporalCli,
      address: `127.0.0.1:${ports.temporal}`,
      namespace: 'default',
      uiPort: ports.temporalUi,
      uiCodecEndpoint: `http://127.0.0.1:${ports.api}/codec`,
      dataDir: options.dataDir,
      index: 0,
      inMemory: options.temporalInMemory,
    }),
  ]);
  if (databaseStarted.status === 'rejected' || temporalStarted.status === 'rejected' || signal?.aborted) {
    if (databaseStarted.status === 'fulfilled') await databaseStarted.value.stop();
    if (temporalStarted.status === 'fulfilled') await temporalStarted.value.stop();
    if (databaseStarted.status === 'rejected') throw databaseStarted.reason;
    if (temporalStarted.status === 'rejected') throw temporalStarted.reason;
    throw new Error('the cluster start was called off');
  }
  const [database, temporal] = [databaseStarted.value, temporalStarted.value];
  let currentDatabase = database;
  // Imported here: the worker's modules need the Prisma client, generated a moment ago on a fresh clone.
  const bundle = await timed('bundling the workflow code once, for every worker', async () => {
    const { buildWorkflowBundle } = await import('./workflow-bundle');
    return buildWorkflowBundle(path.join(options.dataDir, 'workflow-bundle.js'));
  }).catch(async (error: unknown) => {
    await Promise.all([database.stop(), temporal.stop()]);
    throw error;
  });
  const payloadKeys = clusterPayloadKeys(options);
  const services = startServices(options, database.url, bundle, payloadKeys);
  const copies = [...ports.workerCopies, ...ports.apiCopies, ...ports.voiceCopies];
  const stopAll = async () => {
    const front = [...services.entries()].filter(([name]) => !name.startsWith('worker'));
    await Promise.all(front.map(([, service]) => service.stop()));
    await Promise.all([...services.entries()].filter(([name]) => name.startsWith('worker')).map(([, service]) => service.stop()));
    await temporal.stop();
    await currentDatabase.stop();
  };
  const healthy = (port: number) => () => httpOk(`http://127.0.0.1:${port}/health`);
  try {
    await Promise.all(copies.map((port) => waitFor(`the service on :${port}`, healthy(port), 120_000, signal)));
    services.set('haproxy', await startBalancer(options));
    await waitFor('HAProxy', async () => (await healthy(ports.api)()) && healthy(ports.voice)(), 30_000, signal);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    databaseUrl: database.url,
    apiUrl: `http://127.0.0.1:${ports.api}`,
    voiceUrl: `http://127.0.0.1:${ports.voice}`,
    temporalAddress: `127.0.0.1:${ports.temporal}`,
    payloadKeys,
    services,
    healthUrls: Object.fromEntries(
      (['worker', 'api', 'voice'] as const).flatMap((kind) =>
        copiesOf(ports, kind).map((port, copy) => [`${kind}-${copy + 1}`, `http://127.0.0.1:${port}/health`]),
      ),
    ),
    temporalPid: temporal.pid,
    async restartDatabase() {
      await currentDatabase.stop();
      currentDatabase = await provideDatabase({ databaseUrl: undefined, dataDir: options.dataDir, embeddedPort: ports.postgres });
    },
    muteRoutineOutput() {
      for (const service of services.values()) service.muteRoutineOutput();
      temporal.muteRoutineOutput();
    },
    stop: stopAll,
  };
}
