import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEV_TWILIO_AUTH_TOKEN } from '../../domain/config';
import { LOCAL_KEY_FILE } from '../../infra/payload-keys';
import { TwilioCaller } from '../../tools/twilio-caller';
import { freePort } from '../support/ports';
import { repoRoot } from '../support/temporal';

/** The pid of the process below `root` (at any depth) whose command line contains `marker`. */
function descendantPid(root: number, marker: string): number | undefined {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? '' }));
  const below = new Set([root]);
  for (let size = 0; below.size !== size;) {
    size = below.size;
    for (const row of rows) if (below.has(row.ppid)) below.add(row.pid);
  }
  return rows.find((row) => below.has(row.pid) && row.pid !== root && row.args.includes(marker))?.pid;
}

/**
 * `npm start` end to end, on ports and a data folder of its own: embedded PostgreSQL, Temporal dev
 * server with its Web UI, worker, API, voice edge; a worker killed with SIGKILL is restarted while the
 * API and voice edge keep running; then Ctrl-C stops everything, calmly.
 */
test('npm start brings the whole system up on embedded defaults and Ctrl-C stops it cleanly', { timeout: 240_000 }, async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'urackit-start-'));
  const [api, voice, worker, temporal, ui, pg] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    API_PORT: String(api),
    VOICE_PORT: String(voice),
    WORKER_PORT: String(worker),
    TEMPORAL_ADDRESS: `127.0.0.1:${temporal}`,
    TEMPORAL_UI_PORT: String(ui),
    EMBEDDED_PG_PORT: String(pg),
    LOG_LEVEL: 'warn',
    TEMPORAL_PAYLOAD_KEYS: '',
  };
  // In a process group of its own, so Ctrl-C can be sent the way a terminal sends it: to the group.
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const started = Date.now();
    while (!output.includes('URackIT is up') && Date.now() - started < 180_000 && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.match(output, /URackIT is up/, output.slice(-3000));
    for (const url of [`http://127.0.0.1:${api}/health`, `http://127.0.0.1:${voice}/health`, `http://127.0.0.1:${worker}/health`]) {
      const response = await fetch(url);
      assert.equal(response.status, 200, `${url} is healthy`);
    }
    const webUi = await fetch(`http://127.0.0.1:${ui}/api/v1/namespaces/default`);
    assert.equal(webUi.status, 200, 'the Temporal Web UI serves the namespace');
    assert.match(await webUi.text(), /"name":\s*"default"/);
    // Temporal's payloads are encrypted with a key generated into the data folder; the Web UI reads them through the API.
    assert.match(await readFile(path.join(dataDir, LOCAL_KEY_FILE), 'utf8'), /^local-[0-9a-f]{8}:/);
    const uiSettings = (await (await fetch(`http://127.0.0.1:${ui}/api/v1/settings`)).json()) as { Codec?: { Endpoint?: string } };
    assert.equal(uiSettings.Codec?.Endpoint, `http://127.0.0.1:${api}/codec`);
    const codec = (direction: string, body: unknown) =>
      fetch(`http://127.0.0.1:${api}/codec/${direction}`, { method: 'POST', body: JSON.stringify(body) }).then((response) =>
        response.json(),
      );
    const plain = { payloads: [{ metadata: { encoding: btoa('json/plain') }, data: btoa('"my password is Hunter2Zebra"') }] };
    const sealed = (await codec('encode', plain)) as { payloads: Array<{ metadata: { encoding: string } }> };
    assert.equal(atob(sealed.payloads[0]?.metadata.encoding ?? ''), 'binary/encrypted');
    assert.deepEqual(await codec('decode', sealed), plain, 'from this machine the codec server needs no login');
    const panel = await fetch(`http://127.0.0.1:${api}/`);
    assert.match(await panel.text(), /<div id="root">/, 'the API serves the built panel');
    // The worker runs as a deployment version and made it current at start: a call reaches it.
    const caller = new TwilioCaller({ baseUrl: `http://127.0.0.1:${voice}`, authToken: DEV_TWILIO_AUTH_TOKEN, from: '+15551042102' });
    const greeting = await caller.dial();
    assert.equal(greeting.status, 200);
    assert.match(greeting.say.join(' '), /Tom/, 'the call workflow greets the seeded caller');
    assert.equal(await caller.hangUp('completed'), 204);

    const [workerPid, apiPid, voicePid] = ['workers/main.ts', 'api/server.ts', 'voice-edge/server.ts'].map((entry) =>
      descendantPid(child.pid!, entry),
    );
    assert.ok(workerPid && apiPid && voicePid, 'the worker, API and voice edge are processes of their own');
    process.kill(workerPid, 'SIGKILL');
    const killedAt = Date.now();
    while (!/worker is back and healthy/.test(output) && Date.now() - killedAt < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 250));
    assert.match(output, /worker exited unexpectedly \(signal SIGKILL\); restarting in 0\.5 s/);
    assert.match(output, /worker is back and healthy/, output.slice(-3000));
    assert.equal((await fetch(`http://127.0.0.1:${worker}/health`)).status, 200, 'the new worker is healthy');
    assert.notEqual(descendantPid(child.pid!, 'workers/main.ts'), workerPid, 'a new worker process');
    assert.deepEqual(
      [descendantPid(child.pid!, 'api/server.ts'), descendantPid(child.pid!, 'voice-edge/server.ts')],
      [apiPid, voicePid],
      'the API and the voice edge kept running',
    );
    assert.doesNotMatch(output, /stopping/, 'nothing else was stopped');
  } finally {
    const ctrlCAt = Date.now();
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
    const code = await exited;
    const stopSeconds = (Date.now() - ctrlCAt) / 1000;
    await rm(dataDir, { recursive: true, force: true });
    assert.equal(code, 0, `npm start exits cleanly on Ctrl-C:\n${output.slice(-2000)}`);
    // Calm: a few lines saying what stops, none of Temporal's warnings about the transports it closes.
    const shutdown = output.slice(output.indexOf('stopping')).trim().split('\n');
    assert.ok(shutdown.length <= 6, `shutdown printed ${shutdown.length} lines:\n${shutdown.join('\n')}`);
    assert.deepEqual(
      shutdown.filter((line) => /warn|error|level=/i.test(line)),
      [],
      'warnings or errors while stopping',
    );
    assert.match(shutdown.at(-1) ?? '', /stopped in/);
    assert.ok(stopSeconds < 20, `stopping took ${stopSeconds} s`);
  }
});
