import os from 'node:os';
import { commandLine } from './config';
import { mib, ms } from './format';
import { bottleneckNotes } from './notes';
import type { MemorySample } from './protocol';
import { runFigures, type RunFigures, type RunResult } from './result';
import { percentile, type LatenessStats, type Stat } from './stats';
import { RESOLUTION_MIN, TIMERS_PER_TICKET, WARNING_PERCENT, describeTerms } from './terms';

/** The run as bench/results/ticket-timers.md (the hand-written analysis below it is not regenerated). */
export function renderReport(result: RunResult): string {
  const figures = runFigures(result);
  return [
    `# Ticket SLA timers at scale\n`,
    header(result, figures),
    startSection(result, figures),
    latenessSection(result, figures),
    memorySection(result),
    cpuSection(result, figures),
    errorsSection(result, figures),
    `## Bottlenecks observed\n\n${bottleneckNotes(result, figures)}\n`,
  ].join('\n');
}

/** The lines printed when the run ends. */
export function summaryLines(result: RunResult): string[] {
  const { opened, startSeconds, initializedSeconds, activityFailures } = runFigures(result);
  const { timers, memory, start } = result;
  const all = timers.all;
  return [
    `started ${opened} in ${startSeconds.toFixed(1)} s = ${(opened / startSeconds).toFixed(0)} workflows/s; all initialized after ${initializedSeconds !== null ? initializedSeconds.toFixed(1) + ' s' : 'n/a'}`,
    `timers fired ${timers.fired.length}/${result.expected}; lateness p50 ${all.p50} ms, p90 ${all.p90} ms, p99 ${all.p99} ms, max ${all.max} ms`,
    `worker rss ${mib(memory.idle.rss)} → ${mib(memory.end.rss)} MiB (peak ${mib(memory.peakRss)}), heap ${mib(memory.idle.heapUsed)} → ${mib(memory.end.heapUsed)} MiB`,
    `errors: ${start.errorCount} start, ${activityFailures} activity failures, ${timers.missing} timers missing, ${timers.duplicates} duplicate timer effects, ${timers.retried} retried`,
  ];
}

function header(result: RunResult, { cpu, ours }: RunFigures): string {
  const { config, versions } = result;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const storage = config.temporalDb === 'sqlite' ? 'persisting to a SQLite file in a temp dir' : 'in-memory SQLite';
  return `Command: \`${commandLine(config)}\`.
Machine: ${machine}, Node ${process.version}, PostgreSQL ${versions.postgres}, ${versions.temporal}, ${new Date().toISOString().slice(0, 10)}.
The machine is shared: other processes used ${Math.max(0, cpu.machine - ours).toFixed(0)} of the ${cpu.machine.toFixed(0)} busy CPU-seconds during the measured ${cpu.window.toFixed(0)} s (capacity ${cpu.capacity.toFixed(0)} CPU-seconds).

Code: ${result.code}.
Setup: Temporal CLI dev server (\`TestWorkflowEnvironment.createLocal\`, ${storage}, binary from \`infra/temporal-cli.ts\`);
one worker in a child process with the same options as \`createWorker\` (default cache and slots, the shared domain modules preloaded) and
\`createActivities\` whose \`recordTicketChange\` is wrapped to time each change an SLA timer made (\`slaTimer\` set); a PostgreSQL database cloned from the migrated
template and seeded, plus ${describeTerms(result.terms)}, resolution ${RESOLUTION_MIN / 60} h, warning at
${WARNING_PERCENT} %, escalation level 1 at the breach. Tickets cycle through those terms and are opened by the
benchmark process as the API does (\`openTicket\`: row + first message + event, then \`ticketWorkflowStarter\`),
${config.startConcurrency} at a time. Each ticket fires ${TIMERS_PER_TICKET} timers in the window (first-response warning, breach, escalation);
its resolution timers stay pending, so every workflow is still open at the end.
Lateness = when \`recordTicketChange\` finished projecting the timer's change (ticket row with its SLA flags, escalation row, \`pg_notify\`, one transaction) − the timer's deadline;
the notices that follow it (\`notifyTicketAudience\`) are not part of it.
`;
}

function startSection({ config, start }: RunResult, figures: RunFigures): string {
  const row = [
    `${figures.opened} / ${config.tickets}${start.stoppedEarly ? ' (stopped early)' : ''}`,
    config.startConcurrency,
    figures.startSeconds.toFixed(1),
    figures.startRate.toFixed(0),
    ms(percentile(start.openMs, 50)),
    ms(percentile(start.openMs, 99)),
    ms(percentile(start.startMs, 50)),
    ms(percentile(start.startMs, 99)),
    figures.initializedSeconds !== null ? figures.initializedSeconds.toFixed(1) : 'not all',
    start.errorCount,
  ];
  return `## Start

| tickets opened | concurrency | time to start all s | start rate wf/s | open p50 ms | open p99 ms | \`workflow.start\` p50 ms | \`workflow.start\` p99 ms | all workflows initialized at s | start errors |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| ${row.join(' | ')} |

"Open" is the whole API path (3 SQL statements in a transaction, two lookups, \`pg_notify\`, the start call);
"initialized" is when the last workflow had loaded its context and written its first \`recordTicketChange\`.
`;
}

const latenessRow = (label: string, s: LatenessStats) => `| ${label} | ${s.fired} / ${s.n} | ${s.p50} | ${s.p90} | ${s.p99} | ${s.max} |`;
const stageRow = (label: string, s: Stat) => `| ${label} | ${ms(s.p50)} | ${ms(s.p90)} | ${ms(s.p99)} | ${ms(s.max)} |`;

function latenessSection(result: RunResult, figures: RunFigures): string {
  const { timers } = result;
  const evicted = result.memory.end.cachedWorkflows < figures.opened ? ', replay after cache eviction' : '';
  const minuteRows = timers.byMinute.map(
    ({ minute, stats: l }) => `| ${minute}–${minute + 1} | ${l.n} | ${l.fired} | ${l.p50} | ${l.p99} | ${l.max} |`,
  );
  return `## Timer lateness (ms)

| timers | fired / due | p50 | p90 | p99 | max |
|---|---:|---:|---:|---:|---:|
${latenessRow('all', timers.all)}
${timers.byKind.map((k) => latenessRow(k.kind, k)).join('\n')}
${latenessRow('due while tickets were still being opened', timers.duringStarts)}
${latenessRow('due after the last ticket was opened', timers.afterStarts)}

Fired ${timers.fired.length} of ${timers.entries.length} due (${result.expected} expected in all). Goal (issue): p99 lateness ≤ 1 s — **${figures.goalMet ? 'met' : 'not met'}**.
Deadlines are recomputed from each ticket's \`created_at\` and the policy (${timers.deadlineMismatches} fired timers disagreed with that).
A timer that had not fired when the wait ended counts with (end of wait − deadline), a lower bound, shown as ≥.
An escalation is due at the same instant as its breach; the workflow records the two concurrently.

By deadline, in minutes after the first ticket was opened (the start phase lasted ${figures.startSeconds.toFixed(0)} s):

| deadline minute | due | fired | p50 | p99 | max |
|---|---:|---:|---:|---:|---:|
${minuteRows.join('\n')}

Where the time goes, for warnings and breaches (ms):

| stage | p50 | p90 | p99 | max |
|---|---:|---:|---:|---:|
${stageRow(`deadline → activity scheduled (server timer, workflow task${evicted})`, timers.breakdown.wake)}
${stageRow('scheduled → running in the worker', timers.breakdown.queue)}
${stageRow("activity's own writes", timers.breakdown.exec)}
`;
}

const memoryRow = (label: string, m: MemorySample | undefined) =>
  m
    ? `| ${label} | ${mib(m.rss)} | ${mib(m.heapUsed)} | ${mib(m.heapTotal)} | ${mib(m.external)} | ${m.cachedWorkflows} |`
    : `| ${label} | n/a | | | | |`;

function memorySection({ memory, resources }: RunResult): string {
  const server = resources.serverMemory;
  return `## Worker memory (child process)

| when | RSS MiB | heap used MiB | heap total MiB | external MiB | cached workflows |
|---|---:|---:|---:|---:|---:|
${memoryRow('idle, before the tickets (after GC)', memory.idle)}
${memoryRow('right after the last start', memory.afterStart)}
${memoryRow('end: all timers fired (after GC)', memory.end)}
| peak RSS (1 s samples) | ${mib(memory.peakRss)} | | | | |

Heap is the worker's main V8 isolate (activities, Prisma, SDK); the workflow sandboxes live in the SDK's workflow
thread and are counted in RSS only. Temporal dev server RSS at the end: ${server ? `${mib(server.rss)} MiB (peak ${mib(server.hwm)} MiB)` : 'n/a'}.
`;
}

function cpuSection({ resources }: RunResult, { cpu, ours }: RunFigures): string {
  const share = (seconds: number) => `${seconds.toFixed(0)} s (${((seconds / cpu.window) * 100).toFixed(0)} % of one core)`;
  const threads = resources.workerThreads
    .slice(0, 4)
    .map((t) => `${t.main ? 'main' : `${t.comm} ${t.tid}`} ${t.cpu.toFixed(0)} s`)
    .join(', ');
  return `## CPU during the measured ${cpu.window.toFixed(0)} s (${os.cpus().length} cores = ${(os.cpus().length * cpu.window).toFixed(0)} CPU-seconds)

| process | CPU |
|---|---:|
| Temporal dev server | ${share(cpu.server)} |
| worker | ${share(cpu.worker)} |
| worker, per thread (busiest first) | ${threads} |
| benchmark (opening tickets, client) | ${share(cpu.bench)} |
| PostgreSQL backends of the benchmark database (approx.) | ${share(cpu.postgres)} |
| everything else on the machine | ${share(Math.max(0, cpu.machine - ours))} |
`;
}

function errorsSection(result: RunResult, figures: RunFigures): string {
  const { start, timers, failures, endState } = result;
  const opened = figures.opened;
  const sdkProblems = Object.entries(result.finalStatus?.problems ?? {})
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const running = Number.isNaN(endState.runningWorkflows) ? 'n/a' : endState.runningWorkflows;
  return `## Errors

${figures.errors === 0 ? 'None: ' : ''}${start.errorCount} failed opens${start.errors.length ? ` (${start.errors.join('; ')})` : ''}, ${figures.activityFailures} activity failures${failures.length ? ` (${[...new Set(failures)].slice(0, 3).join('; ')})` : ''},
${timers.missing} timers not fired in time, ${timers.duplicates} duplicate timer side effects, ${timers.retried} retried \`recordTicketChange\` attempts for SLA timers.
Reported by the SDK in the worker: ${sdkProblems || 'nothing'}.
Read model: ${endState.escalationRows} SLA escalation rows on ${endState.escalatedTickets} tickets, ${endState.breachedTickets} tickets flagged breached (${opened} expected each);
workflows still running on the server: ${running} (${opened} expected).
`;
}
