import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time per component, read from /proc: it counts work done, not time waited for a core, so it
 * compares runs taken on a busy machine where latency figures cannot. Linux only; elsewhere the
 * children and PostgreSQL read as absent.
 */
export interface CpuComponents {
  /** This process: the load generator, the voice edge and the worker (the call harness runs all three). */
  harnessMs: number;
  /** Child processes of this one (the Temporal dev server and anything it starts). */
  temporalMs: number;
  /** PostgreSQL backends serving this benchmark's database. */
  postgresMs: number;
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ; /proc/<pid>/stat counts in these

interface ProcStat {
  ppid: number;
  cpuMs: number;
}

async function procStat(pid: number): Promise<ProcStat | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [ppid, utime, stime] = [fields[1], fields[11], fields[12]].map(Number);
    return { ppid: ppid!, cpuMs: ((utime! + stime!) * 1000) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return undefined; // gone, or not Linux
  }
}

/** Every descendant of `root`, with its CPU time so far. */
async function descendantsCpuMs(root: number): Promise<number> {
  const entries = await readdir('/proc').catch(() => [] as string[]);
  const stats = new Map<number, ProcStat>();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        const stat = await procStat(Number(name));
        if (stat) stats.set(Number(name), stat);
      }),
  );
  const inTree = new Set([root]);
  let total = 0;
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!inTree.has(pid) && inTree.has(stat.ppid)) {
        inTree.add(pid);
        total += stat.cpuMs;
        grew = true;
      }
    }
  }
  return total;
}

/** CPU time so far, with PostgreSQL's per backend: a pool may open connections during a run. */
export interface CpuSnapshot {
  harnessMs: number;
  temporalMs: number;
  postgresMsByPid: Map<number, number>;
}

/** Reads the CPU time used so far; `postgresPids` are the backends of this benchmark's database now. */
export async function cpuSoFar(postgresPids: readonly number[]): Promise<CpuSnapshot> {
  const own = process.cpuUsage();
  const postgresMsByPid = new Map<number, number>();
  await Promise.all(
    postgresPids.map(async (pid) => {
      const stat = await procStat(pid);
      if (stat) postgresMsByPid.set(pid, stat.cpuMs);
    }),
  );
  return { harnessMs: (own.user + own.system) / 1000, temporalMs: await descendantsCpuMs(process.pid), postgresMsByPid };
}

/** A backend absent before started during the run (all its time counts); one gone by the end is lost, and rare with a pool. */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): CpuComponents {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMsByPid) postgresMs += ms - (before.postgresMsByPid.get(pid) ?? 0);
  return {
    harnessMs: after.harnessMs - before.harnessMs,
    temporalMs: after.temporalMs - before.temporalMs,
    postgresMs,
  };
}
