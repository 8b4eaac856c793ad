import { loadConfigOrExit } from '../infra/load-config';
import { createLogger } from '../infra/logger';
import { onShutdown } from '../infra/shutdown';
import { createTemporalClient } from '../infra/temporal';
import { clientTracingInterceptors, startTracing } from '../infra/tracing';
import { closeVoiceServer, createVoiceServer } from './voice-server';

const config = loadConfigOrExit('voice edge');
const logger = createLogger('voice-edge', config);
const tracing = startTracing('voice-edge', config.OTEL_EXPORTER_OTLP_ENDPOINT);
const temporal = createTemporalClient(config, clientTracingInterceptors(tracing));
const server = createVoiceServer({ config, temporal, logger });
server.listen(config.VOICE_PORT, config.HOST, () =>
  logger.info({ url: `http://${config.HOST}:${config.VOICE_PORT}` }, 'voice edge listening'),
);

onShutdown(logger, async () => {
  await closeVoiceServer(server);
  await temporal.connection.close();
  await tracing?.shutdown();
});
