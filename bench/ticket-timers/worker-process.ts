import { fork, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  WORKER_CONFIG_ENV,
  type CollectedSamples,
  type FromWorker,
  type MemorySample,
  type ToWorker,
  type WorkerConfig,
  type WorkerStatus,
} from './protocol';

const WORKER_ENTRY = fileURLToPath(new URL('./worker/main.ts', import.meta.url));
const REPLY_TIMEOUT_MS = 60_000;

/** The benchmark's handle on its worker process: the latest status, peak RSS, and requests answered over IPC. */
export class WorkerProcess {
  /** The newest once-a-second status. */
  latest: WorkerStatus | undefined;
  /** Peak RSS over the status messages. */
  peakRss = 0;
  /** Why the process ended, once it has. */
  private exitReason: string | undefined;
  private readonly exited: Promise<void>;
  private waiters: { snapshot?: (memory: MemorySample) => void; samples?: (collected: CollectedSamples) => void } = {};

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitReason = `the worker process exited (${code ?? signal})`;
        resolve();
      }),
    );
    child.on('message', (message: FromWorker) => this.receive(message));
  }

  /** Forks the worker (`--expose-gc` so memory snapshots can be taken after a GC) and waits until it polls. */
  static async start(config: WorkerConfig, nodeArgs: string[]): Promise<WorkerProcess> {
    const child = fork(WORKER_ENTRY, [], {
      execArgv: ['--import', 'tsx', '--expose-gc', ...nodeArgs],
      env: { ...process.env, [WORKER_CONFIG_ENV]: JSON.stringify(config) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the worker process exited (${code}) before it was ready`)));
      child.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
      });
    });
    const worker = new WorkerProcess(child);
    await ready;
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Throws when the worker died: a dead worker would otherwise look like a slow one. */
  checkAlive(): void {
    if (this.exitReason) throw new Error(this.exitReason);
  }

  /** The worker's memory now, optionally after a full GC. */
  snapshot(gc: boolean): Promise<MemorySample> {
    return this.request({ type: 'snapshot', gc }, (resolve) => (this.waiters.snapshot = resolve));
  }

  /** Every timer sample and the first activity failures. */
  samples(): Promise<CollectedSamples> {
    return this.request({ type: 'samples' }, (resolve) => (this.waiters.samples = resolve));
  }

  /** Asks the worker to shut down gracefully; kills it when it has not exited within a minute. */
  async stop(): Promise<void> {
    this.child.send({ type: 'stop' } satisfies ToWorker);
    const patience = new AbortController();
    const gaveUp = sleep(REPLY_TIMEOUT_MS, 'timeout' as const, { signal: patience.signal }).catch(() => 'exited' as const);
    const outcome = await Promise.race([this.exited.then(() => 'exited' as const), gaveUp]);
    patience.abort(); // the timer must not keep the benchmark alive once the worker is gone
    if (outcome === 'timeout') this.kill();
  }

  kill(): void {
    if (!this.exitReason) this.child.kill('SIGKILL');
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      const { type: _type, ...status } = message;
      this.latest = status;
      this.peakRss = Math.max(this.peakRss, status.memory.rss);
    }
    if (message.type === 'snapshot') this.waiters.snapshot?.(message.memory);
    if (message.type === 'samples') this.waiters.samples?.({ samples: message.samples, failures: message.failures });
  }

  /** A reply from the worker, or an error when it does not come. */
  private request<T>(message: ToWorker, register: (resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no reply from the worker to ${message.type}${this.exitReason ? `: ${this.exitReason}` : ''}`)),
        REPLY_TIMEOUT_MS,
      );
      register((value) => {
        clearTimeout(timer);
        resolve(value);
      });
      this.child.send(message);
    });
  }
}
