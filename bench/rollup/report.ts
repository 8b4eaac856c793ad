import os from 'node:os';
import { loadNote, type Stat } from '../shared/stats';
import type { BackfillTiming } from './backfill';
import type { RollupBenchConfig } from './config';
import type { Generated } from './generate';
import { SLA_INDEX, type RollupTimings } from './measure';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const row = (what: string, timing: Stat) =>
  `| ${what} | ${timing.n} | ${ms(timing.p50)} | ${ms(timing.p90)} | ${ms(timing.p99)} | ${ms(timing.max)} |`;
const count = (value: number) => value.toLocaleString('en-US');

export function rollupReport(
  config: RollupBenchConfig,
  generated: Generated,
  timings: RollupTimings,
  backfill: BackfillTiming | undefined,
): string {
  const tables = Object.keys(generated.rows)
    .map((table) => `| ${table} | ${count(generated.rows[table] ?? 0)} | ${generated.sizes[table]} |`)
    .join('\n');
  const backfillLine = backfill
    ? `| npm run backfill's workflows, ${backfill.days} days (${backfill.days * 24} hourly + ${backfill.days} daily rollups, with price settlement) | ${backfill.seconds.toFixed(1)} s in all, ${(backfill.seconds / backfill.days).toFixed(1)} s a day |`
    : '| backfill through Temporal | skipped (BENCH_BACKFILL_DAYS=0) |';
  return `# Rollups over ${count(config.BENCH_CALLS)} call_logs

Command: \`npm run bench -- rollup\` (\`BENCH_CALLS=${config.BENCH_CALLS} BENCH_DAYS=${config.BENCH_DAYS} BENCH_END=${config.BENCH_END} BENCH_SAMPLE_HOURS=${config.BENCH_SAMPLE_HOURS} BENCH_BACKFILL_DAYS=${config.BENCH_BACKFILL_DAYS}\`).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL 15 (local, default settings), ${new Date().toISOString().slice(0, 10)}; ${loadNote()}.
Setup: a migrated, seeded database; synthetic traffic (tests/support/synthetic-activity.ts) written in time order over
${config.BENCH_DAYS} days, ${Math.round(timings.callsPerHour)} calls an hour on average, across the seeded organisations (a tenth unidentified); a third of
the calls open a ticket, half of those resolved (a fifth late); every call has its AI and Twilio usage, plus usage of
no call (\`/ai/*\`, SMS). Generated in ${generated.seconds.toFixed(0)} s (with VACUUM ANALYZE):

| table | rows | size with indexes |
|---|---:|---:|
${tables}

A rollup is one statement (activities/analytics/rollup-sql.ts), timed as the activity runs it, one at a time:

| rollup | runs | p50 ms | p90 ms | p99 ms | max ms |
|---|---:|---:|---:|---:|---:|
${row('one hour (hourly_metrics), hours spread over the range', timings.hourly)}
${row('the same hours again (nothing changed: nothing written)', timings.hourlyRerun)}
${row(`one hour without \`${SLA_INDEX}\``, timings.hourlyWithoutIndex)}
${row('its SLA part alone (the tickets resolved in the hour), with the index', timings.resolvedScan)}
${row('its SLA part alone, without the index', timings.resolvedScanWithoutIndex)}
${row('one day (daily_metrics)', timings.daily)}

| also | |
|---|---|
| one month of customer_metrics (every organisation) | ${ms(timings.customerMonthMs)} ms |
${backfillLine}

The index the rollup needs: \`${SLA_INDEX}\` on \`support_tickets (resolved_at)\`, added by the migration
\`20261126140000_analytics_rollups\`: SLA met/breached counts the tickets resolved in the window, and without it every
hourly rollup scans the whole ticket table (the rows above: the scan alone, and the whole hour, which other work on this
machine makes noisy). The rest of one hour's aggregate runs on indexes the schema
already had; its plan reads: ${timings.indexesUsed.map((name) => `\`${name}\``).join(', ')}.
`;
}
