/**
 * The panel's event socket against a local WebSocket server: a broken stream resumes after the last
 * event id it saw, or, when events carry none, tells the panel it missed something.
 *   node --import tsx --test admin/src/live/live-socket.test.ts
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { WebSocket, WebSocketServer } from 'ws';
import type { LiveEvent } from '../types';
import { openLiveSocket } from './live-socket';

let server: Server;
let wss: WebSocketServer;
let baseUrl: string;
/** What each connection asked for, and what the server sends on it (then closes it, or not). */
let script: Array<{ send: unknown[]; thenClose: boolean }> = [];
const requested: string[] = [];

before(async () => {
  // Node 20 has no global WebSocket; the browser's and ws's speak the same onopen/onmessage/onclose.
  Object.assign(globalThis, { WebSocket });
  server = createServer();
  wss = new WebSocketServer({ server });
  wss.on('connection', (socket, request) => {
    requested.push(request.url ?? '');
    const step = script.shift() ?? { send: [], thenClose: false };
    for (const frame of step.send) socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    if (step.thenClose) setTimeout(() => socket.close(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
});
after(async () => {
  await new Promise((resolve) => wss.close(resolve));
  await new Promise((resolve) => server.close(resolve));
});

function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('timed out'));
      setTimeout(poll, 20);
    };
    poll();
  });
}

function open() {
  const events: LiveEvent[] = [];
  let missed = 0;
  const close = openLiveSocket({
    url: (since) => (since === undefined ? baseUrl : `${baseUrl}?since=${since}`),
    onEvent: (event) => events.push(event),
    onMissed: () => (missed += 1),
  });
  return { events, missed: () => missed, close };
}

test('a broken stream resumes after the newest event id it saw, and delivers each event once', async () => {
  requested.length = 0;
  const turn = (eventId: number) => ({ type: 'call.turn', entity: 'call', id: 'CA1', eventId });
  script = [
    { send: [turn(41), 'not json', turn(42)], thenClose: true },
    // Live events flow while the API replays the log: 44 arrives first, then 43 and 44 again.
    { send: [turn(44), turn(43), turn(44)], thenClose: true },
    { send: [{ type: 'call.completed', entity: 'call', id: 7, eventId: 45 }], thenClose: false },
  ];
  const socket = open();
  await until(() => socket.events.length === 5);
  socket.close();
  assert.deepEqual(requested, ['/events', '/events?since=42', '/events?since=44']);
  assert.deepEqual(
    socket.events.map((event) => event.eventId),
    [41, 42, 44, 43, 45],
    'the malformed frame is skipped, the repeated 44 delivered once',
  );
  assert.equal(socket.missed(), 0, 'the API replayed what came after 42: nothing to refetch');
});

test('without event ids, a reconnect tells the panel it may have missed changes', async () => {
  requested.length = 0;
  script = [
    { send: [{ type: 'ticket.updated', entity: 'ticket', id: 3 }], thenClose: true },
    { send: [], thenClose: false },
  ];
  const socket = open();
  await until(() => socket.missed() === 1);
  socket.close();
  assert.deepEqual(requested, ['/events', '/events']);
  assert.equal(socket.events.length, 1);
});
