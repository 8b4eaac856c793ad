import type { Cluster } from '../../infra/cluster';
import { httpOk, waitFor } from '../../infra/processes';

/** When a fault was under way: 5xx inside `errorsAllowed` are expected (a paused Temporal), nowhere else. */
export interface FaultWindow {
  startedAt: number;
  endedAt: number;
  /** Whether the Twilio double may see 5xx during the window. */
  errorsAllowed: boolean;
  /** What was done, for the report. */
  done: string;
}

export interface Fault {
  name: string;
  /** One line for the report. */
  title: string;
  inject(cluster: Cluster): Promise<FaultWindow>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pidOf(cluster: Cluster, service: string): number {
  const pid = cluster.services.get(service)?.current().child.pid;
  if (pid === undefined) throw new Error(`no running ${service} in the cluster`);
  return pid;
}

/** SIGKILL, then wait for the supervisor to bring the copy back and for it to answer /health. */
async function killAndAwaitRestart(cluster: Cluster, service: string, healthUrl: string): Promise<void> {
  const supervised = cluster.services.get(service);
  if (!supervised) throw new Error(`no ${service} in the cluster`);
  const restartsBefore = supervised.restarts();
  process.kill(pidOf(cluster, service), 'SIGKILL');
  await waitFor(`${service} restarted`, async () => supervised.restarts() > restartsBefore && (await httpOk(healthUrl)), 300_000);
}

export const workerKill: Fault = {
  name: 'worker-kill',
  title: '`kill -9` one of the two workers mid-call; the supervisor restarts it',
  async inject(cluster) {
    const startedAt = Date.now();
    await killAndAwaitRestart(cluster, 'worker-1', cluster.healthUrls['worker-1']!);
    return { startedAt, endedAt: Date.now(), errorsAllowed: false, done: 'worker-1 killed with SIGKILL, restarted by the supervisor' };
  },
};

export const postgresRestart: Fault = {
  name: 'postgres-restart',
  title: 'restart the cluster’s PostgreSQL (stop, start on the same data)',
  async inject(cluster) {
    const startedAt = Date.now();
    await cluster.restartDatabase();
    return { startedAt, endedAt: Date.now(), errorsAllowed: false, done: 'embedded PostgreSQL stopped (fast shutdown) and started again' };
  },
};

export const edgeAndApiKill: Fault = {
  name: 'edge-and-api-kill',
  title: '`kill -9` one voice edge and one API copy; HAProxy routes around them, Twilio’s retries are absorbed',
  async inject(cluster) {
    const startedAt = Date.now();
    await Promise.all([
      killAndAwaitRestart(cluster, 'voice-1', cluster.healthUrls['voice-1']!),
      killAndAwaitRestart(cluster, 'api-1', cluster.healthUrls['api-1']!),
    ]);
    return {
      startedAt,
      endedAt: Date.now(),
      errorsAllowed: false,
      done: 'voice-1 and api-1 killed with SIGKILL, restarted by the supervisor',
    };
  },
};

export const TEMPORAL_PAUSE_MS = 10_000;

export const temporalPause: Fault = {
  name: 'temporal-pause',
  title: '`SIGSTOP` the Temporal server for 10 s, then `SIGCONT`',
  async inject(cluster) {
    const pid = cluster.temporalPid;
    if (pid === undefined) throw new Error('the Temporal server was not started by the cluster; it cannot be paused');
    const startedAt = Date.now();
    process.kill(pid, 'SIGSTOP');
    try {
      await pause(TEMPORAL_PAUSE_MS);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // Requests sent during the pause are answered in the seconds after it: they belong to it.
    return {
      startedAt,
      endedAt: Date.now() + 5000,
      errorsAllowed: true,
      done: `Temporal stopped for ${TEMPORAL_PAUSE_MS / 1000} s, then continued`,
    };
  },
};

export const FAULTS: readonly Fault[] = [workerKill, postgresRestart, edgeAndApiKill, temporalPause];
