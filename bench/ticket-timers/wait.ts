import { setTimeout as sleep } from 'node:timers/promises';
import { mib } from './format';
import type { WorkerStatus } from './protocol';

export interface WaitOptions {
  /** Timers that should fire: every opened ticket's warning, breach and escalation. */
  expected: number;
  opened: number;
  /** Give up at this instant (epoch ms) whatever is missing. */
  until: number;
  checkAlive: () => void;
  workerStatus: () => WorkerStatus | undefined;
  log: (line: string) => void;
}

export interface WaitOutcome {
  ended: number;
  /** When every workflow had projected its opening change (0 if not all did). */
  initializedAt: number;
}

/** Waits until every expected timer fired and every workflow initialized, or until the deadline; logs every 20 s. */
export async function waitForTimers(options: WaitOptions): Promise<WaitOutcome> {
  let initializedAt = 0;
  let lastLog = 0;
  for (;;) {
    const s = options.workerStatus();
    const initialized = s?.openingChangesProjected ?? 0;
    if (initializedAt === 0 && initialized >= options.opened) initializedAt = Date.now();
    if ((s?.timersObserved ?? 0) >= options.expected && initializedAt !== 0) break;
    if (Date.now() > options.until) break;
    options.checkAlive();
    if (Date.now() - lastLog >= 20_000) {
      lastLog = Date.now();
      options.log(
        `timers observed ${s?.timersObserved ?? 0}/${options.expected}; workflows initialized ${initialized}/${options.opened}; ` +
          `worker rss ${mib(s?.memory.rss ?? 0)} MiB, cached ${s?.memory.cachedWorkflows ?? 0}, in flight ${s?.inFlightActivations ?? 0} wft / ${s?.inFlightActivities ?? 0} act`,
      );
    }
    await sleep(250);
  }
  return { ended: Date.now(), initializedAt };
}
