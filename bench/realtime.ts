/**
 * Realtime voice: what the voice edge's Media Streams ↔ Realtime bridge costs per 20 ms μ-law frame,
 * against a plain relay that only forwards frames (no signature, no workflow, no marks, no zod).
 *   - relay latency per frame, both ways, p50/p99, edge and plain, at each number of streams;
 *   - CPU per concurrent stream: each relay runs in its own process (the edge as production runs
 *     it, voice-edge/server.ts), the load generator (the Twilio and Realtime doubles) in this one;
 *     the relays' CPU time is read from /proc/<pid>/stat from a level's first frame to its last
 *     (CPU per stream-second holds on a busy machine; the latencies do not);
 *   - the most streams one edge process holds with p99 frame delay ≤ BENCH_MAX_P99_MS: the levels
 *     of BENCH_STREAMS are run in order, stopping after the first that fails;
 *   - the tool-call round trip (model's function call → CallWorkflow Update → activity with a DB
 *     lookup → function_call_output back at the model).
 *   npm run bench -- realtime                        (writes bench/results/realtime.md)
 *   BENCH_STREAMS=1,25,100 BENCH_SECONDS=3 BENCH_RESULTS_FILE=/tmp/rt.md npm run bench -- realtime
 *   BENCH_STREAMS=50,100,200 BENCH_STOP_ON_FAIL=off BENCH_RESULTS_FILE=/tmp/rt.md npm run bench -- realtime
 *                                                    (CPU only, every level, on a busy machine)
 *   BENCH_EDGE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/edge-prof" ...   (profile the edge process)
 * Real parts: Temporal dev server, worker (in this process), PostgreSQL (seeded), the voice edge
 * over loopback; the Realtime API is the protocol double of the tests (tests/support/fake-realtime.ts).
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';
import { startFakeRealtime, type FakeRealtime } from '../tests/support/fake-realtime';
import { startFakeTwilioApi, twilioSettingsFor } from '../tests/support/fake-twilio-api';
import { startDevServer, TEST_PAYLOAD_KEYS_SETTING, testPayloadCodec, workflowBundle } from '../tests/support/temporal';
import { seed } from '../prisma/seed';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createWorker } from '../workers/worker';
import { AUTH_TOKEN, FRAME_MS, edgeStreams, hangUpAll, plainStreams, pump, type Connected, type Transits } from './realtime/load';
import { cpuMsOf, startEdgeProcess, startPlainRelayProcess, type RelayProcess } from './realtime/processes';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from './shared/settings';
import { loadNote, stat, type Stat } from './shared/stats';

const ZRealtimeBenchEnv = z.object({
  BENCH_STREAMS: z
    .string()
    .default('1,25,50,100,200,300,400,600,800')
    .pipe(z.string().regex(/^\d+(,\d+)*$/, 'must be numbers of concurrent streams, e.g. 1,25,100'))
    .transform((value) => value.split(',').map(Number)),
  /** Seconds of audio each stream sends and receives at each level, after the warm-up. */
  BENCH_SECONDS: positiveInt.default(5),
  BENCH_WARMUP_MS: z.coerce.number().int().min(0).default(1000),
  /** A level passes when the edge's p99 frame transit, both ways, is at most this. */
  BENCH_MAX_P99_MS: z.coerce.number().positive().default(5),
  /** off: run every level even after one fails (CPU figures on a busy machine, where latency says little). */
  BENCH_STOP_ON_FAIL: z.enum(['on', 'off']).default('on'),
  BENCH_TOOL_CALLS: positiveInt.default(100),
  /** Extra node flags for the edge process, space-separated (e.g. --cpu-prof --cpu-prof-dir=/tmp/p). */
  BENCH_EDGE_NODE_ARGS: z
    .string()
    .default('')
    .transform((value) => value.split(' ').filter(Boolean)),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type RealtimeBenchConfig = z.infer<typeof ZRealtimeBenchEnv>;

const TASK_QUEUE = 'realtime-bench';
/** The idle window starts this long after the last call, once its loose ends (workflow replies, GC) are done. */
const IDLE_SETTLE_MS = 3000;
const IDLE_WINDOW_MS = 3000;

/** CPU ms per second of a process (and of this one, the load generator) over a window. */
interface CpuWindow {
  relayMsPerS: number;
  loadMsPerS: number;
  /** The relay's CPU above its idle use, per stream-second of audio relayed (frames both ways). */
  relayPerStreamSecond: number;
}

interface Measured {
  transits: Transits;
  cpu: CpuWindow;
}

/** Frames through `streams`, with the CPU time the relay and this process spent relaying them. */
async function measure(relay: RelayProcess, streams: Connected[], config: RealtimeBenchConfig, idleMsPerS: number): Promise<Measured> {
  let from = { relay: 0, load: 0, at: 0 };
  let cpu: CpuWindow = { relayMsPerS: NaN, loadMsPerS: NaN, relayPerStreamSecond: NaN };
  const ownCpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const audioSeconds = config.BENCH_WARMUP_MS / 1000 + config.BENCH_SECONDS;
  const transits = await pump(
    streams,
    { warmUpMs: config.BENCH_WARMUP_MS, seconds: config.BENCH_SECONDS },
    {
      start: () => (from = { relay: cpuMsOf(relay.pid), load: ownCpuMs(), at: performance.now() }),
      end: () => {
        const seconds = (performance.now() - from.at) / 1000;
        const relayMs = cpuMsOf(relay.pid) - from.relay;
        cpu = {
          relayMsPerS: relayMs / seconds,
          loadMsPerS: (ownCpuMs() - from.load) / seconds,
          relayPerStreamSecond: Math.max(0, relayMs - idleMsPerS * seconds) / (streams.length * audioSeconds),
        };
      },
    },
  );
  return { transits, cpu };
}

/** What a relay process uses with no stream at all (timers, metrics, the Temporal client), ms per second. */
async function idleCpu(relay: RelayProcess): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
  const before = cpuMsOf(relay.pid);
  await new Promise((resolve) => setTimeout(resolve, IDLE_WINDOW_MS));
  return ((cpuMsOf(relay.pid) - before) / IDLE_WINDOW_MS) * 1000;
}

interface Side {
  up: Stat;
  down: Stat;
  lost: number;
  cpu: CpuWindow;
  /** The relay's CPU above its idle use, per stream: ms per second of audio. */
  cpuPerStream: number;
}

interface Row {
  streams: number;
  edge: Side;
  plain: Side;
  passed: boolean;
}

function side(measured: Measured): Side {
  const { transits, cpu } = measured;
  return { up: stat(transits.up), down: stat(transits.down), lost: transits.lost, cpu, cpuPerStream: cpu.relayPerStreamSecond };
}

/** Sequential function calls on one streamed call, each timed from the model's response.done to the output it gets back. */
async function toolRoundTrips(edge: RelayProcess, realtime: FakeRealtime, calls: number): Promise<number[]> {
  const [stream] = await edgeStreams(edge, realtime, 1);
  const samples: number[] = [];
  for (let index = 0; index < calls; index++) {
    const startedAt = performance.now();
    await stream!.model.callFunction('identify_organization', { ueCode: 'UE-1042' });
    samples.push(performance.now() - startedAt);
  }
  await hangUpAll([stream!]);
  return samples;
}

const ms = (value: number) => value.toFixed(2);
const p50p99 = (value: Stat) => `${ms(value.p50)} / ${ms(value.p99)}`;
const perCore = (cpuPerStream: number) => (cpuPerStream > 0 ? Math.floor(1000 / cpuPerStream).toString() : '—');

function progressLine(row: Row): string {
  const { edge, plain } = row;
  return (
    `${row.streams} streams: edge up ${p50p99(edge.up)} down ${p50p99(edge.down)} ms, ${edge.cpu.relayMsPerS.toFixed(0)} CPU ms/s ` +
    `(${edge.cpuPerStream.toFixed(3)} a stream, ${perCore(edge.cpuPerStream)} streams a core); ` +
    `plain up ${p50p99(plain.up)} down ${p50p99(plain.down)} ms, ${plain.cpu.relayMsPerS.toFixed(0)} CPU ms/s; ` +
    `load generator ${edge.cpu.loadMsPerS.toFixed(0)} / ${plain.cpu.loadMsPerS.toFixed(0)} CPU ms/s; ` +
    `lost ${edge.lost} / ${plain.lost}; ${row.passed ? 'pass' : 'FAIL'}`
  );
}

function report(config: RealtimeBenchConfig, rows: Row[], idle: { edge: number; plain: number }, tool: Stat): string {
  const latency = rows.map(
    (row) =>
      `| ${row.streams} | ${p50p99(row.edge.up)} | ${p50p99(row.plain.up)} | ${p50p99(row.edge.down)} | ${p50p99(row.plain.down)} | ${ms(row.edge.down.p50 - row.plain.down.p50)} | ${row.passed ? 'yes' : 'no'} |`,
  );
  const cpu = rows.map(
    (row) =>
      `| ${row.streams} | ${row.edge.cpu.relayMsPerS.toFixed(0)} | ${row.edge.cpuPerStream.toFixed(3)} | ${perCore(row.edge.cpuPerStream)} | ${row.plain.cpu.relayMsPerS.toFixed(0)} | ${row.plain.cpuPerStream.toFixed(3)} | ${(row.edge.cpuPerStream / row.plain.cpuPerStream).toFixed(1)}× | ${row.edge.cpu.loadMsPerS.toFixed(0)} |`,
  );
  const held = rows.filter((row) => row.passed).at(-1);
  const failed = rows.find((row) => !row.passed);
  return `# Realtime voice relay and tool round trip

\`npm run bench -- realtime\` (BENCH_STREAMS=${config.BENCH_STREAMS.join(',')}, BENCH_SECONDS=${config.BENCH_SECONDS}, BENCH_WARMUP_MS=${config.BENCH_WARMUP_MS}, BENCH_TOOL_CALLS=${config.BENCH_TOOL_CALLS}).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${loadNote()}.

The voice edge (voice-edge/server.ts, as production runs it) and the plain relay each run in a process
of their own; the load generator — Twilio's and the Realtime API's doubles — and the worker run in the
benchmark's. Each stream sends one 20 ms μ-law frame each way every 20 ms, the streams spread evenly
over the 20 ms period. A frame's transit is timed from the moment one double writes it to the moment
the other reads it, so it includes both loopback hops and the doubles' own parsing. p50 / p99 in ms.

## Most streams one edge holds at p99 ≤ ${config.BENCH_MAX_P99_MS} ms

${held ? `**${held.streams}**` : 'none of the levels'}${failed ? ` (${failed.streams} failed)` : ' (no level failed; try more streams)'}.

| streams | edge up (Twilio→model) | plain up | edge down (model→Twilio) | plain down | down p50 added | p99 ≤ ${config.BENCH_MAX_P99_MS} ms |
| ------- | ---------------------- | -------- | ------------------------ | ---------- | -------------- | --------- |
${latency.join('\n')}

## CPU per concurrent stream

CPU time (user + system) of each relay process from its level's first frame sent to its last frame
received (warm-up included), from /proc/<pid>/stat; per stream-second of audio relayed both ways,
after the process's idle use (edge ${idle.edge.toFixed(1)} ms/s, plain ${idle.plain.toFixed(1)} ms/s with no stream). Streams per
core = 1000 / (CPU ms/s per stream). The load generator's own CPU is the last column: near 1000 it,
not the relay, limits the latency figures.

| streams | edge CPU ms/s | edge per stream | edge streams/core | plain CPU ms/s | plain per stream | edge/plain | load gen ms/s |
| ------- | ------------- | --------------- | ----------------- | -------------- | ---------------- | ---------- | ------------- |
${cpu.join('\n')}

## Tool round trip

\`identify_organization\` (a PostgreSQL lookup as a local activity, through the CallWorkflow Update and
back to the model), ${tool.n} sequential calls: p50 ${ms(tool.p50)} ms, p90 ${ms(tool.p90)} ms, p99 ${ms(tool.p99)} ms, max ${ms(tool.max)} ms.
`;
}

interface Stack {
  temporal: TestWorkflowEnvironment;
  db: TestDatabase;
  close(): Promise<void>;
}

/** Temporal, PostgreSQL (seeded) and a worker in this process: what the edge's calls run on. */
async function startBackend(activities: Parameters<typeof twilioSettingsFor>[0]): Promise<Stack> {
  const [temporal, db] = await Promise.all([startDevServer(), createTestDatabase()]);
  await seed(db.prisma);
  const worker = await createWorker({
    connection: temporal.nativeConnection,
    namespace: temporal.namespace ?? 'default',
    taskQueue: TASK_QUEUE,
    payloadCodec: testPayloadCodec,
    deps: { prisma: db.prisma, temporal: { client: temporal.client, taskQueue: TASK_QUEUE }, twilio: twilioSettingsFor(activities) },
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return {
    temporal,
    db,
    async close() {
      worker.shutdown();
      await running;
      await temporal.teardown();
      await db.drop();
    },
  };
}

async function levels(
  config: RealtimeBenchConfig,
  edge: RelayProcess,
  plain: RelayProcess,
  realtime: FakeRealtime,
  idle: { edge: number; plain: number },
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of config.BENCH_STREAMS) {
    const viaEdge = await edgeStreams(edge, realtime, count);
    const edgeMeasured = await measure(edge, viaEdge, config, idle.edge);
    await hangUpAll(viaEdge);
    const viaPlain = await plainStreams(plain, realtime, count);
    const plainMeasured = await measure(plain, viaPlain, config, idle.plain);
    await hangUpAll(viaPlain);
    const edgeSide = side(edgeMeasured);
    const passed = Math.max(edgeSide.up.p99, edgeSide.down.p99) <= config.BENCH_MAX_P99_MS && edgeSide.lost === 0;
    const row: Row = { streams: count, edge: edgeSide, plain: side(plainMeasured), passed };
    rows.push(row);
    console.log(progressLine(row));
    if (!passed && count > 1 && config.BENCH_STOP_ON_FAIL === 'on') break;
  }
  return rows;
}

async function main(): Promise<void> {
  const config = parseBenchSettings(ZRealtimeBenchEnv, process.env);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const [realtime, twilioApi] = await Promise.all([startFakeRealtime(), startFakeTwilioApi()]);
  const backend = await startBackend(twilioApi);
  const edge = await startEdgeProcess(
    {
      LOG_LEVEL: 'warn',
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TEMPORAL_ADDRESS: backend.temporal.address,
      TEMPORAL_NAMESPACE: backend.temporal.namespace ?? 'default',
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      TEMPORAL_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS_SETTING,
      BRAIN: 'realtime',
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_REALTIME_URL: realtime.baseUrl,
      REALTIME_RESPONSE_TIMEOUT_MS: '600000',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
    },
    config.BENCH_EDGE_NODE_ARGS,
  );
  const plain = await startPlainRelayProcess(realtime.baseUrl);
  try {
    // One call first, so the edge's idle use is measured with its Temporal client and modules warm.
    await hangUpAll(await edgeStreams(edge, realtime, 1));
    const idle = { edge: await idleCpu(edge), plain: await idleCpu(plain) };
    console.log(`idle CPU: edge ${idle.edge.toFixed(1)} ms/s, plain ${idle.plain.toFixed(1)} ms/s; frames every ${FRAME_MS} ms`);
    const rows = await levels(config, edge, plain, realtime, idle);
    const tool = stat(await toolRoundTrips(edge, realtime, config.BENCH_TOOL_CALLS));
    console.log(`tool round trip: p50 ${ms(tool.p50)} ms, p99 ${ms(tool.p99)} ms`);
    const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('realtime');
    await writeFile(out, report(config, rows, idle, tool));
    console.log(`wrote ${out}`);
  } finally {
    await Promise.all([edge.stop(), plain.stop()]);
    await backend.close();
    await realtime.close();
    await twilioApi.close();
  }
}

await main();
