import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { createVoiceApp } from './app';

const config = loadConfigOrExit('voice edge');
const logger = createLogger('voice-edge', config);
const temporal = createTemporalClient(config);
const app = createVoiceApp({ config, temporal, logger });
const server = app.listen(config.VOICE_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.VOICE_PORT}` }, 'voice edge listening'),
);

onShutdown(logger, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await temporal.connection.close();
});
