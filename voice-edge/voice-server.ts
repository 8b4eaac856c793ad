import { createServer, type Server } from 'node:http';
import { createVoiceApp, twilioSignatureSettings, type VoiceEdgeDeps } from './app';
import { createCallGateway } from './calls';
import { realtimeSettingsFrom } from './stream/session-config';
import { attachMediaStreams } from './stream/upgrade';

/** The voice edge's HTTP server: Twilio's webhooks, and its Media Streams on the same port. */
export function createVoiceServer(deps: VoiceEdgeDeps): Server {
  const calls = deps.calls ?? createCallGateway(deps.temporal.client, deps.config.TEMPORAL_TASK_QUEUE);
  const server = createServer(createVoiceApp({ ...deps, calls }));
  attachMediaStreams(server, {
    signature: twilioSignatureSettings(deps.config),
    gateway: calls.realtime,
    settings: realtimeSettingsFrom(deps.config),
    logger: deps.logger,
  });
  return server;
}
