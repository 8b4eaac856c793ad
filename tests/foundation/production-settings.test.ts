import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/temporal';

/**
 * Every process refuses production's unsafe settings before it starts anything: the config check
 * lives in parseConfig, and each entry point turns its error into one line per setting and exit 1.
 */
const ENTRY_POINTS: Array<[name: string, args: string[]]> = [
  ['worker', ['--import', 'tsx', 'workers/main.ts']],
  ['api', ['--import', 'tsx', 'api/server.ts']],
  ['voice edge', ['--import', 'tsx', 'voice-edge/server.ts']],
  ['npm start', ['scripts/start.mjs']],
];

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

test('with NODE_ENV=production every service refuses default secrets, one line per setting', { timeout: 120_000 }, async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    // Unused ports and a database nobody listens on: a process that got past its config would fail differently.
    DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    DATA_DIR: path.join(repoRoot, '.data', 'never-created'),
    JWT_SECRET: '',
    TWILIO_AUTH_TOKEN: '',
    PUBLIC_VOICE_URL: '',
    TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: 'true',
  };
  for (const key of ['JWT_SECRET', 'TWILIO_AUTH_TOKEN', 'TEMPORAL_PAYLOAD_KEYS']) delete env[key];
  const results = await Promise.all(ENTRY_POINTS.map(async ([name, args]) => ({ name, ...(await run(args, env)) })));
  for (const { name, code, output } of results) {
    assert.equal(code, 1, `${name} exits 1:\n${output}`);
    const lines = output.trim().split('\n');
    assert.match(lines[0] ?? '', new RegExp(`^${name}: refusing to start \\(NODE_ENV=production\\)`), output);
    assert.deepEqual(
      lines.slice(1).map((line) => line.trim().split(':')[0]),
      ['JWT_SECRET', 'TWILIO_AUTH_TOKEN', 'PUBLIC_VOICE_URL', 'TWILIO_SKIP_SIGNATURE_ON_LOOPBACK', 'TEMPORAL_PAYLOAD_KEYS'],
      `${name}:\n${output}`,
    );
  }
});
