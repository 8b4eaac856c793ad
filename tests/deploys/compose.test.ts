import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { parse } from 'yaml';
import { COMPOSE_MISSING, findComposeCli, type ComposeCli } from '../../infra/compose-cli';
import { findTemporalCli } from '../../infra/temporal-cli';
import { currentVersion } from '../../infra/worker-deployment';
import { TwilioCaller } from '../../tools/twilio-caller';
import { createEmptyDatabase } from '../support/database';
import { freePort } from '../support/ports';
import { repoRoot, startDevServer } from '../support/temporal';

/**
 * docker-compose.yml without a Docker daemon: Compose's own `config` validates it and resolves every
 * variable, and the app's services are then started here from the commands, environment and health
 * checks it resolved, the way the launcher starts them (node on this checkout, which the image copies).
 */
const composeFile = path.join(repoRoot, 'docker-compose.yml');
const SECRETS = {
  TEMPORAL_DB_PASSWORD: 'temporal-db-secret-0123456789abcdef',
  APP_DB_PASSWORD: 'app-db-secret-0123456789abcdef',
  JWT_SECRET: 'k4Jx9q2LrT7vWm3ZpA8sDf6GhY1nBc5E-compose',
  TWILIO_AUTH_TOKEN: 'compose-test-twilio-auth-token',
  PUBLIC_VOICE_URL: 'https://voice.example.com',
  TEMPORAL_PAYLOAD_KEYS: 'compose-1:Vt3nq0mJ4cS8yB2wX9kLzR6hD1fG5aP7eU0iO3uY8tQ=',
};
const APP_SERVICES = ['worker', 'api', 'voice-edge'] as const;

interface ComposeService {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string | number | null>;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
}
interface ResolvedCompose {
  services: Record<string, ComposeService>;
}

let compose: ComposeCli | undefined;
let scratch: string;
let emptyEnvFile: string;
before(async () => {
  compose = await findComposeCli();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'urackit-compose-'));
  // Compose reads .env beside the file; a developer's own .env must not stand in for a missing secret.
  emptyEnvFile = path.join(scratch, 'empty.env');
  await writeFile(emptyEnvFile, '');
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Only the names that the tests mean to give, so a variable of the machine cannot hide a missing one. */
function hostEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function composeRun(args: string[], env: Record<string, string>): Promise<Run> {
  if (!compose) throw new Error(COMPOSE_MISSING);
  return runCommand(compose.command, [...compose.args, '--env-file', emptyEnvFile, '-f', composeFile, ...args], hostEnv(env));
}

async function resolvedCompose(extraArgs: string[] = []): Promise<ResolvedCompose> {
  const result = await composeRun([...extraArgs, 'config'], SECRETS);
  assert.equal(result.code, 0, result.stderr);
  return parse(result.stdout) as ResolvedCompose;
}

const skip = async (): Promise<string | false> => ((await findComposeCli()) ? false : COMPOSE_MISSING);
const composeSkip = await skip();

test('docker-compose.yml validates with its secrets given', { skip: composeSkip }, async () => {
  const result = await composeRun(['config', '-q'], SECRETS);
  assert.equal(result.code, 0, result.stderr);
});

test('each missing secret stops Compose with a message that names it', { skip: composeSkip }, async () => {
  for (const secret of Object.keys(SECRETS)) {
    const without: Record<string, string> = { ...SECRETS };
    delete without[secret];
    const result = await composeRun(['config', '-q'], without);
    assert.notEqual(result.code, 0, `Compose accepted the file without ${secret}`);
    assert.match(result.stderr, new RegExp(`set ${secret} to`), `the message names ${secret}: ${result.stderr}`);
  }
  const emptied = await composeRun(['config', '-q'], { ...SECRETS, JWT_SECRET: '' });
  assert.notEqual(emptied.code, 0, 'an empty secret is a missing one');
});

test(
  "Temporal runs from its server image on PostgreSQL, its schema set up by the admin tools' temporal-sql-tool",
  { skip: composeSkip },
  async () => {
    const { services } = await resolvedCompose();
    const images = Object.values(services).map((service) => service.image ?? '');
    assert.deepEqual(
      images.filter((image) => image.includes('auto-setup')),
      [],
      'auto-setup is for development',
    );
    assert.match(services.temporal?.image ?? '', /^temporalio\/server:\d+\.\d+\.\d+$/);
    assert.equal(services.temporal?.environment?.DB, 'postgres12');
    assert.equal(services.temporal?.environment?.POSTGRES_PWD, SECRETS.TEMPORAL_DB_PASSWORD);
    assert.match(services['temporal-schema']?.image ?? '', /^temporalio\/admin-tools:\d+\.\d+\.\d+$/);
    assert.equal(
      services['temporal-schema']?.image?.split(':')[1],
      services.temporal?.image?.split(':')[1],
      'admin tools match the server',
    );
    const schemaScript = await readFile(path.join(repoRoot, 'deploy/temporal/setup-schema.sh'), 'utf8');
    for (const step of ['temporal-sql-tool', 'setup-schema', 'update-schema', 'temporal_visibility'])
      assert.ok(schemaScript.includes(step), step);
    assert.equal((await runCommand('sh', ['-n', 'deploy/temporal/setup-schema.sh'], hostEnv({}))).code, 0, 'the script parses');
    assert.deepEqual(services.temporal?.depends_on?.['temporal-schema'], { condition: 'service_completed_successfully' });
    assert.match(services['temporal-ui']?.image ?? '', /^temporalio\/ui:/);
  },
);

test('the app waits for its migrations and namespace, and each of its processes has a health check', { skip: composeSkip }, async () => {
  const { services } = await resolvedCompose();
  assert.deepEqual(services.migrate?.depends_on?.['app-db'], { condition: 'service_healthy' });
  for (const name of APP_SERVICES) {
    const service = services[name];
    assert.ok(service, name);
    assert.deepEqual(service.depends_on?.migrate, { condition: 'service_completed_successfully' }, name);
    assert.deepEqual(service.depends_on?.['temporal-namespace'], { condition: 'service_completed_successfully' }, name);
    assert.equal(service.healthcheck?.test?.[0], 'CMD', `${name} has a health check`);
    assert.equal(service.environment?.JWT_SECRET, SECRETS.JWT_SECRET, 'the secret given, not a default');
    assert.equal(service.environment?.NODE_ENV, 'production');
  }
  const rollout = (await resolvedCompose(['--profile', 'rollout'])).services['worker-next'];
  assert.equal(rollout?.environment?.TEMPORAL_PROMOTE_VERSION, 'never', "the next release's workers wait to be made current");
});

test('a health check fails when its process does not answer', async () => {
  const closed = await freePort();
  const result = await runCommand(process.execPath, ['scripts/healthcheck.mjs', 'api'], hostEnv({ API_PORT: String(closed) }));
  assert.equal(result.code, 1);
  assert.match(result.stderr, new RegExp(`127\\.0\\.0\\.1:${closed}/health`));
});

test('the namespace one-shot creates the namespace once and leaves it alone after', async () => {
  const env = await startDevServer();
  try {
    const cli = await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') });
    assert.ok(cli, 'a temporal CLI');
    const vars = hostEnv({ TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: 'compose-made', TEMPORAL_RETENTION: '3d' });
    vars.PATH = `${path.dirname(cli)}${path.delimiter}${vars.PATH ?? ''}`;
    const first = await runCommand('sh', ['deploy/temporal/create-namespace.sh'], vars);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /namespace compose-made created/);
    const described = await env.connection.workflowService.describeNamespace({ namespace: 'compose-made' });
    assert.equal(described.namespaceInfo?.name, 'compose-made');
    const second = await runCommand('sh', ['deploy/temporal/create-namespace.sh'], vars);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /namespace compose-made exists/);
  } finally {
    await env.teardown();
  }
});

/** A process of a compose service, started from its resolved command and environment. */
interface Started {
  name: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startService(name: string, command: string[], env: NodeJS.ProcessEnv): Started {
  const [program, ...args] = command;
  assert.ok(program, `${name} has a command`);
  const child = spawn(program, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  return { name, child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

/** Runs the service's own compose health check until it passes; fails early if the process dies. */
async function healthy(started: Started, healthcheck: string[], env: NodeJS.ProcessEnv, timeoutMs = 150_000): Promise<void> {
  const [kind, program, ...args] = healthcheck;
  assert.equal(kind, 'CMD');
  assert.ok(program);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    assert.equal(started.child.exitCode, null, `${started.name} exited:\n${started.output()}`);
    if ((await runCommand(program, args, env, 10_000)).code === 0) return;
    assert.ok(Date.now() < deadline, `${started.name} not healthy in ${timeoutMs / 1000} s:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Compose's service names, as they appear in the environment it resolves. */
const COMPOSE_HOSTS = /\b(app-db|temporal|api|voice-edge|temporal-db):\d+/;

test(
  "the image's entry points: migrations, then worker, API and voice edge start to health from their compose commands",
  { skip: composeSkip, timeout: 420_000 },
  async () => {
    const { services } = await resolvedCompose();
    const [temporal, database] = await Promise.all([startDevServer(), createEmptyDatabase()]);
    const [apiPort, voicePort, workerPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const started: Started[] = [];
    // What compose's network gives by name, this machine gives on loopback; everything else as resolved.
    const loopback = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      HOST: '127.0.0.1',
      API_PORT: String(apiPort),
      VOICE_PORT: String(voicePort),
      WORKER_PORT: String(workerPort),
      HEALTH_CHECK_URLS: `api=http://127.0.0.1:${apiPort}/health,voice_edge=http://127.0.0.1:${voicePort}/health,worker=http://127.0.0.1:${workerPort}/health`,
      ADMIN_EMAIL: 'ops@example.com',
      ADMIN_PASSWORD: 'a-long-admin-password-1',
      LOG_LEVEL: 'warn',
    };
    const envOf = (name: string): NodeJS.ProcessEnv => {
      const resolved = Object.fromEntries(
        Object.entries(services[name]?.environment ?? {}).map(([key, value]) => [key, value === null ? '' : String(value)]),
      );
      const unmapped = Object.entries(resolved).filter(([key, value]) => COMPOSE_HOSTS.test(value) && !(key in loopback));
      assert.deepEqual(unmapped, [], `${name}: every address on compose's network is given a loopback one here`);
      return hostEnv({ ...resolved, ...loopback });
    };
    try {
      const migrateCommand = services.migrate?.command;
      assert.ok(migrateCommand, 'migrate has a command');
      const [program, ...args] = migrateCommand;
      const migrated = await runCommand(program ?? 'sh', args, envOf('migrate'), 240_000);
      assert.equal(migrated.code, 0, `${migrated.stdout}\n${migrated.stderr}`);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const admins = await client.query("SELECT email FROM users WHERE email = 'ops@example.com'");
        assert.equal(admins.rowCount, 1, 'the seed created the first admin from ADMIN_EMAIL');
      } finally {
        await client.end();
      }

      for (const name of APP_SERVICES) {
        const command = services[name]?.command;
        assert.ok(command, `${name} has a command`);
        started.push(startService(name, command, envOf(name)));
      }
      for (const [index, name] of APP_SERVICES.entries()) {
        await healthy(started[index]!, services[name]?.healthcheck?.test ?? [], envOf(name));
      }
      const deployment = String(services.worker?.environment?.TEMPORAL_DEPLOYMENT_NAME);
      const version = await currentVersion(temporal.connection, 'default', deployment);
      assert.match(version?.buildId ?? '', /^wf-[0-9a-f]{12}$/, 'the worker made its version current');
      // The README's rollout commands, through the temporal-cli tool service as Compose resolves it.
      const tools = (await resolvedCompose(['--profile', 'tools'])).services['temporal-cli'];
      const cli = await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') });
      assert.ok(tools?.entrypoint?.[0] === 'temporal' && cli, 'the temporal-cli service runs the temporal CLI');
      const cliEnv = hostEnv({ ...(tools.environment as Record<string, string>), TEMPORAL_ADDRESS: temporal.address });
      const described = await runCommand(
        cli,
        [...tools.entrypoint.slice(1), 'worker', 'deployment', 'describe', '--name', deployment],
        cliEnv,
      );
      assert.equal(described.code, 0, described.stderr);
      assert.match(described.stdout, new RegExp(`CurrentVersionBuildID\\s+${version?.buildId}`));
      const running = await runCommand(
        cli,
        [
          'workflow',
          'list',
          '--query',
          `TemporalWorkerDeploymentVersion='${deployment}:${version?.buildId}' AND ExecutionStatus='Running'`,
        ],
        cliEnv,
      );
      assert.equal(running.code, 0, running.stderr);

      // A call through the started voice edge, signed for the public URL Twilio would call.
      const caller = new TwilioCaller({
        baseUrl: `http://127.0.0.1:${voicePort}`,
        publicBaseUrl: SECRETS.PUBLIC_VOICE_URL,
        authToken: SECRETS.TWILIO_AUTH_TOKEN,
        from: '+15557770001',
      });
      const greeting = await caller.dial();
      assert.equal(greeting.status, 200, 'the greeting');
      assert.ok(greeting.say.length > 0, 'something is said');
      assert.equal(await caller.hangUp('completed'), 204);
    } finally {
      for (const service of started) service.child.kill('SIGTERM');
      const codes = await Promise.all(started.map((service) => service.exited));
      await temporal.teardown();
      await database.drop();
      assert.deepEqual(
        codes,
        started.map(() => 0),
        'each process stops cleanly on SIGTERM',
      );
    }
  },
);
