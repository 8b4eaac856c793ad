/**
 * Turn latency of the voice edge with the rules brain: webhook in → TwiML out, measured by a
 * Twilio double on the same machine, at several numbers of concurrent calls.
 *   npm run bench -- call-latency        (writes bench/results/call-latency.md)
 *   BENCH_LEVELS=1,5 BENCH_CALLS_PER_CALLER=2 BENCH_RESULTS_FILE=/tmp/short.md npm run bench -- call-latency
 * Real parts: Temporal dev server, worker, PostgreSQL (seeded), the voice edge over HTTP.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startCallHarness, type CallHarness } from '../tests/support/call-harness';
import { cpuSoFar, cpuSpent, type CpuComponents } from './shared/cpu';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from './shared/settings';
import { percentile } from './shared/stats';

const ZCallLatencyEnv = z.object({
  /** The numbers of concurrent calls measured, e.g. 1,20,100. */
  BENCH_LEVELS: z
    .string()
    .default('1,20,100')
    .pipe(z.string().regex(/^\d+(,\d+)*$/, 'must be numbers of concurrent calls, e.g. 1,20,100'))
    .transform((value) => value.split(',').map(Number)),
  BENCH_CALLS_PER_CALLER: positiveInt.default(5),
  /** A caller speaks between turns; Twilio's <Gather> posts only after they stop. 0 = back-to-back (saturation). */
  BENCH_THINK_MS: z.coerce.number().nonnegative().default(1500),
  /** Callers in the burst row (a morning outage: everyone dials at once); 0 leaves it out. */
  BENCH_BURST: z.coerce.number().int().nonnegative().default(20),
  /** The burst's callers dial within this window (0: the same instant; 1000: the same second). */
  BENCH_BURST_WINDOW_MS: z.coerce.number().int().nonnegative().default(0),
  /** The back-to-back row (throughput ceiling at 20 callers); 0 leaves it out. */
  BENCH_SATURATION: z.enum(['0', '1']).default('1'),
  /** How many of the script's lines each call plays after the greeting (0: greeting and hang-up only). */
  BENCH_TURNS: z.coerce.number().int().min(0).max(5).default(5),
  /** 1: after each row, wait for the calls' post-call work and report CPU ms per call by process. */
  BENCH_CPU: z.enum(['0', '1']).default('0'),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type CallLatencyConfig = z.infer<typeof ZCallLatencyEnv>;

const SCRIPT = ['my printer says paper jam', 'no', 'no', 'yes that fixed it', 'no thanks, bye'];
const KNOWN_CALLERS = ['+15551042101', '+15551042102', '+15551187101', '+15552305101', '+15553318101'];

interface Samples {
  greeting: number[];
  turn: number[];
  errors: number;
  callSids: string[];
}

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  const result = await work();
  samples.push(performance.now() - startedAt);
  return result;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function oneCall(harness: CallHarness, index: number, samples: Samples, thinkMs: number, turns: number): Promise<void> {
  const caller = harness.caller(KNOWN_CALLERS[index % KNOWN_CALLERS.length]!);
  samples.callSids.push(caller.callSid);
  let turn = await timed(samples.greeting, () => caller.dial());
  for (const line of SCRIPT.slice(0, turns)) {
    if (!turn.gatherAction || turn.status !== 200) break;
    if (thinkMs > 0) await pause(thinkMs * (0.5 + ((index * 7919) % 1000) / 1000));
    turn = await timed(samples.turn, () => caller.say(line));
  }
  if (turn.status !== 200) samples.errors += 1;
  await caller.hangUp('completed');
}

interface Level {
  concurrency: number;
  turns: number;
  callsPerCaller: number;
  thinkMs: number;
  /** Every caller dials once, all within `burstWindowMs` (a burst of greetings). */
  dialTogether?: boolean;
  burstWindowMs?: number;
}

/**
 * Calls arrive as on a real line: the concurrent callers' first calls are spread over one call's
 * length, so `concurrency` calls are in progress at any moment without all dialling in the same
 * instant (`dialTogether` is that burst).
 */
async function runLevel(harness: CallHarness, level: Level): Promise<Samples & { seconds: number; calls: number }> {
  const { concurrency, thinkMs, dialTogether = false } = level;
  const samples: Samples = { greeting: [], turn: [], errors: 0, callSids: [] };
  const calls = dialTogether ? concurrency : Math.max(20, concurrency * level.callsPerCaller);
  const callLengthMs = SCRIPT.length * thinkMs;
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, line) => {
      await pause(dialTogether ? (line * (level.burstWindowMs ?? 0)) / concurrency : (line * callLengthMs) / concurrency);
      while (next < calls) await oneCall(harness, next++, samples, thinkMs, level.turns);
    }),
  );
  return { ...samples, seconds: (performance.now() - startedAt) / 1000, calls };
}

/** The PostgreSQL backends serving the benchmark's database, whose CPU time counts as the database's. */
async function postgresBackends(harness: CallHarness): Promise<number[]> {
  const rows = await harness.db.prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  return rows.map((row) => Number(row.pid));
}

/** Runs a level and, when asked, the CPU it cost: everything from the first dial to the last call's post-call work. */
async function runMeasuredLevel(harness: CallHarness, level: Level, withCpu: boolean) {
  const backendsBefore = withCpu ? await postgresBackends(harness) : [];
  const before = withCpu ? await cpuSoFar(backendsBefore) : undefined;
  const result = await runLevel(harness, level);
  if (!before) return { ...result, cpu: undefined };
  await Promise.all(result.callSids.map((callSid) => harness.finished(callSid).catch(() => undefined)));
  const backendsAfter = new Set([...backendsBefore, ...(await postgresBackends(harness))]);
  return { ...result, cpu: cpuSpent(before, await cpuSoFar([...backendsAfter])) };
}

function cpuRow(label: string, calls: number, turns: number, cpu: CpuComponents): string {
  const perCall = (ms: number) => (ms / calls).toFixed(1);
  const total = cpu.harnessMs + cpu.temporalMs + cpu.postgresMs;
  return `| ${label} | ${calls} | ${turns} | ${perCall(cpu.harnessMs)} | ${perCall(cpu.temporalMs)} | ${perCall(cpu.postgresMs)} | ${perCall(total)} |`;
}

/** The levels in order: each at the configured pause, then 20 back-to-back, then 20 dialling at once. */
async function measure(harness: CallHarness, config: CallLatencyConfig): Promise<{ rows: string[]; cpuRows: string[] }> {
  const { BENCH_CALLS_PER_CALLER: callsPerCaller, BENCH_THINK_MS: thinkMs, BENCH_TURNS: turns } = config;
  await runLevel(harness, { concurrency: 4, callsPerCaller, thinkMs: 0, turns }); // warm-up: bundle loaded, connections open, KB cached
  const runs: Level[] = [
    ...config.BENCH_LEVELS.map((concurrency) => ({ concurrency, callsPerCaller, thinkMs, turns })),
    ...(config.BENCH_SATURATION === '1' ? [{ concurrency: 20, callsPerCaller, thinkMs: 0, turns }] : []),
    ...(config.BENCH_BURST > 0
      ? [
          {
            concurrency: config.BENCH_BURST,
            callsPerCaller,
            thinkMs,
            turns,
            dialTogether: true,
            burstWindowMs: config.BENCH_BURST_WINDOW_MS,
          },
        ]
      : []),
  ];
  const rows: string[] = [];
  const cpuRows: string[] = [];
  for (const run of runs) {
    const result = await runMeasuredLevel(harness, run, config.BENCH_CPU === '1');
    const pauseText = run.thinkMs === 0 ? 'none (back-to-back)' : `${run.thinkMs / 1000} s ±50 %`;
    const burst = run.burstWindowMs ? `, all dialling within ${run.burstWindowMs / 1000} s` : ', all dialling at once';
    const label = `${run.concurrency}${run.dialTogether ? burst : ''}`;
    const row = `| ${label} | ${pauseText} | ${result.calls} | ${result.turn.length} | ${percentile(result.turn, 50).toFixed(1)} | ${percentile(result.turn, 99).toFixed(1)} | ${percentile(result.greeting, 50).toFixed(1)} | ${percentile(result.greeting, 99).toFixed(1)} | ${(result.turn.length / result.seconds).toFixed(0)} | ${result.errors} |`;
    rows.push(row);
    console.log(row);
    if (result.cpu) {
      cpuRows.push(cpuRow(label, result.calls, result.turn.length, result.cpu));
      console.log(cpuRows.at(-1));
    }
  }
  return { rows, cpuRows };
}

function cpuSection(config: CallLatencyConfig, cpuRows: string[]): string {
  if (cpuRows.length === 0) return '';
  return `
CPU time per call by process (\`BENCH_CPU=1\`, ${config.BENCH_TURNS} caller turns after the greeting), from the first dial to the
last call's post-call work, read from /proc (work done, so far less sensitive to a busy machine than latency).
The harness process runs the Twilio double, the voice edge and the worker.

| concurrent calls | calls | turns | harness ms/call | Temporal server ms/call | PostgreSQL ms/call | total ms/call |
|---|---:|---:|---:|---:|---:|---:|
${cpuRows.join('\n')}
`;
}

function report(config: CallLatencyConfig, rows: string[], cpuRows: string[]): string {
  return `# Call turn latency (rules brain)

Command: \`npm run bench -- call-latency\` (levels: \`BENCH_LEVELS=${config.BENCH_LEVELS.join(',')}\`, ${config.BENCH_CALLS_PER_CALLER} calls per concurrent caller, at least 20;
\`BENCH_THINK_MS=${config.BENCH_THINK_MS}\` \`BENCH_BURST=${config.BENCH_BURST}\` \`BENCH_BURST_WINDOW_MS=${config.BENCH_BURST_WINDOW_MS}\` \`BENCH_SATURATION=${config.BENCH_SATURATION}\`).
Load average at the end: ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')} (the machine's 2 cores are shared with other work).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Setup: Temporal CLI dev server (in memory), one worker, PostgreSQL 15, voice edge over HTTP on loopback; every
caller runs a ${SCRIPT.length}-turn printer call (greeting, KB search, steps, resolution, goodbye). Latency is
webhook request sent → TwiML received, as the Twilio double sees it (signing included). Callers pause between
turns as people do (\`BENCH_THINK_MS\`, default 1.5 s, varied ±50 %), and the concurrent callers' first calls are
spread over one call's length, as calls arrive on a real line; each caller dials again when its call ends. The
back-to-back row sends turns without pauses to find the throughput ceiling; the last row has every caller dial once,
all in the same instant or within \`BENCH_BURST_WINDOW_MS\` (a burst of greetings).

| concurrent calls | caller pause between turns | calls | turns | turn p50 ms | turn p99 ms | greeting p50 ms | greeting p99 ms | turns/s | errors |
|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Goals (issue 3): turn p50 ≤ 30 ms and p99 ≤ 100 ms at 20 concurrent calls; greeting p99 ≤ 100 ms.
${cpuSection(config, cpuRows)}`;
}

async function runCallLatencyBenchmark(config: CallLatencyConfig): Promise<void> {
  const harness = await startCallHarness();
  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    measured = await measure(harness, config);
  } finally {
    await harness.close();
  }
  const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('call-latency');
  await writeFile(out, report(config, measured.rows, measured.cpuRows));
  console.log(`written to ${path.relative(process.cwd(), out)}`);
}

await runCallLatencyBenchmark(parseBenchSettings(ZCallLatencyEnv, process.env));
