/**
 * Readings from Linux's /proc: CPU seconds per process and thread, resident memory, the machine's
 * busy time. Each returns null or an empty reading when the process is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100;

export interface ProcStat {
  comm: string;
  state: string;
  ppid: number;
  cpuSeconds: number;
}

export function readStat(pid: number, tid?: number): ProcStat | null {
  try {
    const text = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    const comm = text.slice(text.indexOf('(') + 1, close);
    return { comm, state: fields[0] ?? '?', ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLK_TCK };
  } catch {
    return null;
  }
}

/** CPU seconds a process has used so far (0 when it is gone). */
export function cpuSecondsOf(pid: number | undefined): number {
  return pid ? (readStat(pid)?.cpuSeconds ?? 0) : 0;
}

/** Resident memory now and its high-water mark, in bytes. */
export function rssOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

export function pids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** A child of this process whose command name starts with `commPrefix`. */
export function findChildProcess(commPrefix: string): number | undefined {
  return pids().find((pid) => {
    const stat = readStat(pid);
    return stat?.ppid === process.pid && stat.comm.startsWith(commPrefix);
  });
}

export type ThreadCpuReading = Map<number, { comm: string; cpuSeconds: number }>;

export interface ThreadCpu {
  tid: number;
  comm: string;
  main: boolean;
  cpu: number;
}

/** CPU seconds per thread of a process. */
export function threadCpu(pid: number): ThreadCpuReading {
  const threads: ThreadCpuReading = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
      const stat = readStat(pid, tid);
      if (stat) threads.set(tid, { comm: stat.comm, cpuSeconds: stat.cpuSeconds });
    }
  } catch {
    // the process is gone
  }
  return threads;
}

/** Threads by CPU used between two readings, busiest first. */
export function threadDelta(pid: number, before: ThreadCpuReading, after: ThreadCpuReading): ThreadCpu[] {
  return [...after]
    .map(([tid, t]) => ({ tid, comm: t.comm, main: tid === pid, cpu: t.cpuSeconds - (before.get(tid)?.cpuSeconds ?? 0) }))
    .sort((a, b) => b.cpu - a.cpu);
}

/** Busy and total CPU-seconds of the whole machine since boot. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: (total - idle) / CLK_TCK, total: total / CLK_TCK };
}

/** CPU seconds of the PostgreSQL backends serving one database (those alive when sampled). */
export class BackendCpu {
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
      if (!this.first.has(pid)) this.first.set(pid, stat.cpuSeconds);
      this.last.set(pid, stat.cpuSeconds);
    }
  }

  /** Seconds used since each backend was first seen (new backends count from their first sample). */
  seconds(): number {
    let total = 0;
    for (const [pid, last] of this.last) total += last - (this.first.get(pid) ?? last);
    return total;
  }
}
