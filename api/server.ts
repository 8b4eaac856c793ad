import { parseConfig } from '../domain/config';
import { createPrisma } from '../infra/db';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { createApp } from './app';

const config = parseConfig(process.env);
const logger = createLogger('api', config);
const prisma = createPrisma(config.DATABASE_URL ?? '');
const temporal = createTemporalClient(config);
const app = createApp({ config, prisma, temporal, logger });
const server = app.listen(config.API_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.API_PORT}` }, 'api listening'),
);

onShutdown(logger, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await temporal.connection.close();
  await prisma.$disconnect();
});
