import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ticketWorkflowStarter } from '../../activities/tickets/start';
import { createPrisma, type PrismaClient } from '../../infra/db';
import { analyseTimers } from './analysis';
import type { TicketTimersConfig } from './config';
import { dueTimers } from './deadlines';
import { mib } from './format';
import { openTickets, type StartPhase } from './load';
import { readStat } from './proc';
import { openedTickets, readEndState } from './read-model';
import { renderReport, summaryLines } from './report';
import type { RunResult } from './result';
import { ResourceSampler } from './sampler';
import { startBenchEnvironment, type BenchEnvironment } from './setup';
import { TIMERS_PER_TICKET, benchTerms, type BenchTerms } from './terms';
import { waitForTimers } from './wait';
import { WorkerProcess } from './worker-process';

const TASK_QUEUE = 'bench-ticket-timers';

/** One run's fixed parts, shared by its phases. */
interface Run {
  config: TicketTimersConfig;
  terms: BenchTerms;
  environment: BenchEnvironment;
  worker: WorkerProcess;
  /** The benchmark's own pool for opening tickets, as the API has. */
  opener: PrismaClient;
  startedAt: number;
  hardStopAt: number;
  log: (line: string) => void;
  /** Throws when the worker or the Temporal server died: a dead part would otherwise look like a slow one. */
  checkAlive: () => void;
}

/** Runs the benchmark end to end and writes its report to `config.resultsFile`. */
export async function runTicketTimersBenchmark(config: TicketTimersConfig): Promise<void> {
  const benchStartedAt = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - benchStartedAt) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const terms = benchTerms(config.spread);
  const environment = await startBenchEnvironment(config, terms, log);
  const opener = createPrisma(environment.db.url, { max: Math.min(20, Math.max(2, config.startConcurrency)) });
  let worker: WorkerProcess | undefined;
  try {
    worker = await WorkerProcess.start(
      {
        databaseUrl: environment.db.url,
        address: environment.temporal.address,
        namespace: environment.temporal.namespace ?? 'default',
        taskQueue: TASK_QUEUE,
        bundlePath: environment.bundlePath,
      },
      config.workerNodeArgs,
    );
    const checkAlive = aliveCheck(worker, environment.serverPid);
    const hardStopAt = benchStartedAt + config.maxMinutes * 60_000;
    const result = await measure({ config, terms, environment, worker, opener, startedAt: benchStartedAt, hardStopAt, log, checkAlive });
    console.log('');
    for (const line of summaryLines(result)) console.log(line);
    await writeFile(config.resultsFile, renderReport(result));
    console.log(`written to ${path.relative(process.cwd(), config.resultsFile)}`);
  } finally {
    worker?.kill();
    await opener.$disconnect();
    await environment.teardown();
  }
}

function aliveCheck(worker: WorkerProcess, serverPid: number | undefined): () => void {
  return () => {
    worker.checkAlive();
    const server = serverPid ? readStat(serverPid) : undefined;
    if (server === null || server?.state === 'Z') throw new Error('the Temporal dev server exited during the run');
  };
}

/** Opens the tickets, waits for their timers, and collects what every part observed. */
async function measure(run: Run): Promise<RunResult> {
  const { config, environment, worker, log } = run;
  await sleep(2000);
  const idle = await worker.snapshot(true);
  log(`worker ready (pid ${worker.pid}): rss ${mib(idle.rss)} MiB, heap ${mib(idle.heapUsed)} MiB`);

  const sampler = ResourceSampler.start({ serverPid: environment.serverPid, workerPid: worker.pid, database: environment.databaseName });
  log(`opening ${config.tickets} tickets, ${config.startConcurrency} at a time`);
  const start = await openTickets(run.opener, ticketWorkflowStarter({ client: environment.temporal.client, taskQueue: TASK_QUEUE }), {
    tickets: config.tickets,
    concurrency: config.startConcurrency,
    progressEvery: config.progressEvery,
    slots: run.terms.slots,
    orgIds: environment.orgIds,
    stopOpeningAt: run.hardStopAt - 8 * 60_000, // keep time for the timers to fire and the report
    checkAlive: run.checkAlive,
    workerStatus: () => worker.latest,
    log,
  });
  const afterStart = worker.latest?.memory;

  const opened = start.ticketIds.length;
  const expected = opened * TIMERS_PER_TICKET;
  // The last ticket's last deadline plus the grace, and a minute before the hard stop at the latest.
  const until = Math.min(start.ended + run.terms.maxTargetMinutes * 60_000 + config.graceSeconds * 1000, run.hardStopAt - 60_000);
  log(`${opened} tickets open; waiting for ${expected} SLA timers (until at most ${((until - run.startedAt) / 1000).toFixed(0)} s)`);
  const wait = await waitForTimers({ expected, opened, until, checkAlive: run.checkAlive, workerStatus: () => worker.latest, log });
  const resources = sampler.finish();
  await sleep(1500); // the last status tick
  const finalStatus = worker.latest;
  const end = await worker.snapshot(true);
  const { timers, failures, endState } = await collect(run, start, wait.ended);
  return {
    config,
    terms: run.terms,
    versions: environment.versions,
    code: environment.code,
    start,
    initializedAt: wait.initializedAt,
    waitEnded: wait.ended,
    expected,
    timers,
    memory: { idle, afterStart, end, peakRss: worker.peakRss },
    finalStatus,
    failures,
    resources,
    endState,
  };
}

/** The timer samples from the worker and the end state from the read model; then the worker is stopped and the timers analysed. */
async function collect(run: Run, start: StartPhase, waitEnded: number): Promise<Pick<RunResult, 'timers' | 'failures' | 'endState'>> {
  const { environment, worker } = run;
  const { samples, failures } = await worker.samples();
  const endState = await readEndState(environment.db.prisma, environment.temporal, TASK_QUEUE, environment.orgIds);
  await worker.stop();
  const due = dueTimers(await openedTickets(environment.db.prisma, environment.orgIds), run.terms, environment.orgIds);
  const timers = analyseTimers(samples, due, { startBegan: start.began, startEnded: start.ended, waitEnded });
  return { timers, failures, endState };
}
