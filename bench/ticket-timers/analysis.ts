import { timerKey } from './deadlines';
import type { TimerSample } from './protocol';
import { latenessStats, stat, type LatenessEntry, type LatenessStats, type Stat } from './stats';

export const TIMER_KINDS = ['warning', 'breach', 'escalate'] as const;

/** Where a timer's lateness goes, for the first timer of each wake-up (warnings and breaches). */
export interface LatenessBreakdown {
  /** Deadline → activity scheduled: the server's timer, the workflow task (and a replay after a cache eviction). */
  wake: Stat;
  /** Scheduled → running in the worker. */
  queue: Stat;
  /** The activity's own writes. */
  exec: Stat;
}

export interface TimerAnalysis {
  /** The first successful sample of each timer. */
  fired: TimerSample[];
  /** Timers whose side effect was observed more than once. */
  duplicates: number;
  /** Samples from a retried attempt. */
  retried: number;
  /** Fired timers whose own deadline differs from the one recomputed from the ticket. */
  deadlineMismatches: number;
  /** Every timer due before the wait ended. */
  entries: LatenessEntry[];
  /** Due timers that had not fired when the wait ended. */
  missing: number;
  all: LatenessStats;
  byKind: (LatenessStats & { kind: string })[];
  /** Due while tickets were still being opened, and after. */
  duringStarts: LatenessStats;
  afterStarts: LatenessStats;
  /** By deadline, in whole minutes after the first ticket was opened. */
  byMinute: { minute: number; stats: LatenessStats }[];
  breakdown: LatenessBreakdown;
}

export interface RunWindow {
  startBegan: number;
  startEnded: number;
  waitEnded: number;
}

/** The first sample of each timer (by when its writes were done), with duplicates and retries counted. */
function firstSamples(samples: TimerSample[]): { firstByKey: Map<string, TimerSample>; duplicates: number; retried: number } {
  const firstByKey = new Map<string, TimerSample>();
  let duplicates = 0;
  let retried = 0;
  for (const sample of samples) {
    if (sample.attempt > 1) retried += 1;
    const key = timerKey(sample.ticketId, sample.kind, sample.level);
    const seen = firstByKey.get(key);
    if (seen) duplicates += 1;
    if (!seen || sample.doneAt < seen.doneAt) firstByKey.set(key, sample);
  }
  return { firstByKey, duplicates, retried };
}

/** Lateness of every due timer: exact when it fired; when it did not, at least (end of the wait − deadline). */
function latenessEntries(due: Map<string, number>, firstByKey: Map<string, TimerSample>, waitEnded: number): LatenessEntry[] {
  return [...due]
    .filter(([, at]) => at < waitEnded)
    .map(([key, at]) => {
      const sample = firstByKey.get(key);
      const kind = key.split('/')[1] ?? '?';
      return { key, kind, at, lateness: sample ? sample.doneAt - at : waitEnded - at, censored: !sample };
    });
}

function byMinute(entries: LatenessEntry[], startBegan: number): TimerAnalysis['byMinute'] {
  const minutes = new Map<number, LatenessEntry[]>();
  for (const entry of entries) {
    const minute = Math.floor((entry.at - startBegan) / 60_000);
    const list = minutes.get(minute);
    if (list) list.push(entry);
    else minutes.set(minute, [entry]);
  }
  return [...minutes.keys()].sort((a, b) => a - b).map((minute) => ({ minute, stats: latenessStats(minutes.get(minute) ?? []) }));
}

function breakdownOf(fired: TimerSample[]): LatenessBreakdown {
  // An escalation is recorded concurrently with its breach: the breach stands for that wake-up.
  const wakeUps = fired.filter((s) => s.kind !== 'escalate');
  return {
    wake: stat(wakeUps.map((s) => s.firstScheduledAt - s.deadline)),
    queue: stat(wakeUps.map((s) => s.startedAt - s.attemptScheduledAt)),
    exec: stat(wakeUps.map((s) => s.doneAt - s.startedAt)),
  };
}

/** The timer figures of a run: what fired, how late, and where the time went. */
export function analyseTimers(samples: TimerSample[], due: Map<string, number>, window: RunWindow): TimerAnalysis {
  const { firstByKey, duplicates, retried } = firstSamples(samples);
  let deadlineMismatches = 0;
  for (const [key, sample] of firstByKey) if (due.get(key) !== sample.deadline) deadlineMismatches += 1;
  const entries = latenessEntries(due, firstByKey, window.waitEnded);
  const fired = [...firstByKey.values()];
  return {
    fired,
    duplicates,
    retried,
    deadlineMismatches,
    entries,
    missing: entries.filter((e) => e.censored).length,
    all: latenessStats(entries),
    byKind: TIMER_KINDS.map((kind) => ({ kind, ...latenessStats(entries.filter((e) => e.kind === kind)) })),
    duringStarts: latenessStats(entries.filter((e) => e.at <= window.startEnded)),
    afterStarts: latenessStats(entries.filter((e) => e.at > window.startEnded)),
    byMinute: byMinute(entries, window.startBegan),
    breakdown: breakdownOf(fired),
  };
}
