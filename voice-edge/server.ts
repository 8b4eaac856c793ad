import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { closeVoiceServer, createVoiceServer } from './voice-server';

const config = loadConfigOrExit('voice edge');
const logger = createLogger('voice-edge', config);
const temporal = createTemporalClient(config);
const server = createVoiceServer({ config, temporal, logger });
server.listen(config.VOICE_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.VOICE_PORT}` }, 'voice edge listening'),
);

onShutdown(logger, async () => {
  await closeVoiceServer(server);
  await temporal.connection.close();
});
