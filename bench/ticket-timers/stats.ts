export { percentile, stat, type Stat } from '../shared/stats';

/** One timer that was due during the run, and how late it fired. */
export interface LatenessEntry {
  key: string;
  kind: string;
  /** Its deadline, epoch ms. */
  at: number;
  /** Lateness in ms; a lower bound when censored (the timer had not fired when the wait ended). */
  lateness: number;
  censored: boolean;
}

export interface LatenessStats {
  n: number;
  fired: number;
  /** Percentiles as printed: whole ms, '≥ ' before a value that is only a lower bound, 'n/a' for none. */
  p50: string;
  p90: string;
  p99: string;
  max: string;
  p99Value: number;
  /** Some unfired timers reach the percentiles shown. */
  lowerBound: boolean;
}

/** Percentiles of lateness; a value that is only a lower bound (unfired timers reach it) is shown as ≥. */
export function latenessStats(entries: LatenessEntry[]): LatenessStats {
  const sorted = [...entries].sort((a, b) => a.lateness - b.lateness);
  const firstCensored = sorted.findIndex((e) => e.censored);
  const pick = (p: number) => {
    if (sorted.length === 0) return { text: 'n/a', value: NaN };
    const index = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
    const value = sorted[index]?.lateness ?? NaN;
    return { text: `${firstCensored !== -1 && index >= firstCensored ? '≥ ' : ''}${value.toFixed(0)}`, value };
  };
  const [p50, p90, p99, max] = [pick(50), pick(90), pick(99), pick(100)];
  return {
    n: entries.length,
    fired: entries.filter((e) => !e.censored).length,
    p50: p50.text,
    p90: p90.text,
    p99: p99.text,
    max: max.text,
    p99Value: p99.value,
    lowerBound: firstCensored !== -1,
  };
}
