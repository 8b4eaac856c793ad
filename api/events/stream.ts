import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../infra/logger';
import { verifyToken, type AuthContext } from '../auth/tokens';
import { EVENTS_CHANNEL, ZDomainEvent, type DomainEvent } from '../../domain/events';
import { PgListener } from './listener';

export interface EventStreamDeps {
  config: { JWT_SECRET: string };
  databaseUrl: string;
  logger: Logger;
  path?: string;
  heartbeatMs?: number;
}

export interface EventStream {
  /** Resolves once the database LISTEN is in place. */
  ready: Promise<void>;
  clientCount(): number;
  close(): Promise<void>;
}

interface Subscriber {
  socket: WebSocket;
  auth: AuthContext;
  alive: boolean;
}

function reject(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Users are an admin-only resource; their events go to admins only. */
function visibleTo(event: DomainEvent, auth: AuthContext): boolean {
  return event.entity !== 'user' || auth.role === 'admin';
}

/**
 * `WS /events?token=<jwt>`: every NOTIFY on `urackit_events` is forwarded to each authenticated
 * panel, which refreshes the affected views. Sockets close when their token expires.
 */
export function attachEventStream(server: Server, deps: EventStreamDeps): EventStream {
  const path = deps.path ?? '/events';
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const subscribers = new Set<Subscriber>();

  const broadcast = (event: DomainEvent) => {
    const message = JSON.stringify(event);
    for (const { socket, auth } of subscribers) {
      if (socket.readyState === WebSocket.OPEN && visibleTo(event, auth)) socket.send(message);
    }
  };
  const onPayload = (payload: string) => {
    let parsed: ReturnType<typeof ZDomainEvent.safeParse>;
    try {
      parsed = ZDomainEvent.safeParse(JSON.parse(payload));
    } catch {
      return deps.logger.warn({ payload }, 'ignoring a non-JSON event');
    }
    if (parsed.success) broadcast(parsed.data);
    else deps.logger.warn({ payload }, 'ignoring a malformed event');
  };
  const listener = new PgListener({
    databaseUrl: deps.databaseUrl,
    channel: EVENTS_CHANNEL,
    logger: deps.logger,
    onPayload,
    // Whatever happened while we were disconnected is unknown: tell panels to refetch everything.
    onReconnect: () => broadcast({ type: 'resync', entity: '*', id: 0 }),
  });
  listener.start();

  const register = (socket: WebSocket, auth: AuthContext) => {
    const subscriber: Subscriber = { socket, auth, alive: true };
    subscribers.add(subscriber);
    const expiry = setTimeout(() => socket.close(4001, 'token expired'), Math.max(0, auth.expiresAt * 1000 - Date.now()));
    expiry.unref();
    socket.on('pong', () => (subscriber.alive = true));
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      clearTimeout(expiry);
      subscribers.delete(subscriber);
    });
    socket.send(JSON.stringify({ type: 'hello', entity: 'session', id: auth.userId }));
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return reject(socket, '404 Not Found');
    verifyToken(url.searchParams.get('token') ?? '', deps.config.JWT_SECRET).then(
      (auth) => wss.handleUpgrade(request, socket, head, (ws) => register(ws, auth)),
      () => reject(socket, '401 Unauthorized'),
    );
  };
  server.on('upgrade', onUpgrade);

  // Proxies drop idle sockets and dead peers never send a close frame: ping, and cut the silent.
  const heartbeat = setInterval(() => {
    for (const subscriber of subscribers) {
      if (!subscriber.alive) subscriber.socket.terminate();
      subscriber.alive = false;
      subscriber.socket.ping();
    }
  }, deps.heartbeatMs ?? 30_000);
  heartbeat.unref();

  return {
    ready: listener.ready,
    clientCount: () => subscribers.size,
    async close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const { socket } of subscribers) socket.close(1001, 'server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await listener.close();
    },
  };
}
