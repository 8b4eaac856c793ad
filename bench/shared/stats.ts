import os from 'node:os';

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface Stat {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function stat(values: number[]): Stat {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: Math.max(...values),
  };
}

/** The machine's 1-minute load average, to read a run's tail latencies by: above the core count, others competed for the CPU. */
export function loadNote(): string {
  return `load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${os.cpus().length} cores when the report was written`;
}
