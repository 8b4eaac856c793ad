import { BackendCpu, cpuSecondsOf, machineCpu, rssOf, threadCpu, threadDelta, type ThreadCpu, type ThreadCpuReading } from './proc';

/** CPU-seconds used over the measured window, by part. */
export interface CpuSeconds {
  server: number;
  worker: number;
  /** This process: opening tickets, the Temporal client. */
  bench: number;
  /** The PostgreSQL backends of the benchmark's database (approx.: those alive when sampled). */
  postgres: number;
  /** Busy CPU-seconds of the whole machine, and what it had (cores × seconds). */
  machine: number;
  capacity: number;
}

export interface ResourceUse {
  cpu: CpuSeconds;
  workerThreads: ThreadCpu[];
  serverMemory: { rss: number; hwm: number } | null;
}

interface Reading {
  machine: { busy: number; total: number };
  server: number;
  worker: number;
  workerThreads: ThreadCpuReading;
}

export interface SampledParts {
  serverPid: number | undefined;
  workerPid: number;
  database: string;
}

/** Measures what each part of the run costs between `start` and `finish`. */
export class ResourceSampler {
  private readonly postgres: BackendCpu;
  private readonly ticker: NodeJS.Timeout;
  private readonly before: Reading;
  private readonly benchBefore: NodeJS.CpuUsage;

  private constructor(private readonly parts: SampledParts) {
    // Backends come and go with the pools, so they are looked for every second.
    this.postgres = new BackendCpu(parts.database);
    this.ticker = setInterval(() => this.postgres.sample(), 1000);
    this.postgres.sample();
    this.before = this.read();
    this.benchBefore = process.cpuUsage();
  }

  static start(parts: SampledParts): ResourceSampler {
    return new ResourceSampler(parts);
  }

  finish(): ResourceUse {
    clearInterval(this.ticker);
    this.postgres.sample();
    const after = this.read();
    const bench = process.cpuUsage(this.benchBefore);
    const { serverPid, workerPid } = this.parts;
    return {
      cpu: {
        server: after.server - this.before.server,
        worker: after.worker - this.before.worker,
        bench: (bench.user + bench.system) / 1e6,
        postgres: this.postgres.seconds(),
        machine: after.machine.busy - this.before.machine.busy,
        capacity: after.machine.total - this.before.machine.total,
      },
      workerThreads: threadDelta(workerPid, this.before.workerThreads, after.workerThreads),
      serverMemory: serverPid ? rssOf(serverPid) : null,
    };
  }

  private read(): Reading {
    return {
      machine: machineCpu(),
      server: cpuSecondsOf(this.parts.serverPid),
      worker: cpuSecondsOf(this.parts.workerPid),
      workerThreads: threadCpu(this.parts.workerPid),
    };
  }
}
