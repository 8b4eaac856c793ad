/**
 * Many open TicketWorkflows with SLA timers: how fast they start, what the worker holds in memory,
 * and how late the SLA timers fire (side effect observed − deadline).
 *   npm run bench -- ticket-timers        (writes bench/results/ticket-timers.md)
 *   BENCH_TICKETS=500 npm run bench -- ticket-timers
 * Real parts: the Temporal CLI dev server (in-memory SQLite; BENCH_TEMPORAL_DB=sqlite for a file), one worker in a child
 * process (so its memory is its own), a seeded PostgreSQL database, tickets opened the way the API
 * opens them (openTicket + ticketWorkflowStarter).
 *
 * To have timers fire during the run, tickets belong to benchmark organisations whose own SLA
 * terms are minutes long (24x7, warning at 50 %, level-1 escalation at the breach). Each ticket
 * fires three timers during the run: the first-response warning, breach and escalation. By default
 * (`BENCH_SPREAD_MIN=9-32`) the first-response targets spread over 9–32 min, so the timers fire
 * once all tickets are open and initialized, at a steady ~20 per second (about 35 min in all).
 * `BENCH_SPREAD_MIN=none` is the burst: first response 1–3 min, so every deadline crowds into the
 * minutes while tickets are still being opened. The worker's `recordSlaTimer` activity is wrapped
 * to note, per timer, when its side effect (rows written, event published) was done.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- parameters

const TICKETS = Number(process.env.BENCH_TICKETS ?? 10_000);
const START_CONCURRENCY = Number(process.env.BENCH_START_CONCURRENCY ?? 20);
const PROGRESS_EVERY = Number(process.env.BENCH_PROGRESS_EVERY ?? 1000);
/** 'memory' (the dev server's in-memory SQLite, as the tests use; default) or 'sqlite' (a file in a temp dir). */
const TEMPORAL_DB = process.env.BENCH_TEMPORAL_DB === 'sqlite' ? 'sqlite' : 'memory';
/** After the last ticket's last deadline, how long missing timers may still arrive. */
const GRACE_S = Number(process.env.BENCH_GRACE_S ?? 900);
/** Hard stop for the whole run (starting stops early and the report says so). */
const MAX_MINUTES = Number(process.env.BENCH_MAX_MINUTES ?? (process.env.BENCH_SPREAD_MIN === 'none' ? 22 : 55));
/** Extra Node options for the worker process (diagnostics, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`). */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);

const TASK_QUEUE = 'bench-ticket-timers';
const BENCH_UE_CODE = 'UE-9901';
const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
type BenchPriority = (typeof PRIORITIES)[number];
/** First-response minutes per priority; tickets cycle through the priorities, so deadlines interleave. */
const FIRST_RESPONSE_MIN: Record<BenchPriority, number> = { critical: 1, high: 2, medium: 3, low: 2 };

/** One kind of SLA terms a ticket can get: a benchmark organisation's first-response target for a priority. */
interface TermsSlot {
  org: number;
  priority: BenchPriority;
  minutes: number;
}
/**
 * Without a spread (the burst): one organisation, first response 1–3 min, so every deadline
 * falls within minutes of its ticket's opening. With `BENCH_SPREAD_MIN=from-to` (e.g. 9-32): one
 * target per minute in that range, four per organisation (one per priority), so the deadlines spread
 * over the range and most of them come after all tickets are open.
 */
function termsSlots(spread: string | undefined): TermsSlot[] {
  if (!spread) return PRIORITIES.map((priority) => ({ org: 0, priority, minutes: FIRST_RESPONSE_MIN[priority] }));
  const range = /^(\d+)-(\d+)$/.exec(spread);
  const [from, to] = [Number(range?.[1]), Number(range?.[2])];
  if (!range || from < 1 || to < from) throw new Error(`BENCH_SPREAD_MIN must be from-to minutes or none, e.g. 9-32 (got ${spread})`);
  return Array.from({ length: to - from + 1 }, (_, j) => ({
    org: Math.floor(j / PRIORITIES.length),
    priority: PRIORITIES[j % PRIORITIES.length] ?? 'medium',
    minutes: from + j,
  }));
}
const SPREAD = process.env.BENCH_SPREAD_MIN === 'none' ? undefined : (process.env.BENCH_SPREAD_MIN ?? '9-32');
const SLOTS = termsSlots(SPREAD);
const ORG_COUNT = Math.max(...SLOTS.map((slot) => slot.org)) + 1;
const MAX_TARGET_MIN = Math.max(...SLOTS.map((slot) => slot.minutes));
const RESOLUTION_MIN = 8 * 60; // far beyond the run: resolution timers stay pending
const WARNING_PERCENT = 50;
/** Timers per ticket inside the window: first-response warning, breach, escalation level 1. */
const TIMERS_PER_TICKET = 3;

// ---------------------------------------------------------------- shared shapes

interface WorkerConfig {
  databaseUrl: string;
  address: string;
  namespace: string;
  taskQueue: string;
  bundlePath: string;
}

interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  cachedWorkflows: number;
}

interface WorkerStatusMessage {
  type: 'status';
  memory: MemorySample;
  inFlightActivations: number;
  inFlightActivities: number;
  /** Per activity name: completed, failed. */
  activities: Record<string, [number, number]>;
  /** SDK-reported trouble by kind (slow or failed workflow tasks). */
  problems: Record<string, number>;
  timersObserved: number;
}

/** One successful recordSlaTimer execution: [ticketId, kind, level, at, firstScheduled, attemptScheduled, started, done, attempt]. */
type TimerSample = [number, string, number, number, number, number, number, number, number];

type FromWorker =
  | { type: 'ready' }
  | WorkerStatusMessage
  | { type: 'snapshot'; memory: MemorySample }
  | { type: 'samples'; samples: TimerSample[]; failures: string[] };

type ToWorker = { type: 'snapshot'; gc: boolean } | { type: 'samples' } | { type: 'stop' };

// ---------------------------------------------------------------- the worker process

async function runWorkerProcess(): Promise<void> {
  const { Context } = await import('@temporalio/activity');
  const { DefaultLogger, NativeConnection, Runtime, Worker, makeTelemetryFilterString } = await import('@temporalio/worker');
  const { createActivities } = await import('../activities');
  const { createPrisma } = await import('../infra/db');

  const config = JSON.parse(process.env.BENCH_WORKER_CONFIG ?? '{}') as WorkerConfig;
  const send = (message: FromWorker) => process.send?.(message);
  // SDK and Core warnings are counted by kind (the report lists them); the first few of each are printed.
  const problems: Record<string, number> = {};
  const problemKind = (message: string): string | null => {
    if (message.includes('TMPRL1104')) return 'workflow tasks slower than 5 s (TMPRL1104)';
    if (message.includes('Task not found when completing')) return 'workflow tasks already timed out on the server when completed';
    if (message.includes('Failed to process Workflow Activation')) return 'workflow activations that failed';
    if (message.includes('Failing workflow task')) return null; // the same incident as the line above
    return 'other SDK warnings and errors';
  };
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      const kind = problemKind(entry.message);
      if (kind === null) return;
      problems[kind] = (problems[kind] ?? 0) + 1;
      if ((problems[kind] ?? 0) <= 3) {
        const cause = (entry.meta?.error as Error | undefined)?.message;
        console.error(`[worker] ${entry.level} ${entry.message.slice(0, 200)}${cause ? `: ${cause}` : ''}`);
      }
    }),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }), forward: {} } },
  });
  const prisma = createPrisma(config.databaseUrl); // the worker's default pool, as workers/main.ts
  const connection = await NativeConnection.connect({ address: config.address });

  const counts: Record<string, [number, number]> = {};
  const samples: TimerSample[] = [];
  const failures: string[] = [];
  const base = createActivities({ prisma, onCallNumber: '+15550100911' });

  // Every activity counted (completions, failures); recordSlaTimer also timed per timer.
  const wrapped = Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        const entry = (counts[name] ??= [0, 0]);
        try {
          const result: unknown = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
          entry[0] += 1;
          return result;
        } catch (error) {
          entry[1] += 1;
          if (failures.length < 20) failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
          throw error;
        }
      },
    ]),
  ) as typeof base;
  const activities: typeof base = {
    ...wrapped,
    async recordTicketChange(change) {
      const info = Context.current().info;
      const started = Date.now();
      await wrapped.recordTicketChange(change);
      const timer = change.slaTimer;
      if (!timer) return;
      const input = change;
      samples.push([
        input.ticketId,
        timer.kind,
        timer.level ?? 0,
        timer.at,
        info.scheduledTimestampMs,
        info.currentAttemptScheduledTimestampMs,
        started,
        Date.now(),
        info.attempt,
      ]);
    },
  };

  // The same options as createWorker (workers/worker.ts), with the instrumented activities.
  const worker = await Worker.create({
    connection,
    namespace: config.namespace,
    taskQueue: config.taskQueue,
    activities,
    workflowBundle: { codePath: config.bundlePath },
  });
  const running = worker.run();

  const memory = (): MemorySample => {
    const usage = process.memoryUsage();
    return {
      rss: usage.rss,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      external: usage.external,
      cachedWorkflows: worker.getStatus().numCachedWorkflows,
    };
  };
  const ticker = setInterval(() => {
    const status = worker.getStatus();
    send({
      type: 'status',
      memory: memory(),
      inFlightActivations: status.numInFlightWorkflowActivations,
      inFlightActivities: status.numInFlightActivities,
      activities: counts,
      problems,
      timersObserved: samples.length,
    });
  }, 1000);

  process.on('message', (message: ToWorker) => {
    if (message.type === 'snapshot') {
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'snapshot', memory: memory() });
    } else if (message.type === 'samples') {
      send({ type: 'samples', samples, failures });
    } else if (message.type === 'stop') {
      clearInterval(ticker);
      worker.shutdown();
    }
  });
  process.on('disconnect', () => {
    // The benchmark died: do not linger.
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  send({ type: 'ready' });
  try {
    await running;
  } finally {
    clearInterval(ticker);
    await connection.close();
    await prisma.$disconnect();
    process.disconnect?.();
  }
}

// ---------------------------------------------------------------- /proc helpers (Linux)

const CLK_TCK = 100;

function readStat(pid: number, tid?: number): { comm: string; state: string; ppid: number; cpuS: number } | null {
  try {
    const text = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    const comm = text.slice(text.indexOf('(') + 1, close);
    return { comm, state: fields[0] ?? '?', ppid: Number(fields[1]), cpuS: (Number(fields[11]) + Number(fields[12])) / CLK_TCK };
  } catch {
    return null;
  }
}

function rssOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

interface ThreadCpu {
  tid: number;
  comm: string;
  main: boolean;
  cpu: number;
}

/** CPU seconds per thread of a process. */
function threadCpu(pid: number): Map<number, { comm: string; cpuS: number }> {
  const threads = new Map<number, { comm: string; cpuS: number }>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
      const stat = readStat(pid, tid);
      if (stat) threads.set(tid, { comm: stat.comm, cpuS: stat.cpuS });
    }
  } catch {
    // the process is gone
  }
  return threads;
}

/** Threads by CPU used between two readings, busiest first. */
function threadDelta(
  pid: number,
  before: Map<number, { comm: string; cpuS: number }>,
  after: Map<number, { comm: string; cpuS: number }>,
): ThreadCpu[] {
  return [...after]
    .map(([tid, t]) => ({ tid, comm: t.comm, main: tid === pid, cpu: t.cpuS - (before.get(tid)?.cpuS ?? 0) }))
    .sort((a, b) => b.cpu - a.cpu);
}

function pids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** Busy and total jiffies of the whole machine. */
function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: (total - idle) / CLK_TCK, total: total / CLK_TCK };
}

/** CPU seconds of the PostgreSQL backends serving one database (those alive when sampled). */
class BackendCpu {
  private first = new Map<number, number>();
  private last = new Map<number, number>();
  constructor(private readonly database: string) {}
  sample(): void {
    for (const pid of pids()) {
      const stat = readStat(pid);
      if (!stat || stat.comm !== 'postgres') continue;
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmdline.includes(` ${this.database} `)) continue;
      if (!this.first.has(pid)) this.first.set(pid, stat.cpuS);
      this.last.set(pid, stat.cpuS);
    }
  }
  /** Seconds used since each backend was first seen (new backends count from their first sample). */
  seconds(): number {
    let total = 0;
    for (const [pid, last] of this.last) total += last - (this.first.get(pid) ?? last);
    return total;
  }
}

// ---------------------------------------------------------------- statistics

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

// ---------------------------------------------------------------- the benchmark process

async function runBenchmark(): Promise<void> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const { DefaultLogger, Runtime } = await import('@temporalio/worker');
  const { openTicket } = await import('../activities/tickets/open-ticket');
  const { ticketWorkflowStarter } = await import('../activities/tickets/start');
  const { findTemporalCli } = await import('../infra/temporal-cli');
  const { createPrisma } = await import('../infra/db');
  const { seed } = await import('../prisma/seed');
  const { createTestDatabase } = await import('../tests/support/database');
  const { repoRoot, workflowBundle } = await import('../tests/support/temporal');

  const benchStartedAt = Date.now();
  const hardStopAt = benchStartedAt + MAX_MINUTES * 60_000;
  const elapsed = () => ((Date.now() - benchStartedAt) / 1000).toFixed(0).padStart(4);
  const log = (line: string) => console.log(`[${elapsed()} s] ${line}`);
  Runtime.install({ logger: new DefaultLogger('WARN') });

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'urackit-bench-timers-'));
  const cli = await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') });
  const code = codeVersion(repoRoot);
  const bundle = await workflowBundle(); // the worker's own: shared domain modules preloaded
  const bundlePath = path.join(tmp, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle.code);

  log(`starting the Temporal dev server (${TEMPORAL_DB === 'sqlite' ? 'SQLite file' : 'in memory'}) and a seeded database`);
  const [env, db] = await Promise.all([
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: cli ? { type: 'existing-path', path: cli } : undefined,
        ui: false,
        ...(TEMPORAL_DB === 'sqlite' ? { dbFilename: path.join(tmp, 'temporal.sqlite') } : {}),
        extraArgs: ['--log-level', 'error'],
      },
    }),
    createTestDatabase(),
  ]);
  const serverPid = pids().find((pid) => {
    const stat = readStat(pid);
    return stat?.ppid === process.pid && stat.comm.startsWith('temporal');
  });
  const dbName = new URL(db.url).pathname.slice(1);
  const versions = {
    postgres: '',
    temporal: cli ? path.basename(cli) : 'SDK-downloaded',
  };

  let child: ChildProcess | undefined;
  const opener = createPrisma(db.url, { max: Math.min(20, Math.max(2, START_CONCURRENCY)) });
  try {
    await seed(db.prisma);
    versions.postgres =
      ((await db.prisma.$queryRawUnsafe<{ v: string }[]>("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?').split(' ')[0] ??
      '?';
    const orgIds = await createBenchOrganizations(db.prisma);
    const targetMinutes = new Map(SLOTS.map((slot) => [`${orgIds[slot.org]}/${slot.priority}`, slot.minutes]));

    // ---- the worker, in its own process
    const latest: { status?: WorkerStatusMessage } = {};
    let peakRss = 0;
    let snapshotWaiter: ((memory: MemorySample) => void) | undefined;
    let samplesWaiter: ((message: { samples: TimerSample[]; failures: string[] }) => void) | undefined;
    const config: WorkerConfig = {
      databaseUrl: db.url,
      address: env.address,
      namespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      bundlePath,
    };
    child = fork(fileURLToPath(import.meta.url), ['--worker'], {
      execArgv: ['--import', 'tsx', '--expose-gc', ...WORKER_NODE_ARGS],
      env: { ...process.env, BENCH_WORKER_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const gone: { worker?: string } = {};
    const workerExited = new Promise<number | null>((resolve) =>
      child?.once('exit', (code, signal) => {
        gone.worker = `the worker process exited (${code ?? signal})`;
        resolve(code);
      }),
    );
    /** Stops the run when a part died: a dead worker or server would otherwise look like a slow one. */
    const checkAlive = () => {
      if (gone.worker) throw new Error(gone.worker);
      const server = serverPid ? readStat(serverPid) : undefined;
      if (server === null || server?.state === 'Z') throw new Error('the Temporal dev server exited during the run');
    };
    /** A reply from the worker, or an error when it does not come. */
    const reply = <T>(register: (resolve: (value: T) => void) => void, message: ToWorker) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no reply from the worker to ${message.type}${gone.worker ? `: ${gone.worker}` : ''}`)),
          60_000,
        );
        register((value) => {
          clearTimeout(timer);
          resolve(value);
        });
        toWorker(message);
      });
    const ready = new Promise<void>((resolve, reject) => {
      child?.once('exit', (code) => reject(new Error(`the worker process exited (${code}) before it was ready`)));
      child?.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        if (message.type === 'status') {
          latest.status = message;
          peakRss = Math.max(peakRss, message.memory.rss);
        }
        if (message.type === 'snapshot') snapshotWaiter?.(message.memory);
        if (message.type === 'samples') samplesWaiter?.(message);
      });
    });
    const toWorker = (message: ToWorker) => child?.send(message);
    const snapshot = (gc: boolean) =>
      reply<MemorySample>(
        (resolve) => {
          snapshotWaiter = resolve;
        },
        { type: 'snapshot', gc },
      );
    await ready;
    await sleep(2000);
    const idleMemory = await snapshot(true);
    log(`worker ready (pid ${child.pid}): rss ${mib(idleMemory.rss)} MiB, heap ${mib(idleMemory.heapUsed)} MiB`);

    // ---- start the tickets
    const temporal = { client: env.client, taskQueue: TASK_QUEUE };
    const startWorkflow = ticketWorkflowStarter(temporal);
    const openMs: number[] = [];
    const startMs: number[] = [];
    const startErrors: string[] = [];
    let startErrorCount = 0;
    const ticketIds: number[] = [];
    const pgCpu = new BackendCpu(dbName);
    const cpuSampler = setInterval(() => pgCpu.sample(), 1000);
    pgCpu.sample();
    const cpuBefore = {
      machine: machineCpu(),
      server: serverPid ? (readStat(serverPid)?.cpuS ?? 0) : 0,
      worker: readStat(child.pid ?? 0)?.cpuS ?? 0,
      workerThreads: threadCpu(child.pid ?? 0),
      bench: process.cpuUsage(),
    };

    log(`opening ${TICKETS} tickets, ${START_CONCURRENCY} at a time`);
    const startPhaseBegan = Date.now();
    let next = 0;
    let done = 0;
    let lastMark = { at: startPhaseBegan, done: 0 };
    let stoppedEarly = false;
    await Promise.all(
      Array.from({ length: START_CONCURRENCY }, async () => {
        while (next < TICKETS) {
          checkAlive();
          if (Date.now() > hardStopAt - 8 * 60_000) {
            stoppedEarly = true; // keep time for the timers to fire and the report
            return;
          }
          const index = next++;
          const slot = SLOTS[index % SLOTS.length] ?? { org: 0, priority: 'medium', minutes: 0 };
          const priority = slot.priority;
          const began = performance.now();
          try {
            const { ticket } = await openTicket(
              opener,
              {
                subject: `Benchmark ticket ${index}`,
                description: 'Opened by bench/ticket-timers',
                category: 'general',
                priority,
                organizationId: orgIds[slot.org] ?? 0,
                source: 'api',
              },
              async (ticketId) => {
                const startBegan = performance.now();
                await startWorkflow(ticketId);
                startMs.push(performance.now() - startBegan);
              },
            );
            ticketIds.push(Number(ticket.id));
            openMs.push(performance.now() - began);
          } catch (error) {
            startErrorCount += 1;
            if (startErrors.length < 5) startErrors.push((error as Error).message.split('\n')[0] ?? String(error));
          }
          done += 1;
          if (done % PROGRESS_EVERY === 0 || done === TICKETS) {
            const now = Date.now();
            const overall = done / ((now - startPhaseBegan) / 1000);
            const recent = (done - lastMark.done) / ((now - lastMark.at) / 1000);
            lastMark = { at: now, done };
            const s = latest.status;
            log(
              `opened ${done}/${TICKETS}: ${overall.toFixed(0)}/s overall, ${recent.toFixed(0)}/s last ${PROGRESS_EVERY}; ` +
                `timers observed ${s?.timersObserved ?? 0}; worker rss ${mib(s?.memory.rss ?? 0)} MiB, cached ${s?.memory.cachedWorkflows ?? 0}`,
            );
          }
        }
      }),
    );
    const startPhaseEnded = Date.now();
    const opened = ticketIds.length;
    const afterStartMemory = latest.status?.memory;
    const initializedAt = { at: 0 };

    // ---- wait for the timers (the last ticket's last deadline + grace)
    const expected = opened * TIMERS_PER_TICKET;
    const waitUntil = Math.min(startPhaseEnded + MAX_TARGET_MIN * 60_000 + GRACE_S * 1000, hardStopAt - 60_000);
    log(`${opened} tickets open; waiting for ${expected} SLA timers (until at most ${((waitUntil - benchStartedAt) / 1000).toFixed(0)} s)`);
    let lastLog = 0;
    for (;;) {
      const s = latest.status;
      const initialized = s?.activities.recordTicketChange?.[0] ?? 0;
      if (initializedAt.at === 0 && initialized >= opened) initializedAt.at = Date.now();
      if ((s?.timersObserved ?? 0) >= expected && initializedAt.at !== 0) break;
      if (Date.now() > waitUntil) break;
      checkAlive();
      if (Date.now() - lastLog >= 20_000) {
        lastLog = Date.now();
        log(
          `timers observed ${s?.timersObserved ?? 0}/${expected}; workflows initialized ${initialized}/${opened}; ` +
            `worker rss ${mib(s?.memory.rss ?? 0)} MiB, cached ${s?.memory.cachedWorkflows ?? 0}, in flight ${s?.inFlightActivations ?? 0} wft / ${s?.inFlightActivities ?? 0} act`,
        );
      }
      await sleep(250);
    }
    const waitEnded = Date.now();
    clearInterval(cpuSampler);
    pgCpu.sample();
    const cpuAfter = {
      machine: machineCpu(),
      server: serverPid ? (readStat(serverPid)?.cpuS ?? 0) : 0,
      worker: readStat(child.pid ?? 0)?.cpuS ?? 0,
      workerThreads: threadCpu(child.pid ?? 0),
      bench: process.cpuUsage(cpuBefore.bench),
    };
    const workerThreads = threadDelta(child.pid ?? 0, cpuBefore.workerThreads, cpuAfter.workerThreads);
    const serverMemory = serverPid ? rssOf(serverPid) : null;
    await sleep(1500); // the last status tick
    const finalStatus = latest.status;
    const endMemory = await snapshot(true);
    const { samples, failures } = await reply<{ samples: TimerSample[]; failures: string[] }>(
      (resolve) => {
        samplesWaiter = resolve;
      },
      { type: 'samples' },
    );

    // ---- what the read model and the server say
    const [escalationRows, breachedRows, running] = await Promise.all([
      db.prisma.$queryRawUnsafe<{ rows: bigint; tickets: bigint }[]>(
        `SELECT count(*) AS rows, count(DISTINCT e.ticket_id) AS tickets FROM ticket_escalations e JOIN support_tickets t ON t.id = e.ticket_id WHERE t.organization_id = ANY($1) AND e.trigger = 'sla_breach'`,
        orgIds,
      ),
      db.prisma.supportTicket.count({ where: { organizationId: { in: orgIds }, slaBreached: true } }),
      env.client.workflow.count(`TaskQueue = "${TASK_QUEUE}" AND ExecutionStatus = "Running"`).then(
        (result) => result.count,
        () => NaN,
      ),
    ]);

    toWorker({ type: 'stop' });
    const exitCode = await Promise.race([workerExited, sleep(60_000).then(() => 'timeout' as const)]);
    if (exitCode === 'timeout') child.kill('SIGKILL');
    child = undefined;

    // ---- every timer that should have fired, from the tickets' creation times and the policy
    const ticketRows = await db.prisma.$queryRawUnsafe<{ id: number; org: number; created: Date; code: BenchPriority }[]>(
      `SELECT t.id, t.organization_id AS org, t.created_at AS created, p.code FROM support_tickets t JOIN ticket_priorities p ON p.id = t.priority_id WHERE t.organization_id = ANY($1)`,
      orgIds,
    );
    const due = new Map<string, number>();
    for (const row of ticketRows) {
      const firstResponseMs = (targetMinutes.get(`${row.org}/${row.code}`) ?? NaN) * 60_000;
      const created = row.created.getTime();
      due.set(`${row.id}/warning/0`, created + Math.floor((firstResponseMs * WARNING_PERCENT) / 100));
      due.set(`${row.id}/breach/0`, created + firstResponseMs);
      due.set(`${row.id}/escalate/1`, created + firstResponseMs);
    }

    // ---- numbers
    const firstByKey = new Map<string, TimerSample>();
    let duplicates = 0;
    let retried = 0;
    for (const sample of samples) {
      const [ticketId, kind, level] = sample;
      if (sample[8] > 1) retried += 1;
      const key = `${ticketId}/${kind}/${level}`;
      const seen = firstByKey.get(key);
      if (seen) duplicates += 1;
      if (!seen || sample[7] < seen[7]) firstByKey.set(key, sample);
    }
    const fired = [...firstByKey.values()];
    let deadlineMismatches = 0;
    for (const [key, sample] of firstByKey) if (due.get(key) !== sample[3]) deadlineMismatches += 1;
    // Lateness of every due timer: exact when it fired; when it did not, at least (end of the wait − deadline).
    const entries: Entry[] = [...due]
      .filter(([, at]) => at < waitEnded)
      .map(([key, at]) => {
        const sample = firstByKey.get(key);
        return { key, at, v: sample ? sample[7] - at : waitEnded - at, censored: !sample };
      });
    const kindOf = (entry: Entry) => entry.key.split('/')[1];
    const lat = (list: Entry[]) => latenessStats(list);
    const allL = lat(entries);
    const byKindL = (['warning', 'breach', 'escalate'] as const).map((kind) => ({
      kind,
      ...lat(entries.filter((e) => kindOf(e) === kind)),
    }));
    const duringL = lat(entries.filter((e) => e.at <= startPhaseEnded));
    const afterL = lat(entries.filter((e) => e.at > startPhaseEnded));
    const minuteRows: string[] = [];
    const minutes = new Map<number, Entry[]>();
    for (const entry of entries) {
      const minute = Math.floor((entry.at - startPhaseBegan) / 60_000);
      const list = minutes.get(minute);
      if (list) list.push(entry);
      else minutes.set(minute, [entry]);
    }
    for (const minute of [...minutes.keys()].sort((a, b) => a - b)) {
      const list = minutes.get(minute) ?? [];
      const l = lat(list);
      minuteRows.push(`| ${minute}–${minute + 1} | ${list.length} | ${l.fired} | ${l.p50} | ${l.p99} | ${l.max} |`);
    }
    const stats = (values: number[]) => ({
      n: values.length,
      p50: percentile(values, 50),
      p90: percentile(values, 90),
      p99: percentile(values, 99),
      max: Math.max(...values),
    });
    // Where the time goes, for the first timer of each wake-up (warning and breach):
    const wakeUps = fired.filter((s) => s[1] !== 'escalate');
    const breakdown = {
      wake: stats(wakeUps.map((s) => s[4] - s[3])), // deadline → activity scheduled (server timer + workflow task)
      queue: stats(wakeUps.map((s) => s[6] - s[5])), // scheduled → activity running in the worker
      exec: stats(wakeUps.map((s) => s[7] - s[6])), // the activity's own DB writes
    };
    const activityFailures = Object.values(finalStatus?.activities ?? {}).reduce((sum, [, failed]) => sum + failed, 0);
    const missing = entries.filter((e) => e.censored).length;
    const startSeconds = (startPhaseEnded - startPhaseBegan) / 1000;
    const windowSeconds = (waitEnded - startPhaseBegan) / 1000;
    const cpu = {
      window: windowSeconds,
      server: cpuAfter.server - cpuBefore.server,
      worker: cpuAfter.worker - cpuBefore.worker,
      bench: (cpuAfter.bench.user + cpuAfter.bench.system) / 1e6,
      postgres: pgCpu.seconds(),
      machine: cpuAfter.machine.busy - cpuBefore.machine.busy,
      capacity: cpuAfter.machine.total - cpuBefore.machine.total,
    };
    const ours = cpu.server + cpu.worker + cpu.bench + cpu.postgres;
    const sdkFailures = Object.entries(finalStatus?.problems ?? {})
      .filter(([kind]) => !kind.includes('slower than'))
      .reduce((sum, [, n]) => sum + n, 0);
    const errors = startErrorCount + activityFailures + Math.max(0, missing) + duplicates + sdkFailures;

    const startRow = `| ${opened} / ${TICKETS}${stoppedEarly ? ' (stopped early)' : ''} | ${START_CONCURRENCY} | ${startSeconds.toFixed(1)} | ${(opened / startSeconds).toFixed(0)} | ${ms(percentile(openMs, 50))} | ${ms(percentile(openMs, 99))} | ${ms(percentile(startMs, 50))} | ${ms(percentile(startMs, 99))} | ${initializedAt.at ? ((initializedAt.at - startPhaseBegan) / 1000).toFixed(1) : 'not all'} | ${startErrorCount} |`;
    const latenessRow = (label: string, s: ReturnType<typeof latenessStats>) =>
      `| ${label} | ${s.fired} / ${s.n} | ${s.p50} | ${s.p90} | ${s.p99} | ${s.max} |`;
    const memoryRow = (label: string, m: MemorySample | undefined) =>
      m
        ? `| ${label} | ${mib(m.rss)} | ${mib(m.heapUsed)} | ${mib(m.heapTotal)} | ${mib(m.external)} | ${m.cachedWorkflows} |`
        : `| ${label} | n/a | | | | |`;
    const share = (seconds: number) => `${seconds.toFixed(0)} s (${((seconds / cpu.window) * 100).toFixed(0)} % of one core)`;

    console.log('');
    console.log(
      `started ${opened} in ${startSeconds.toFixed(1)} s = ${(opened / startSeconds).toFixed(0)} workflows/s; all initialized after ${initializedAt.at ? ((initializedAt.at - startPhaseBegan) / 1000).toFixed(1) + ' s' : 'n/a'}`,
    );
    console.log(
      `timers fired ${fired.length}/${expected}; lateness p50 ${allL.p50} ms, p90 ${allL.p90} ms, p99 ${allL.p99} ms, max ${allL.max} ms`,
    );
    console.log(
      `worker rss ${mib(idleMemory.rss)} → ${mib(endMemory.rss)} MiB (peak ${mib(peakRss)}), heap ${mib(idleMemory.heapUsed)} → ${mib(endMemory.heapUsed)} MiB`,
    );
    console.log(
      `errors: ${startErrorCount} start, ${activityFailures} activity failures, ${Math.max(0, missing)} timers missing, ${duplicates} duplicate timer effects, ${retried} retried`,
    );

    const verdict = allL.p99Value <= 1000 && !allL.lowerBound ? 'met' : 'not met';
    const notes = bottleneckNotes({
      breakdown,
      cpu,
      ours,
      startRate: opened / startSeconds,
      cached: endMemory.cachedWorkflows,
      opened,
      duringStarts: duringL,
      afterStarts: afterL,
      threads: workerThreads,
    });
    const report = `# Ticket SLA timers at scale

Command: \`BENCH_TICKETS=${TICKETS} BENCH_START_CONCURRENCY=${START_CONCURRENCY}${SPREAD ? ` BENCH_SPREAD_MIN=${SPREAD}` : ''} BENCH_MAX_MINUTES=${MAX_MINUTES}${TEMPORAL_DB === 'sqlite' ? ' BENCH_TEMPORAL_DB=sqlite' : ''} npm run bench -- ticket-timers\`.
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${versions.postgres}, Temporal CLI 1.9.1 (server 1.32), ${new Date().toISOString().slice(0, 10)}.
The machine is shared: other processes used ${Math.max(0, cpu.machine - ours).toFixed(0)} of the ${cpu.machine.toFixed(0)} busy CPU-seconds during the measured ${cpu.window.toFixed(0)} s (capacity ${cpu.capacity.toFixed(0)} CPU-seconds).

Code: ${code}.
Setup: Temporal CLI dev server (\`TestWorkflowEnvironment.createLocal\`, ${TEMPORAL_DB === 'sqlite' ? 'persisting to a SQLite file in a temp dir' : 'in-memory SQLite'}, binary from \`infra/temporal-cli.ts\`);
one worker in a child process with the same options as \`createWorker\` (default cache and slots, the shared domain modules preloaded) and
\`createActivities\` whose \`recordSlaTimer\` is wrapped to time each timer; a PostgreSQL database cloned from the migrated
template and seeded, plus ${termsText()}, resolution ${RESOLUTION_MIN / 60} h, warning at
${WARNING_PERCENT} %, escalation level 1 at the breach. Tickets cycle through those terms and are opened by the
benchmark process as the API does (\`openTicket\`: row + first message + event, then \`ticketWorkflowStarter\`),
${START_CONCURRENCY} at a time. Each ticket fires ${TIMERS_PER_TICKET} timers in the window (first-response warning, breach, escalation);
its resolution timers stay pending, so every workflow is still open at the end.
Lateness = when \`recordSlaTimer\` finished its writes (escalation row, flags, \`pg_notify\`) − the timer's deadline.

## Start

| tickets opened | concurrency | time to start all s | start rate wf/s | open p50 ms | open p99 ms | \`workflow.start\` p50 ms | \`workflow.start\` p99 ms | all workflows initialized at s | start errors |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${startRow}

"Open" is the whole API path (3 SQL statements in a transaction, two lookups, \`pg_notify\`, the start call);
"initialized" is when the last workflow had loaded its context and written its first \`recordTicketChange\`.

## Timer lateness (ms)

| timers | fired / due | p50 | p90 | p99 | max |
|---|---:|---:|---:|---:|---:|
${latenessRow('all', allL)}
${byKindL.map((k) => latenessRow(k.kind, k)).join('\n')}
${latenessRow('due while tickets were still being opened', duringL)}
${latenessRow('due after the last ticket was opened', afterL)}

Fired ${fired.length} of ${entries.length} due (${expected} expected in all). Goal (issue): p99 lateness ≤ 1 s — **${verdict}**.
Deadlines are recomputed from each ticket's \`created_at\` and the policy (${deadlineMismatches} fired timers disagreed with that).
A timer that had not fired when the wait ended counts with (end of wait − deadline), a lower bound, shown as ≥.
An escalation is due at the same instant as its breach; the workflow records the two concurrently.

By deadline, in minutes after the first ticket was opened (the start phase lasted ${startSeconds.toFixed(0)} s):

| deadline minute | due | fired | p50 | p99 | max |
|---|---:|---:|---:|---:|---:|
${minuteRows.join('\n')}

Where the time goes, for warnings and breaches (ms):

| stage | p50 | p90 | p99 | max |
|---|---:|---:|---:|---:|
| deadline → activity scheduled (server timer, workflow task${endMemory.cachedWorkflows < opened ? ', replay after cache eviction' : ''}) | ${ms(breakdown.wake.p50)} | ${ms(breakdown.wake.p90)} | ${ms(breakdown.wake.p99)} | ${ms(breakdown.wake.max)} |
| scheduled → running in the worker | ${ms(breakdown.queue.p50)} | ${ms(breakdown.queue.p90)} | ${ms(breakdown.queue.p99)} | ${ms(breakdown.queue.max)} |
| activity's own writes | ${ms(breakdown.exec.p50)} | ${ms(breakdown.exec.p90)} | ${ms(breakdown.exec.p99)} | ${ms(breakdown.exec.max)} |

## Worker memory (child process)

| when | RSS MiB | heap used MiB | heap total MiB | external MiB | cached workflows |
|---|---:|---:|---:|---:|---:|
${memoryRow('idle, before the tickets (after GC)', idleMemory)}
${memoryRow('right after the last start', afterStartMemory)}
${memoryRow('end: all timers fired (after GC)', endMemory)}
| peak RSS (1 s samples) | ${mib(peakRss)} | | | | |

Heap is the worker's main V8 isolate (activities, Prisma, SDK); the workflow sandboxes live in the SDK's workflow
thread and are counted in RSS only. Temporal dev server RSS at the end: ${serverMemory ? `${mib(serverMemory.rss)} MiB (peak ${mib(serverMemory.hwm)} MiB)` : 'n/a'}.

## CPU during the measured ${cpu.window.toFixed(0)} s (2 cores = ${(2 * cpu.window).toFixed(0)} CPU-seconds)

| process | CPU |
|---|---:|
| Temporal dev server | ${share(cpu.server)} |
| worker | ${share(cpu.worker)} |
| worker, per thread (busiest first) | ${workerThreads
      .slice(0, 4)
      .map((t) => `${t.main ? 'main' : `${t.comm} ${t.tid}`} ${t.cpu.toFixed(0)} s`)
      .join(', ')} |
| benchmark (opening tickets, client) | ${share(cpu.bench)} |
| PostgreSQL backends of the benchmark database (approx.) | ${share(cpu.postgres)} |
| everything else on the machine | ${share(Math.max(0, cpu.machine - ours))} |

## Errors

${errors === 0 ? 'None: ' : ''}${startErrorCount} failed opens${startErrors.length ? ` (${startErrors.join('; ')})` : ''}, ${activityFailures} activity failures${failures.length ? ` (${[...new Set(failures)].slice(0, 3).join('; ')})` : ''},
${Math.max(0, missing)} timers not fired in time, ${duplicates} duplicate timer side effects, ${retried} retried \`recordSlaTimer\` attempts.
Reported by the SDK in the worker: ${
      Object.entries(finalStatus?.problems ?? {})
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ') || 'nothing'
    }.
Read model: ${escalationRows[0]?.rows ?? 0} SLA escalation rows on ${escalationRows[0]?.tickets ?? 0} tickets, ${breachedRows} tickets flagged breached (${opened} expected each);
workflows still running on the server: ${Number.isNaN(running) ? 'n/a' : running} (${opened} expected).

## Bottlenecks observed

${notes}
`;
    const out = process.env.BENCH_RESULTS_FILE ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'ticket-timers.md');
    await writeFile(out, report);
    console.log(`written to ${path.relative(process.cwd(), out)}`);
  } finally {
    if (child) child.kill('SIGKILL');
    await opener.$disconnect();
    await env.teardown();
    await db.drop();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The commit measured, and the files of the measured code that differed from it. */
function codeVersion(repoRoot: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'workflows', 'activities', 'domain', 'workers'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .map((line) => line.slice(3).trim())
      .filter(Boolean);
    return `commit ${head}${dirty.length ? ` plus uncommitted changes to ${dirty.join(', ')}` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

function termsText(): string {
  if (!SPREAD) {
    const targets = PRIORITIES.map((p) => `${p} ${FIRST_RESPONSE_MIN[p]} min`).join(', ');
    return `a benchmark organisation (${BENCH_UE_CODE}, open 24x7) whose own SLA terms are 24x7, first response ${targets}`;
  }
  return (
    `${ORG_COUNT} benchmark organisations (open 24x7) whose own SLA terms are 24x7 with first-response targets of ` +
    `${SLOTS[0]?.minutes}–${MAX_TARGET_MIN} min, one per minute (${SLOTS.length} terms, one per organisation and priority)`
  );
}

/** The benchmark organisations (UE-9901, UE-9902, …) and their minutes-long SLA terms. */
async function createBenchOrganizations(prisma: import('../infra/db').PrismaClient): Promise<number[]> {
  const ids: number[] = [];
  for (let org = 0; org < ORG_COUNT; org++) {
    const minutesOf = (priority: BenchPriority) =>
      SLOTS.find((slot) => slot.org === org && slot.priority === priority)?.minutes ?? MAX_TARGET_MIN;
    ids.push(await createBenchOrganization(prisma, org, minutesOf));
  }
  return ids;
}

async function createBenchOrganization(
  prisma: import('../infra/db').PrismaClient,
  index: number,
  minutesOf: (priority: BenchPriority) => number,
): Promise<number> {
  const allDay = [['00:00', '24:00']];
  const org = await prisma.organization.create({
    data: {
      ueCode: `UE-${9901 + index}`,
      name: `Benchmark Timers ${index + 1}`,
      timezone: 'UTC',
      businessCalendar: {
        timezone: 'UTC',
        weekly: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay },
        holidays: [],
      },
    },
  });
  for (const code of PRIORITIES) {
    const priority = await prisma.ticketPriority.findUniqueOrThrow({ where: { code } });
    await prisma.slaPolicy.create({
      data: {
        name: `Benchmark ${code}`,
        priorityId: priority.id,
        organizationId: org.id,
        firstResponseMinutes: minutesOf(code),
        resolutionMinutes: RESOLUTION_MIN,
        warningPercent: WARNING_PERCENT,
        escalationLevels: [{ level: 1, after: 'breach', notify: 'assignee', delayMinutes: 0 }],
        businessHoursOnly: false,
      },
    });
  }
  return org.id;
}

interface Entry {
  key: string;
  at: number;
  /** Lateness in ms; a lower bound when censored (the timer had not fired when the wait ended). */
  v: number;
  censored: boolean;
}

/** Percentiles of lateness; a value that is only a lower bound (unfired timers reach it) is shown as ≥. */
function latenessStats(entries: Entry[]) {
  const sorted = [...entries].sort((a, b) => a.v - b.v);
  const firstCensored = sorted.findIndex((e) => e.censored);
  const pick = (p: number) => {
    if (sorted.length === 0) return { text: 'n/a', value: NaN };
    const index = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
    const value = sorted[index]?.v ?? NaN;
    return { text: `${firstCensored !== -1 && index >= firstCensored ? '≥ ' : ''}${value.toFixed(0)}`, value };
  };
  const [p50, p90, p99, max] = [pick(50), pick(90), pick(99), pick(100)];
  return {
    n: entries.length,
    fired: entries.filter((e) => !e.censored).length,
    p50: p50.text,
    p90: p90.text,
    p99: p99.text,
    max: max.text,
    p99Value: p99.value,
    lowerBound: firstCensored !== -1,
  };
}

interface Stat {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Plain statements read off the numbers of this run. */
function bottleneckNotes(input: {
  breakdown: { wake: Stat; queue: Stat; exec: Stat };
  cpu: { window: number; server: number; worker: number; bench: number; postgres: number; machine: number; capacity: number };
  ours: number;
  startRate: number;
  cached: number;
  opened: number;
  duringStarts: ReturnType<typeof latenessStats>;
  afterStarts: ReturnType<typeof latenessStats>;
  threads: ThreadCpu[];
}): string {
  const { breakdown, cpu } = input;
  const lines: string[] = [];
  const stages = [
    ['the wake-up (server timer + workflow task)', breakdown.wake.p99],
    ['the activity queue (scheduled → running)', breakdown.queue.p99],
    ['the activity writes', breakdown.exec.p99],
  ] as const;
  const worst = [...stages].sort((a, b) => b[1] - a[1])[0];
  if (worst)
    lines.push(
      `- At p99 most of the lateness is in ${worst[0]}: ${ms(worst[1])} ms (the others: ${stages
        .filter((s) => s !== worst)
        .map((s) => `${ms(s[1])} ms`)
        .join(', ')}).`,
    );
  const busiest = [
    ['the Temporal dev server', cpu.server],
    ['the worker', cpu.worker],
    ['the benchmark process', cpu.bench],
    ['PostgreSQL', cpu.postgres],
  ].sort((a, b) => Number(b[1]) - Number(a[1]));
  lines.push(
    `- CPU: the machine was ${((cpu.machine / cpu.capacity) * 100).toFixed(0)} % busy over the window; ${busiest.map(([name, s]) => `${name} ${Number(s).toFixed(0)} s`).join(', ')}.`,
  );
  if (input.duringStarts.n > 0 && input.afterStarts.n > 0) {
    lines.push(
      `- Timers due while tickets were still being opened: p99 ${input.duringStarts.p99} ms; due after: p99 ${input.afterStarts.p99} ms.`,
    );
  }
  const [busiestThread] = input.threads.filter((t) => !t.main);
  if (busiestThread) {
    lines.push(
      `- In the worker, the busiest thread besides the main one (${busiestThread.comm} ${busiestThread.tid}; a thread named node is presumably the SDK's single JS workflow thread, which runs every workflow activation) used ${busiestThread.cpu.toFixed(0)} CPU-seconds, ${((busiestThread.cpu / cpu.window) * 100).toFixed(0)} % of the window; the main thread (activities, Prisma, SDK) ${input.threads.find((t) => t.main)?.cpu.toFixed(0) ?? '?'} s.`,
    );
  }
  if (input.cached < input.opened) {
    lines.push(
      `- The worker's sticky cache held ${input.cached} of ${input.opened} open workflows at the end (SDK default, from the heap limit): evicted workflows replay their history on every wake-up.`,
    );
  }
  return lines.join('\n');
}

if (process.argv.includes('--worker')) await runWorkerProcess();
else await runBenchmark();
