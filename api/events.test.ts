import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import pg from 'pg';
import WebSocket from 'ws';
import { createLogger } from '../infra/logger';
import { publishEvent } from '../activities/events';
import type { DomainEvent } from '../domain/events';
import { attachEventStream, type EventStream } from './events/stream';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
let server: ReturnType<ApiHarness['app']['listen']>;
let stream: EventStream;
let base: string;

before(async () => {
  h = await startApiHarness();
  server = h.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stream = attachEventStream(server, { config: h.config, databaseUrl: h.db.url, logger: createLogger('events-test', h.config) });
  await stream.ready;
});
after(async () => {
  await stream?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.close();
});

/** Opens a socket and collects its messages; resolves once the server's hello arrives. */
async function subscribe(
  token: string,
  since?: number,
): Promise<{
  socket: WebSocket;
  received: DomainEvent[];
  next(match: (event: DomainEvent) => boolean, timeoutMs?: number): Promise<DomainEvent>;
}> {
  const socket = new WebSocket(`${base}/events?token=${encodeURIComponent(token)}${since === undefined ? '' : `&since=${since}`}`);
  const received: DomainEvent[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as DomainEvent);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (match: (event: DomainEvent) => boolean, timeoutMs = 5000): Promise<DomainEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  await next((event) => event.type === 'hello');
  return { socket, received, next };
}

async function lastEventId(): Promise<number> {
  const [row] = await h.db.prisma.$queryRaw<Array<{ id: bigint | null }>>`SELECT max(id) AS id FROM events`;
  return Number(row?.id ?? 0);
}

function rejectionStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => reject(new Error('the socket was accepted')));
    socket.on('error', () => undefined);
  });
}

test('an authenticated socket receives what publishEvent NOTIFYs, from Prisma or from pg', async () => {
  const { socket, next } = await subscribe(h.tokens.agent);
  try {
    await publishEvent(h.db.prisma, { type: 'ticket.assigned', entity: 'ticket', id: 7, data: { agentId: 3 } });
    const fromPrisma = await next((event) => event.type === 'ticket.assigned');
    const { eventId, ...event } = fromPrisma;
    assert.deepEqual(event, { type: 'ticket.assigned', entity: 'ticket', id: 7, data: { agentId: 3 } });
    assert.ok(Number(eventId) > 0, 'every event has its place in the log');

    const client = new pg.Client({ connectionString: h.db.url });
    await client.connect();
    try {
      await publishEvent(client, { type: 'call.ended', entity: 'call', id: 'CA123' });
    } finally {
      await client.end();
    }
    assert.equal((await next((event) => event.type === 'call.ended')).id, 'CA123');
  } finally {
    socket.close();
  }
});

test('a NOTIFY inside a rolled-back transaction is never delivered; user events reach admins only', async () => {
  const agent = await subscribe(h.tokens.agent);
  const admin = await subscribe(h.tokens.admin);
  try {
    await h.db.prisma
      .$transaction(async (tx) => {
        await publishEvent(tx, { type: 'ticket.rolled_back', entity: 'ticket', id: 1 });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await publishEvent(h.db.prisma, { type: 'user.created', entity: 'user', id: 9 });
    await publishEvent(h.db.prisma, { type: 'ticket.after', entity: 'ticket', id: 2 });
    await admin.next((event) => event.type === 'user.created');
    await agent.next((event) => event.type === 'ticket.after');
    // Events arrive in order, so by now the agent would have seen the others.
    await assert.rejects(
      agent.next((event) => event.type === 'user.created' || event.type === 'ticket.rolled_back', 300),
      /no matching event/,
    );
  } finally {
    agent.socket.close();
    admin.socket.close();
  }
});

test('sockets without a valid token are refused with 401', async () => {
  assert.equal(await rejectionStatus(`${base}/events`), 401);
  assert.equal(await rejectionStatus(`${base}/events?token=garbage`), 401);
  assert.equal(await rejectionStatus(`${base}/elsewhere?token=${h.tokens.admin}`), 404);
});

test('malformed payloads on the channel are ignored; publishEvent validates its input', async () => {
  const { socket, next } = await subscribe(h.tokens.supervisor);
  try {
    await h.db.prisma.$executeRawUnsafe(`SELECT pg_notify('urackit_events', 'not json')`);
    await h.db.prisma.$executeRawUnsafe(`SELECT pg_notify('urackit_events', '{"type":1}')`);
    await publishEvent(h.db.prisma, { type: 'call.started', entity: 'call', id: 1, data: 'x'.repeat(10_000) });
    const big = await next((event) => event.type === 'call.started');
    assert.equal(big.data, undefined, 'oversized data is dropped, the event still goes out');
    await assert.rejects(publishEvent(h.db.prisma, { type: '', entity: 'call', id: 1 }));
  } finally {
    socket.close();
  }
});

test('the listener reconnects after losing its connection and tells panels to resync', async () => {
  const { socket, next } = await subscribe(h.tokens.agent);
  try {
    const killed = await h.db.prisma.$queryRawUnsafe<Array<{ pid: number }>>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
    );
    assert.equal(killed.length, 1, 'one dedicated LISTEN connection');
    await h.db.prisma.$executeRawUnsafe(`SELECT pg_terminate_backend(${Number(killed[0]?.pid)})`);
    await next((event) => event.type === 'resync');
    await publishEvent(h.db.prisma, { type: 'ticket.after_reconnect', entity: 'ticket', id: 3 });
    await next((event) => event.type === 'ticket.after_reconnect');
  } finally {
    socket.close();
  }
});

test('a panel that reconnects with its last event id catches up on what it missed, in order', async () => {
  const before = await lastEventId();
  for (const id of [101, 102, 103]) await publishEvent(h.db.prisma, { type: 'ticket.updated', entity: 'ticket', id });
  const missed = before + 1; // the panel saw 101 before it lost its connection
  const { socket, next, received } = await subscribe(h.tokens.agent, missed);
  try {
    await next((event) => event.type === 'ticket.updated' && event.id === 103);
    const replayed = received.filter((event) => event.type === 'ticket.updated').map((event) => event.id);
    assert.deepEqual(replayed, [102, 103]);
  } finally {
    socket.close();
  }
});

test('a panel too far behind is told to resync; a malformed event id is refused', async () => {
  const before = await lastEventId();
  await h.db.prisma.$executeRawUnsafe(
    `INSERT INTO events (type, entity, entity_id) SELECT 'ticket.updated', 'ticket', g::text FROM generate_series(1, 501) g`,
  );
  const { socket, next } = await subscribe(h.tokens.agent, before);
  try {
    await next((event) => event.type === 'resync');
  } finally {
    socket.close();
  }
  assert.equal(await rejectionStatus(`${base}/events?token=${encodeURIComponent(h.tokens.agent)}&since=abc`), 400);
});
