import { createPrisma } from '../infra/db';
import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { payloadCodecOf } from '../infra/payload-keys';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { clientTracingInterceptors, startTracing } from '../infra/tracing';
import { createApp } from './app';
import { attachEventStream } from './events/stream';
import { createWorkflowCallbackCommands } from './callbacks/workflow-commands';
import { createWorkflowCallCommands } from './calls/workflow-commands';
import { createWorkflowTicketCommands } from './tickets/workflow-commands';

const config = loadConfigOrExit('api');
const logger = createLogger('api', config);
// Before the database client: its queries are traced only when tracing is on at its creation.
const tracing = startTracing('api', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const databaseUrl = config.DATABASE_URL ?? '';
const prisma = createPrisma(databaseUrl);
const temporal = createTemporalClient(config, clientTracingInterceptors(tracing));
const ticketCommands = createWorkflowTicketCommands({ prisma, client: temporal.client, taskQueue: config.TEMPORAL_TASK_QUEUE });
const callbackCommands = createWorkflowCallbackCommands({ prisma, client: temporal.client });
const callCommands = createWorkflowCallCommands({ client: temporal.client });
const payloadCodec = payloadCodecOf(config);
const app = createApp({ config, prisma, temporal, logger, ticketCommands, callbackCommands, callCommands, payloadCodec });
const server = app.listen(config.API_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.API_PORT}` }, 'api listening'),
);
const events = attachEventStream(server, { config, databaseUrl, logger });

onShutdown(logger, async () => {
  await events.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await temporal.connection.close();
  await prisma.$disconnect();
  await tracing?.shutdown();
});
