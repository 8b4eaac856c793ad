/**
 * The benchmark's worker process (forked by bench/ticket-timers/worker-process.ts): one Temporal
 * worker with the same options as `createWorker` (workers/worker.ts) and the project's activities,
 * instrumented. It reports its status every second and answers the benchmark's requests over IPC.
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../../activities';
import { createPrisma } from '../../../infra/db';
import { WORKER_CONFIG_ENV, ZWorkerConfig, type FromWorker, type MemorySample, type ToWorker } from '../protocol';
import { ActivityRecorder, instrumentActivities } from './instrument';
import { installRuntimeCountingProblems } from './sdk-problems';

const send = (message: FromWorker) => process.send?.(message);

function memoryOf(worker: Worker): MemorySample {
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    cachedWorkflows: worker.getStatus().numCachedWorkflows,
  };
}

/** A status message every second: the benchmark's progress lines, peak RSS and stop conditions read it. */
function reportStatusEverySecond(worker: Worker, recorder: ActivityRecorder, problems: Record<string, number>): NodeJS.Timeout {
  return setInterval(() => {
    const status = worker.getStatus();
    send({
      type: 'status',
      memory: memoryOf(worker),
      inFlightActivations: status.numInFlightWorkflowActivations,
      inFlightActivities: status.numInFlightActivities,
      activities: recorder.counts,
      problems,
      timersObserved: recorder.samples.length,
      openingChangesProjected: recorder.openingChangesProjected,
    });
  }, 1000);
}

function answerBenchmark(worker: Worker, recorder: ActivityRecorder, ticker: NodeJS.Timeout): void {
  process.on('message', (message: ToWorker) => {
    if (message.type === 'snapshot') {
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'snapshot', memory: memoryOf(worker) });
    } else if (message.type === 'samples') {
      send({ type: 'samples', samples: recorder.samples, failures: recorder.failures });
    } else if (message.type === 'stop') {
      clearInterval(ticker);
      worker.shutdown();
    }
  });
  process.on('disconnect', () => {
    // The benchmark died: do not linger.
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
}

async function runBenchWorker(): Promise<void> {
  const config = ZWorkerConfig.parse(JSON.parse(process.env[WORKER_CONFIG_ENV] ?? '{}'));
  const problems = installRuntimeCountingProblems();
  const prisma = createPrisma(config.databaseUrl); // the worker's default pool, as workers/main.ts
  const connection = await NativeConnection.connect({ address: config.address });
  const recorder = new ActivityRecorder();
  const activities = instrumentActivities(createActivities({ prisma, onCallNumber: '+15550100911' }), recorder);

  // The same options as createWorker (workers/worker.ts), with the instrumented activities.
  const worker = await Worker.create({
    connection,
    namespace: config.namespace,
    taskQueue: config.taskQueue,
    activities,
    workflowBundle: { codePath: config.bundlePath },
  });
  const running = worker.run();
  const ticker = reportStatusEverySecond(worker, recorder, problems);
  answerBenchmark(worker, recorder, ticker);
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

await runBenchWorker();
