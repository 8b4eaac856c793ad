import { createServer, type Server } from 'node:http';
import type { WebSocketServer } from 'ws';
import { createVoiceApp, twilioSignatureSettings, type VoiceEdgeDeps } from './app';
import { createCallGateway } from './calls';
import { realtimeSettingsFrom } from './stream/session-config';
import { attachMediaStreams } from './stream/upgrade';

const streamsOf = new WeakMap<Server, WebSocketServer>();

/** The voice edge's HTTP server: Twilio's webhooks, and its Media Streams on the same port. */
export function createVoiceServer(deps: VoiceEdgeDeps): Server {
  const calls = deps.calls ?? createCallGateway(deps.temporal.client, deps.config.TEMPORAL_TASK_QUEUE);
  const server = createServer(createVoiceApp({ ...deps, calls }));
  const streams = attachMediaStreams(server, {
    signature: twilioSignatureSettings(deps.config),
    gateway: calls.realtime,
    settings: realtimeSettingsFrom(deps.config),
    logger: deps.logger,
  });
  streamsOf.set(server, streams);
  return server;
}

/**
 * Stops the edge: open media streams are cut first (an upgraded socket would otherwise keep the
 * server open forever; Twilio ends those streams and the workflows carry on), then HTTP.
 */
export async function closeVoiceServer(server: Server): Promise<void> {
  for (const stream of streamsOf.get(server)?.clients ?? []) stream.terminate();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
