import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import twilio from 'twilio';
import { WebSocketServer } from 'ws';
import type { Logger } from '../../infra/logger';
import type { RealtimeGateway } from '../calls';
import { LOOPBACK, publicUrl, type SignatureSettings } from '../signature';
import { StreamBridge } from './bridge';
import type { RealtimeSettings } from './session-config';

export const STREAM_PATH = '/twilio/stream';

export interface MediaStreamDeps {
  signature: SignatureSettings;
  gateway: RealtimeGateway;
  /** Undefined without an API key: stream upgrades are refused (503) and calls stay in gather mode. */
  settings: RealtimeSettings | undefined;
  logger: Logger;
}

/** The stream's public URL: the webhooks' base with ws(s) for http(s), as the <Stream url> says. */
export function streamUrl(httpBase: string): string {
  return `${httpBase.replace(/^http/, 'ws').replace(/\/$/, '')}${STREAM_PATH}`;
}

/** Twilio signs the upgrade request over the stream URL with no parameters, with the account's auth token. */
function signedByTwilio(request: IncomingMessage, settings: SignatureSettings): boolean {
  if (settings.skipOnLoopback && LOOPBACK.has(request.socket.remoteAddress ?? '')) return true;
  const signature = request.headers['x-twilio-signature'];
  if (typeof signature !== 'string') return false;
  const forwarded = request.headers['x-forwarded-proto'];
  const protocol = (typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined) ?? 'http';
  const url = publicUrl(settings, protocol, request.headers.host ?? '', request.url ?? '').replace(/^http/, 'ws');
  return twilio.validateRequest(settings.authToken, signature, url, {});
}

function refuse(socket: Duplex, status: 403 | 404 | 503, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Serves Twilio Media Streams on the voice edge's HTTP server. The upgrade is refused before any
 * audio flows unless it carries Twilio's signature for the stream URL.
 */
export function attachMediaStreams(server: Server, deps: MediaStreamDeps): WebSocketServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024, perMessageDeflate: false });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== STREAM_PATH) return refuse(socket, 404, 'Not Found');
    if (!signedByTwilio(request, deps.signature)) {
      deps.logger.warn({ remote: request.socket.remoteAddress }, 'media stream refused: invalid Twilio signature');
      return refuse(socket, 403, 'Forbidden');
    }
    const settings = deps.settings;
    if (!settings) return refuse(socket, 503, 'Service Unavailable');
    sockets.handleUpgrade(request, socket, head, (twilioSocket) => {
      new StreamBridge(twilioSocket, { gateway: deps.gateway, settings, logger: deps.logger, wire: socket });
    });
  });
  server.on('close', () => sockets.close());
  return sockets;
}
