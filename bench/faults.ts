/**
 * Faults under load: while simulated calls are in progress on the local cluster (npm run cluster's
 * shape: HAProxy, two voice edges, two API copies, two workers, one Temporal, one PostgreSQL), kill a
 * worker, restart PostgreSQL, kill an edge and an API copy, pause Temporal for 10 s; then check
 * that every call completed whole and every ticket exists once. Exit code 1 when a drill fails.
 *   npm run bench -- faults                                   (all four; writes bench/results/faults.md)
 *   BENCH_CALLS=40 BENCH_FAULTS=temporal-pause BENCH_RESULTS_FILE=/tmp/f.md npm run bench -- faults
 * Loopback only; the cluster runs in a temporary folder and is stopped at the end.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { EncryptionCodec, encryptingDataConverter } from '../infra/payload-codec';
import { z } from 'zod';
import { startCluster, type Cluster, type ClusterPorts } from '../infra/cluster';
import { createPrisma } from '../infra/db';
import { ensureHaproxy } from '../infra/haproxy';
import { httpOk, waitFor } from '../infra/processes';
import { findTemporalCli } from '../infra/temporal-cli';
import { seed } from '../prisma/seed';
import { freePort } from '../tests/support/ports';
import { TWILIO_WEBHOOK_TIMEOUT_MS, runDrill, type DrillResult, type DrillSettings } from './faults/drill';
import { FAULTS } from './faults/faults';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from './shared/settings';

const faultNames = FAULTS.map((fault) => fault.name);
const ZFaultsEnv = z.object({
  /** Calls in progress when each fault strikes. */
  BENCH_CALLS: positiveInt.max(1000).default(300),
  BENCH_FAULTS: z
    .string()
    .default(faultNames.join(','))
    .transform((value) => value.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(faultNames as [string, ...string[]])).min(1)),
  BENCH_THINK_MS: positiveInt.default(6000),
  /** The first rings are spread over this long; by default 100 ms a call (30 s for 300), ten new calls a second. */
  BENCH_RAMP_MS: positiveInt.optional(),
  /** A sentence for the report (why fewer calls than the default, what else ran on the machine). */
  BENCH_NOTE: z.string().max(1000).optional(),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type FaultsConfig = Omit<z.infer<typeof ZFaultsEnv>, 'BENCH_RAMP_MS'> & { BENCH_RAMP_MS: number };
const RAMP_MS_PER_CALL = 100;

function faultsConfig(env: z.infer<typeof ZFaultsEnv>): FaultsConfig {
  return { ...env, BENCH_RAMP_MS: env.BENCH_RAMP_MS ?? env.BENCH_CALLS * RAMP_MS_PER_CALL };
}

async function clusterPorts(): Promise<ClusterPorts> {
  const next = () => freePort();
  return {
    api: await next(),
    voice: await next(),
    temporal: await next(),
    temporalUi: await next(),
    postgres: await next(),
    apiCopies: [await next(), await next()],
    voiceCopies: [await next(), await next()],
    workerCopies: [await next(), await next()],
  };
}

async function seedDatabase(databaseUrl: string): Promise<void> {
  const prisma = createPrisma(databaseUrl, { max: 2 });
  try {
    await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function allHealthy(cluster: Cluster): Promise<void> {
  for (const [name, url] of Object.entries(cluster.healthUrls)) await waitFor(name, () => httpOk(url), 120_000);
}

/** "expected / armed / doubled / lost", the SLA timers of the drill's tickets (see bench/faults/sla-timers.ts). */
function slaCell(result: DrillResult): string {
  const totals = result.slaTimers;
  return `${totals.expectedArmed} / ${totals.armed} / ${totals.doubled} / ${totals.lost}${totals.wrongDeadline > 0 ? ` (${totals.wrongDeadline} wrong deadline)` : ''}`;
}

function report(config: FaultsConfig, results: DrillResult[], startedAt: Date, loadAtStart: number): string {
  const rows = results.map(
    (result) =>
      `| ${result.fault.name} | **${result.passed ? 'PASS' : 'FAIL'}** | ${result.calls} (${result.inProgressAtFault}) | ${result.checks.map((check) => check.failures).join(' / ')} | ${slaCell(result)} | ${(result.figures.callMin / 1000).toFixed(0)} / ${(result.figures.callP50 / 1000).toFixed(0)} | ${result.figures.holds} | ${result.figures.fiveXx} (${result.figures.fiveXxOutside} outside) | ${result.figures.turnP50.toFixed(0)} / ${result.figures.turnP99.toFixed(0)} / ${result.figures.turnMax.toFixed(0)} | ${result.api.requests} / ${result.api.fiveXx} |`,
  );
  const details = results.map(
    (result) =>
      `### ${result.fault.name}: ${result.passed ? 'PASS' : 'FAIL'}\n\n${result.fault.title}: ${result.window.done} (fault window ${((result.window.endedAt - result.window.startedAt) / 1000).toFixed(1)} s).\n\n${result.checks.map((check) => `- ${check.failures === 0 ? '✓' : '✗'} ${check.name}: ${check.detail}`).join('\n')}\n`,
  );
  return `# Faults under load

Command: \`npm run bench -- faults\` (\`BENCH_CALLS=${config.BENCH_CALLS}\`, \`BENCH_FAULTS=${config.BENCH_FAULTS.join(',')}\`,
\`BENCH_THINK_MS=${config.BENCH_THINK_MS}\`, \`BENCH_RAMP_MS=${config.BENCH_RAMP_MS}\`).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the start ${loadAtStart.toFixed(1)} and at the end ${os.loadavg()[0]!.toFixed(1)} (the cores are shared with other work).${config.BENCH_NOTE ? `\n\n${config.BENCH_NOTE}` : ''}

Setup: the local cluster of \`npm run cluster\` on loopback (HAProxy → 2 voice edges and 2 API copies; 2 workers on one
task queue; one Temporal dev server, in memory; one embedded PostgreSQL), each copy supervised. For each fault,
${config.BENCH_CALLS} calls ring over ${config.BENCH_RAMP_MS / 1000} s through the Twilio double (signed webhooks, following TwiML and
<Redirect>, retrying an unanswered or 5xx webhook twice as Twilio's connection overrides do, and giving a webhook
${TWILIO_WEBHOOK_TIMEOUT_MS / 1000} s in all, tries included, as Twilio does by default); half are resolved in five caller turns, half leave
with a ticket after three. A caller hears each reply out (Polly's pace, about 150 words a minute, "one moment" too
before Twilio follows the redirect), then pauses ${config.BENCH_THINK_MS / 1000} s ±50 % before answering. The fault strikes
${(config.BENCH_RAMP_MS + 2000) / 1000} s after the first ring, when every call must be in progress. Then every call's workflow must finish,
and PostgreSQL and Temporal are checked.

Checks (failures, in this order): the fault struck while every call was in progress / every call completed (the agent
said goodbye, the workflow finished, \`call_logs.status\` completed) / every transcript whole (the caller lines in
\`call_logs.transcript\` are the script, each once, in order) / every ticket exactly once (one per ticket call, the one
its workflow reports, none for resolved calls) / each ticket's workflow running / no SLA timer lost or doubled / no 5xx
or unanswered webhook seen by the Twilio double (allowed only during the Temporal pause).

SLA timers: a ticket's workflow sleeps until the earliest of its policy's deadlines still to come (warning, breach,
escalation levels, per target), so in Temporal's history an open ticket has exactly one timer started and neither fired
nor cancelled, named for that deadline and due at it to the millisecond; each passed deadline is one projected change.
Expected is one per ticket; doubled counts a second open timer or a deadline projected twice; lost a ticket with no
timer for its next deadline or a passed deadline never projected. The ticket row's first-response and resolution
deadlines must be the ones the policy gives from the ticket's creation.

| fault | verdict | calls (in progress when it struck) | failures per check | SLA timers expected / armed / doubled / lost | call s min / p50 | "one moment" holds | 5xx/unanswered webhooks | turn p50 / p99 / max ms | API polls / 5xx |
|---|---|---:|---|---|---|---:|---|---|---|
${rows.join('\n')}

${details.join('\n')}`;
}

async function runFaultsBenchmark(config: FaultsConfig): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0]!;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'urackit-faults-'));
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const cluster = await startCluster({
    ports: await clusterPorts(),
    temporalCli: await findTemporalCli(undefined, { toolsDir: path.join(repoRoot, '.tools') }),
    haproxy: await ensureHaproxy(),
    dataDir,
    temporalInMemory: true,
    env: { LOG_LEVEL: 'error', NODE_ENV: 'development' },
    seed: seedDatabase,
  });
  // Ctrl-C stops the cluster too: its processes are this run's, nobody else would stop them.
  const stopOnSignal = () => {
    cluster.muteRoutineOutput();
    void cluster
      .stop()
      .finally(() => rm(dataDir, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const connection = await Connection.connect({ address: cluster.temporalAddress });
  const client = new Client({ connection, dataConverter: encryptingDataConverter(new EncryptionCodec(cluster.payloadKeys)) });
  const prisma = createPrisma(cluster.databaseUrl, { max: 4 });
  const settings: DrillSettings = {
    calls: config.BENCH_CALLS,
    thinkMs: config.BENCH_THINK_MS,
    rampMs: config.BENCH_RAMP_MS,
    faultAtMs: config.BENCH_RAMP_MS + 2000,
    settleMs: 180_000,
  };
  const results: DrillResult[] = [];
  try {
    for (const name of config.BENCH_FAULTS) {
      const fault = FAULTS.find((candidate) => candidate.name === name)!;
      console.log(`${fault.name}: ${config.BENCH_CALLS} calls…`);
      const result = await runDrill(cluster, fault, settings, { prisma, client });
      results.push(result);
      console.log(
        `${fault.name}: ${result.passed ? 'PASS' : 'FAIL'}\n${result.checks.map((check) => `  ${check.failures === 0 ? '✓' : '✗'} ${check.name}: ${check.detail}`).join('\n')}`,
      );
      await allHealthy(cluster);
    }
  } finally {
    await prisma.$disconnect();
    await connection.close();
    cluster.muteRoutineOutput();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('faults');
  await writeFile(out, report(config, results, startedAt, loadAtStart));
  console.log(`written to ${path.relative(process.cwd(), out)}`);
  if (!results.every((result) => result.passed)) process.exitCode = 1;
}

await runFaultsBenchmark(faultsConfig(parseBenchSettings(ZFaultsEnv, process.env)));
