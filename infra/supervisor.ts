import type { ManagedProcess } from './processes';

/** How long a restarted process waits, doubling from `firstMs` to `capMs`. */
export interface Backoff {
  firstMs: number;
  capMs: number;
  /** A process that stayed up this long is healthy again: its next crash waits `firstMs` again. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 500, capMs: 30_000, resetAfterMs: 60_000 };

export interface SupervisorOptions {
  name: string;
  /** Starts one instance of the process; called again after every crash. */
  start: () => ManagedProcess;
  /** Polled after each restart until it answers; the supervisor then says the process is back. */
  healthy?: () => Promise<boolean>;
  backoff?: Backoff;
  log?: (line: string) => void;
}

export interface Supervised {
  name: string;
  /** The instance running now (a new one after each restart). */
  current(): ManagedProcess;
  restarts(): number;
  muteRoutineOutput(): void;
  /** Stops the process for good: no restart follows. */
  stop(): Promise<void>;
}

/** The wait before restart number `restart` (1-based) of a process that crashed soon after starting. */
export function backoffDelay(restart: number, backoff: Backoff): number {
  return Math.min(backoff.capMs, backoff.firstMs * 2 ** Math.max(0, restart - 1));
}

function describeExit(child: ManagedProcess['child'], code: number | null): string {
  return child.signalCode ? `signal ${child.signalCode}` : `code ${code}`;
}

async function pollHealthy(healthy: () => Promise<boolean>, gaveUp: () => boolean): Promise<boolean> {
  while (!gaveUp()) {
    if (await healthy().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * Keeps a service running: when it exits without being asked to, it is started again after a
 * backoff that doubles with each crash in a row (capped), so a crash loop neither spins the CPU
 * nor gives up. Other processes are not touched: the rest of the system keeps serving.
 */
export function supervise(options: SupervisorOptions): Supervised {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const log = options.log ?? ((line: string) => console.error(line));
  let instance = options.start();
  let startedAt = Date.now();
  let restarts = 0;
  let crashesInARow = 0;
  let stopped = false;
  let muted = false;
  let pendingRestart: NodeJS.Timeout | undefined;

  const restart = () => {
    pendingRestart = undefined;
    if (stopped) return;
    restarts += 1;
    instance = options.start();
    if (muted) instance.muteRoutineOutput();
    startedAt = Date.now();
    watch(instance);
    const { healthy } = options;
    if (healthy) {
      void pollHealthy(healthy, () => stopped || instance.child.exitCode !== null || instance.child.signalCode !== null).then(
        (up) => up && log(`${options.name} is back and healthy (restart ${restarts})`),
      );
    }
  };

  const watch = (watched: ManagedProcess) => {
    void watched.exited.then((code) => {
      if (stopped || watched !== instance) return;
      crashesInARow = Date.now() - startedAt >= backoff.resetAfterMs ? 1 : crashesInARow + 1;
      const delay = backoffDelay(crashesInARow, backoff);
      log(
        `${options.name} exited unexpectedly (${describeExit(watched.child, code)}); restarting in ${(delay / 1000).toFixed(1)} s` +
          ` (crash ${crashesInARow} in a row; the wait doubles up to ${backoff.capMs / 1000} s; the rest keeps running)`,
      );
      pendingRestart = setTimeout(restart, delay);
    });
  };
  watch(instance);

  return {
    name: options.name,
    current: () => instance,
    restarts: () => restarts,
    muteRoutineOutput() {
      muted = true;
      instance.muteRoutineOutput();
    },
    async stop() {
      stopped = true;
      if (pendingRestart) clearTimeout(pendingRestart);
      await instance.stop();
    },
  };
}
