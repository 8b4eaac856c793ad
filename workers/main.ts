import { readFile } from 'node:fs/promises';
import { NativeConnection } from '@temporalio/worker';
import { healthCheckUrls } from '../domain/config';
import { createPrisma, databaseReachable } from '../infra/db';
import { startHealthServer } from '../infra/http-health';
import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { createProcessMetrics } from '../infra/metrics';
import { onShutdown } from '../infra/shutdown';
import { payloadCodecOf } from '../infra/payload-keys';
import { ensureSearchAttributes } from '../infra/search-attributes';
import { createTemporalClient } from '../infra/temporal';
import { clientTracingInterceptors, startTracing } from '../infra/tracing';
import { bundleBuildId, promoteAtStart, versionName } from '../infra/worker-deployment';
import { ensureSchedules } from './schedules';
import { installSdkRuntime, workerMetrics } from './telemetry';
import { bundleWorkflows, createWorker } from './worker';

const config = loadConfigOrExit('worker');
const logger = createLogger('worker', config);
const telemetry = { sdkMetricsPort: config.TEMPORAL_METRICS_PORT, metricsToken: config.METRICS_TOKEN };
installSdkRuntime(logger, telemetry);
const metrics = createProcessMetrics('worker');
// Before the database client: its queries are traced only when tracing is on at its creation.
const tracing = startTracing('worker', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const prisma = createPrisma(config.DATABASE_URL ?? '');
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
const { client: temporalClient, connection: clientConnection } = createTemporalClient(config, clientTracingInterceptors(tracing));
// The workflows keep these up to date; without them registered, their tasks would fail.
const registered = await ensureSearchAttributes(clientConnection, config.TEMPORAL_NAMESPACE).catch((error: unknown) => {
  logger.warn({ err: error }, 'could not register search attributes: see the README (temporal operator search-attribute create)');
  return [];
});
if (registered.length > 0) logger.info({ registered }, 'registered search attributes');
// A bundle built beforehand (WORKFLOW_BUNDLE, as `npm run cluster` shares one) or this worker's own; its digest names the version.
const workflowBundle = config.WORKFLOW_BUNDLE
  ? { code: await readFile(config.WORKFLOW_BUNDLE, 'utf8') }
  : await bundleWorkflows(undefined, { tracing: tracing !== undefined });
const deploymentVersion = config.TEMPORAL_WORKER_VERSIONING
  ? { deploymentName: config.TEMPORAL_DEPLOYMENT_NAME, buildId: config.TEMPORAL_BUILD_ID ?? bundleBuildId(workflowBundle.code) }
  : undefined;
const worker = await createWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  payloadCodec: payloadCodecOf(config),
  tracing,
  deps: {
    prisma,
    textBrain: {
      apiKey: config.OPENAI_API_KEY,
      baseUrl: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_MS,
    },
    twilio: {
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      apiBaseUrl: config.TWILIO_API_BASE_URL,
      fromNumber: config.TWILIO_FROM_NUMBER,
    },
    email: { smtpUrl: config.SMTP_URL, from: config.EMAIL_FROM },
    onCallNumber: config.ON_CALL_NUMBER,
    autoAssign: config.TICKET_AUTO_ASSIGN,
    voiceBaseUrl: config.PUBLIC_VOICE_URL ?? `http://127.0.0.1:${config.VOICE_PORT}`,
    temporal: { client: temporalClient, taskQueue: config.TEMPORAL_TASK_QUEUE },
    health: { endpoints: healthCheckUrls(config) },
  },
  workflowBundle,
  deploymentVersion,
});
const running = worker.run();
running.catch(() => undefined); // reported below, once startup is done
// Only a version that polls can be made current; until it is, new calls would wait for another version's workers.
if (deploymentVersion) {
  const outcome = await promoteAtStart(
    clientConnection,
    config.TEMPORAL_NAMESPACE,
    deploymentVersion,
    config.TEMPORAL_PROMOTE_VERSION,
  ).catch((error: unknown) => {
    logger.fatal(
      { err: error },
      'could not set the current worker deployment version; a Temporal server without Worker Deployments needs TEMPORAL_WORKER_VERSIONING=false',
    );
    process.exit(1);
  });
  logger.info({ version: versionName(deploymentVersion), outcome }, 'worker deployment version');
}
// The rollups and health samples run on Temporal Schedules; every worker start makes sure they exist and are current.
await ensureSchedules(temporalClient, config.TEMPORAL_TASK_QUEUE);
const health = await startHealthServer(
  config.WORKER_PORT,
  config.HOST,
  async () => ({
    database: await databaseReachable(prisma),
    temporal: worker.getState() === 'RUNNING',
  }),
  workerMetrics(metrics, telemetry),
);

onShutdown(logger, async () => {
  worker.shutdown();
  await running;
  health.close();
  await connection.close();
  await clientConnection.close();
  await prisma.$disconnect();
  await tracing?.shutdown();
  logger.info('worker stopped');
});
logger.info(
  { taskQueue: config.TEMPORAL_TASK_QUEUE, healthPort: config.WORKER_PORT, version: deploymentVersion && versionName(deploymentVersion) },
  'worker started',
);
await running.catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
});
