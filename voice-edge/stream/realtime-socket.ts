import WebSocket from 'ws';
import type { RealtimeSettings } from './session-config';

/**
 * Opens the Realtime API's WebSocket (GA protocol) and resolves once it is open. Plain `ws`: the
 * openai SDK's OpenAIRealtimeWS always turns the base URL into wss://, so it cannot reach a plain
 * ws:// endpoint (a local proxy, the protocol double in tests); its event types are used instead.
 */
export function openRealtimeSocket(settings: Pick<RealtimeSettings, 'baseUrl' | 'apiKey' | 'model' | 'openTimeoutMs'>): Promise<WebSocket> {
  const url = `${settings.baseUrl}/realtime?model=${encodeURIComponent(settings.model)}`;
  const socket = new WebSocket(url, {
    headers: { Authorization: `Bearer ${settings.apiKey}` },
    perMessageDeflate: false,
    handshakeTimeout: settings.openTimeoutMs,
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}
