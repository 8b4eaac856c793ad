import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { createApp } from '../../api/app';
import { createLogger } from '../../infra/logger';
import { testConfig } from '../support/api-harness';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { repoRoot } from '../support/temporal';

/** `npm run create-admin` against a migrated database of its own; the login is tried on the real API. */
let db: TestDatabase;

before(async () => {
  db = await createTestDatabase();
});

after(async () => {
  await db?.drop();
});

function createAdmin(...args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/create-admin.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url, ADMIN_EMAIL: '', ADMIN_PASSWORD: '', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

function login(email: string, password: string) {
  const config = testConfig();
  const app = createApp({ config, prisma: db.prisma, logger: createLogger('api-test', config), adminDist: '/nonexistent' });
  return request(app).post('/auth/login').send({ email, password });
}

test('create-admin refuses a short password and creates nothing', { timeout: 60_000 }, async () => {
  const { code, output } = await createAdmin('--email', 'ops@example.com', '--password', 'admin123');
  assert.equal(code, 1, output);
  assert.match(output, /^create-admin: password: must be at least 12 characters$/m);
  assert.equal(await db.prisma.user.count(), 0);
});

test('create-admin makes an administrator who can log in, once', { timeout: 60_000 }, async () => {
  const password = 'correct horse battery staple';
  const created = await createAdmin('--email', 'Ops@Example.com', '--password', password, '--name', 'Ops Lead');
  assert.equal(created.code, 0, created.output);
  assert.match(created.output, /created the administrator ops@example\.com/);

  const response = await login('ops@example.com', password);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  assert.equal(response.body.user.role, 'admin');
  assert.equal(response.body.user.name, 'Ops Lead');
  assert.equal((await login('ops@example.com', 'not the password at all')).status, 401);

  const again = await createAdmin('--email', 'ops@example.com', '--password', 'another long password');
  assert.equal(again.code, 1, again.output);
  assert.match(again.output, /already has a login/);
  assert.equal(await db.prisma.user.count(), 1);
});
