import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { healthCheckUrls } from '../domain/config';
import { createPrisma, databaseReachable } from '../infra/db';
import { startHealthServer } from '../infra/http-health';
import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { ensureSearchAttributes } from '../infra/search-attributes';
import { createTemporalClient } from '../infra/temporal';
import { ensureSchedules } from './schedules';
import { createWorker } from './worker';

const config = loadConfigOrExit('worker');
const logger = createLogger('worker', config);
// The SDK's own log (bundler output, state changes) only matters when something is wrong.
Runtime.install({ logger: new DefaultLogger('WARN') });
const prisma = createPrisma(config.DATABASE_URL ?? '');
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
const { client: temporalClient, connection: clientConnection } = createTemporalClient(config);
// The workflows keep these up to date; without them registered, their tasks would fail.
const registered = await ensureSearchAttributes(clientConnection, config.TEMPORAL_NAMESPACE).catch((error: unknown) => {
  logger.warn({ err: error }, 'could not register search attributes: see the README (temporal operator search-attribute create)');
  return [];
});
if (registered.length > 0) logger.info({ registered }, 'registered search attributes');
const worker = await createWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
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
  workflowBundle: config.WORKFLOW_BUNDLE ? { codePath: config.WORKFLOW_BUNDLE } : undefined,
});
// The rollups and health samples run on Temporal Schedules; every worker start makes sure they exist and are current.
await ensureSchedules(temporalClient, config.TEMPORAL_TASK_QUEUE);
const health = await startHealthServer(config.WORKER_PORT, config.HOST, async () => ({
  database: await databaseReachable(prisma),
  temporal: worker.getState() === 'RUNNING',
}));

const running = worker.run();
onShutdown(logger, async () => {
  worker.shutdown();
  await running;
  health.close();
  await connection.close();
  await clientConnection.close();
  await prisma.$disconnect();
  logger.info('worker stopped');
});
logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, healthPort: config.WORKER_PORT }, 'worker started');
await running.catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
});
