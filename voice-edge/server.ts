import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { createVoiceServer } from './voice-server';

const config = loadConfigOrExit('voice edge');
const logger = createLogger('voice-edge', config);
const temporal = createTemporalClient(config);
const server = createVoiceServer({ config, temporal, logger });
server.listen(config.VOICE_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.VOICE_PORT}` }, 'voice edge listening'),
);

onShutdown(logger, async () => {
  // Open media streams are closed too: Twilio ends those calls' streams, the status callbacks end the workflows.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await temporal.connection.close();
});
