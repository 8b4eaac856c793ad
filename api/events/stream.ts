import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import pg from 'pg';
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
  /** How long the event log keeps what panels were told (default a day). */
  retentionMs?: number;
}

/** A panel further behind than this gets a resync instead of the whole backlog. */
const CATCH_UP_LIMIT = 500;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

interface LoggedEvent {
  id: string;
  type: string;
  entity: string;
  entity_id: string;
  data: unknown;
}

function fromLog(row: LoggedEvent): DomainEvent {
  const id = /^\d+$/.test(row.entity_id) ? Number(row.entity_id) : row.entity_id;
  return { type: row.type, entity: row.entity, id, ...(row.data === null ? {} : { data: row.data }), eventId: Number(row.id) };
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
  const log = new pg.Pool({ connectionString: deps.databaseUrl, max: 2 });
  log.on('error', (error) => deps.logger.warn({ err: error }, 'event log connection failed'));

  /** What a reconnecting panel missed since `since`, from the log; a resync when that is too much. */
  const catchUp = async (subscriber: Subscriber, since: number) => {
    const { rows } = await log.query<LoggedEvent>(
      'SELECT id, type, entity, entity_id, data FROM events WHERE id > $1 ORDER BY id LIMIT $2',
      [since, CATCH_UP_LIMIT + 1],
    );
    if (rows.length > CATCH_UP_LIMIT) return subscriber.socket.send(JSON.stringify({ type: 'resync', entity: '*', id: 0 }));
    for (const event of rows.map(fromLog)) {
      if (visibleTo(event, subscriber.auth)) subscriber.socket.send(JSON.stringify(event));
    }
  };
  const prune = setInterval(() => {
    const cutoff = new Date(Date.now() - (deps.retentionMs ?? 24 * 60 * 60 * 1000));
    log
      .query('DELETE FROM events WHERE created_at < $1', [cutoff])
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'event log pruning failed'));
  }, PRUNE_EVERY_MS);
  prune.unref();

  const listener = new PgListener({
    databaseUrl: deps.databaseUrl,
    channel: EVENTS_CHANNEL,
    logger: deps.logger,
    onPayload,
    // Whatever happened while we were disconnected is unknown: tell panels to refetch everything.
    onReconnect: () => broadcast({ type: 'resync', entity: '*', id: 0 }),
  });
  listener.start();

  const register = (socket: WebSocket, auth: AuthContext, since: number | undefined) => {
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
    // Live events flow from now on; what came before is replayed after the hello (a panel dedupes by eventId).
    if (since !== undefined) {
      catchUp(subscriber, since).catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'event catch-up failed');
        socket.send(JSON.stringify({ type: 'resync', entity: '*', id: 0 }));
      });
    }
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return reject(socket, '404 Not Found');
    const since = url.searchParams.get('since');
    if (since !== null && !/^\d{1,18}$/.test(since)) return reject(socket, '400 Bad Request');
    verifyToken(url.searchParams.get('token') ?? '', deps.config.JWT_SECRET).then(
      (auth) => wss.handleUpgrade(request, socket, head, (ws) => register(ws, auth, since === null ? undefined : Number(since))),
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
      clearInterval(prune);
      server.off('upgrade', onUpgrade);
      for (const { socket } of subscribers) socket.close(1001, 'server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await listener.close();
      await log.end();
    },
  };
}
