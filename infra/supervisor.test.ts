import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freePort } from '../tests/support/ports';
import { httpOk, startProcess, waitFor } from './processes';
import { backoffDelay, supervise, type Supervised } from './supervisor';

/** A real child process: a small HTTP server whose /health answers with its pid. */
const TINY_SERVICE = `
const http = require('node:http');
http.createServer((request, response) => response.end(String(process.pid))).listen(Number(process.argv[1]), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`;

const backoff = { firstMs: 100, capMs: 400, resetAfterMs: 60_000 };

async function pidOf(port: number): Promise<number> {
  return Number(await (await fetch(`http://127.0.0.1:${port}/health`)).text());
}

async function superviseTinyServices(names: string[], log: (line: string) => void): Promise<{ services: Supervised[]; ports: number[] }> {
  const ports = await Promise.all(names.map(() => freePort()));
  const services = names.map((name, index) =>
    supervise({
      name,
      start: () => startProcess(name, process.execPath, ['-e', TINY_SERVICE, String(ports[index])], { index }),
      healthy: () => httpOk(`http://127.0.0.1:${ports[index]}/health`),
      backoff,
      log,
    }),
  );
  await Promise.all(ports.map((port) => waitFor(`port ${port}`, () => httpOk(`http://127.0.0.1:${port}/health`), 10_000)));
  return { services, ports };
}

test('the wait before a restart doubles with each crash in a row, up to the cap', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 12].map((restart) => backoffDelay(restart, { firstMs: 500, capMs: 30_000, resetAfterMs: 1 })),
    [500, 1000, 2000, 4000, 8000, 30_000],
  );
});

test('a process killed with SIGKILL comes back healthy while the others keep running', { timeout: 30_000 }, async () => {
  const lines: string[] = [];
  const { services, ports } = await superviseTinyServices(['worker', 'api', 'voice'], (line) => lines.push(line));
  try {
    const before = await Promise.all(ports.map(pidOf));
    process.kill(before[0]!, 'SIGKILL');
    await waitFor('the worker restarted', async () => (await pidOf(ports[0]!).catch(() => 0)) > 0 && services[0]!.restarts() === 1, 10_000);
    await waitFor('the log says it is back', async () => lines.some((line) => /worker is back and healthy/.test(line)), 5000);
    const after = await Promise.all(ports.map(pidOf));
    assert.notEqual(after[0], before[0], 'the worker is a new process');
    assert.deepEqual(after.slice(1), before.slice(1), 'the API and the voice edge were not touched');
    assert.deepEqual(
      services.map((service) => service.restarts()),
      [1, 0, 0],
    );
    assert.match(lines[0] ?? '', /^worker exited unexpectedly \(signal SIGKILL\); restarting in 0\.1 s .*doubles up to 0\.4 s/);
  } finally {
    await Promise.all(services.map((service) => service.stop()));
  }
});

test('crashes in a row wait longer each time, and stop() ends the process for good', { timeout: 30_000 }, async () => {
  const lines: string[] = [];
  const { services, ports } = await superviseTinyServices(['voice'], (line) => lines.push(line));
  const [voice] = services;
  try {
    for (let crash = 1; crash <= 3; crash += 1) {
      process.kill(await pidOf(ports[0]!), 'SIGKILL');
      await waitFor(
        `restart ${crash}`,
        async () => voice!.restarts() === crash && (await httpOk(`http://127.0.0.1:${ports[0]}/health`)),
        10_000,
      );
    }
    const waits = lines.filter((line) => line.includes('exited unexpectedly')).map((line) => /restarting in ([\d.]+) s/.exec(line)?.[1]);
    assert.deepEqual(waits, ['0.1', '0.2', '0.4']);
  } finally {
    await voice!.stop();
  }
  assert.equal(await httpOk(`http://127.0.0.1:${ports[0]}/health`).catch(() => false), false, 'stopped for good');
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.equal(voice!.restarts(), 3, 'no restart after stop()');
});
