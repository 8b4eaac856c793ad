/**
 * Realtime voice: the latency the voice edge adds to each 20 ms μ-law frame, both ways, against a
 * plain relay that only forwards frames (no signature, no workflow, no marks, no zod), at real-time
 * pace with several concurrent streams; and the tool-call round trip (model's function call →
 * CallWorkflow Update → activity with a DB lookup → function_call_output back at the model).
 *   npm run bench -- realtime                        (writes bench/results/realtime.md)
 *   BENCH_STREAMS=1,5 BENCH_SECONDS=2 BENCH_RESULTS_FILE=/tmp/rt.md npm run bench -- realtime
 * Real parts: Temporal dev server, worker, PostgreSQL (seeded), the voice edge over loopback; the
 * Realtime API is the protocol double of the tests (tests/support/fake-realtime.ts).
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import WebSocket, { WebSocketServer } from 'ws';
import { z } from 'zod';
import { AUTH_TOKEN, startCallHarness, type CallHarness } from '../tests/support/call-harness';
import { GREETING_FRAMES, startFakeRealtime, type FakeRealtime, type FakeRealtimeSession } from '../tests/support/fake-realtime';
import { startFakeTwilioApi, twilioSettingsFor } from '../tests/support/fake-twilio-api';
import { MediaStreamCaller } from '../tools/media-stream-caller';
import { newCallSid } from '../tools/twilio-caller';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from './shared/settings';
import { loadNote, stat, type Stat } from './shared/stats';

const ZRealtimeBenchEnv = z.object({
  BENCH_STREAMS: z
    .string()
    .default('1,20,50')
    .pipe(z.string().regex(/^\d+(,\d+)*$/, 'must be numbers of concurrent streams, e.g. 1,20,50'))
    .transform((value) => value.split(',').map(Number)),
  /** Seconds of audio each stream sends and receives, one 20 ms frame at a time. */
  BENCH_SECONDS: positiveInt.default(5),
  BENCH_TOOL_CALLS: positiveInt.default(100),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type RealtimeBenchConfig = z.infer<typeof ZRealtimeBenchEnv>;

const FRAME_MS = 20;
const KNOWN_CALLER = '+15551042102';

/** A 20 ms frame that names its stream and number, so its arrival can be matched to its departure. */
function taggedFrame(stream: number, seq: number, direction: number): string {
  const frame = Buffer.alloc(160, 0xff);
  frame.writeUInt16BE(stream, 0);
  frame.writeUInt32BE(seq, 2);
  frame.writeUInt8(direction, 6);
  return frame.toString('base64');
}

interface Connected {
  caller: MediaStreamCaller;
  model: FakeRealtimeSession;
}

/** Frames both ways at real-time pace on every stream at once; each frame's transit time, per direction. */
async function pump(streams: Connected[], seconds: number): Promise<{ up: number[]; down: number[] }> {
  const sentAt = new Map<string, number>();
  const up: number[] = [];
  const down: number[] = [];
  const arrived = (samples: number[]) => (payload: string) => {
    const at = sentAt.get(payload);
    if (at === undefined) return;
    samples.push(performance.now() - at);
    sentAt.delete(payload);
  };
  streams.forEach(({ caller, model }) => {
    model.onAppend = arrived(up);
    caller.onAudio = arrived(down);
  });
  const frames = (seconds * 1000) / FRAME_MS;
  for (let seq = 0; seq < frames; seq++) {
    const tickAt = performance.now();
    streams.forEach(({ caller, model }, index) => {
      const toModel = taggedFrame(index, seq, 1);
      sentAt.set(toModel, performance.now());
      caller.sendAudio(toModel);
      const toCaller = taggedFrame(index, seq, 2);
      sentAt.set(toCaller, performance.now());
      model.send({
        type: 'response.output_audio.delta',
        response_id: 'resp_bench',
        item_id: `item_bench_${index}`,
        output_index: 0,
        content_index: 0,
        delta: toCaller,
      });
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, FRAME_MS - (performance.now() - tickAt))));
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // stragglers
  const lost = sentAt.size;
  if (lost > 0) console.warn(`${lost} frames never arrived`);
  return { up, down };
}

/** The voice edge: a real streamed call per stream (dialled, signed upgrade, greeting heard). */
async function edgeStreams(harness: CallHarness, realtime: FakeRealtime, count: number): Promise<Connected[]> {
  const streams: Connected[] = [];
  for (let index = 0; index < count; index++) {
    const phone = harness.caller(KNOWN_CALLER);
    const twiml = await phone.dial();
    if (!twiml.stream) throw new Error('the call was not streamed');
    const caller = await MediaStreamCaller.connect({
      url: twiml.stream.url,
      authToken: AUTH_TOKEN,
      callSid: phone.callSid,
      parameters: {},
    });
    const session = realtime.nextSession();
    caller.start();
    const model = await session;
    await caller.until((heard) => heard.audio.length >= GREETING_FRAMES.length);
    model.autoRespond = false;
    streams.push({ caller, model });
  }
  return streams;
}

/** The baseline: parses each message and forwards the frame, nothing else. */
async function startPlainRelay(realtime: FakeRealtime): Promise<{ url: string; close(): Promise<void> }> {
  const http = createServer();
  const sockets = new WebSocketServer({ server: http });
  sockets.on('connection', (twilio) => {
    let model: WebSocket | undefined;
    let streamSid = '';
    twilio.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { event: string; streamSid?: string; media?: { payload: string } };
      if (message.event === 'start') {
        streamSid = message.streamSid ?? '';
        model = new WebSocket(`${realtime.baseUrl}/realtime?model=plain`);
        model.on('message', (raw) => {
          const event = JSON.parse(raw.toString()) as { type: string; delta?: string };
          if (event.type === 'response.output_audio.delta')
            twilio.send(JSON.stringify({ event: 'media', streamSid, media: { payload: event.delta } }));
        });
      } else if (message.event === 'media' && model?.readyState === WebSocket.OPEN) {
        model.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: message.media?.payload }));
      }
    });
    twilio.on('close', () => model?.close());
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: async () => {
      sockets.close();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

async function plainStreams(relayUrl: string, realtime: FakeRealtime, count: number): Promise<Connected[]> {
  const streams: Connected[] = [];
  for (let index = 0; index < count; index++) {
    const caller = await MediaStreamCaller.connect({ url: relayUrl, authToken: AUTH_TOKEN, callSid: newCallSid(), parameters: {} });
    const session = realtime.nextSession();
    caller.start();
    const model = await session;
    model.autoRespond = false;
    await new Promise((resolve) => setTimeout(resolve, 20)); // the relay's model socket opens
    streams.push({ caller, model });
  }
  return streams;
}

async function hangUpAll(streams: Connected[]): Promise<void> {
  for (const { caller } of streams) caller.stop();
  await Promise.all(streams.map(({ caller }) => caller.closed));
}

/** Sequential function calls on one streamed call, each timed from the model's response.done to the output it gets back. */
async function toolRoundTrips(harness: CallHarness, realtime: FakeRealtime, calls: number): Promise<number[]> {
  const [stream] = await edgeStreams(harness, realtime, 1);
  const samples: number[] = [];
  for (let index = 0; index < calls; index++) {
    const startedAt = performance.now();
    await stream!.model.callFunction('identify_organization', { ueCode: 'UE-1042' });
    samples.push(performance.now() - startedAt);
  }
  await hangUpAll([stream!]);
  return samples;
}

interface Row {
  streams: number;
  edgeUp: Stat;
  edgeDown: Stat;
  plainUp: Stat;
  plainDown: Stat;
}

const ms = (value: number) => value.toFixed(2);

function report(config: RealtimeBenchConfig, rows: Row[], tool: Stat): string {
  const lines = rows.map(
    (row) =>
      `| ${row.streams} | ${ms(row.edgeUp.p50)} / ${ms(row.edgeUp.p99)} | ${ms(row.plainUp.p50)} / ${ms(row.plainUp.p99)} | ${ms(row.edgeDown.p50)} / ${ms(row.edgeDown.p99)} | ${ms(row.plainDown.p50)} / ${ms(row.plainDown.p99)} | ${(row.edgeDown.p99 / row.plainDown.p99).toFixed(1)}× |`,
  );
  return `# Realtime voice relay and tool round trip

\`npm run bench -- realtime\` (BENCH_STREAMS=${config.BENCH_STREAMS.join(',')}, BENCH_SECONDS=${config.BENCH_SECONDS}, BENCH_TOOL_CALLS=${config.BENCH_TOOL_CALLS}).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${loadNote()}.

Each stream sends one 20 ms μ-law frame each way every 20 ms. A frame's transit is timed from the
moment it is written (by the Twilio double or the Realtime double) to the moment the other double
reads it, so it includes both loopback hops and the doubles' own parsing; the plain relay, run in
the same process on the same doubles, is the baseline. p50 / p99 in ms.

| streams | edge up (Twilio→model) | plain up | edge down (model→Twilio) | plain down | down p99 edge/plain |
| ------- | ---------------------- | -------- | ------------------------ | ---------- | ------------------- |
${lines.join('\n')}

Tool round trip (\`identify_organization\`, a PostgreSQL lookup as a local activity, through the
CallWorkflow Update and back to the model), ${tool.n} sequential calls: p50 ${ms(tool.p50)} ms, p90 ${ms(tool.p90)} ms,
p99 ${ms(tool.p99)} ms, max ${ms(tool.max)} ms.
`;
}

async function main(): Promise<void> {
  const config = parseBenchSettings(ZRealtimeBenchEnv, process.env);
  const [realtime, twilioApi] = await Promise.all([startFakeRealtime(), startFakeTwilioApi()]);
  const env = {
    BRAIN: 'realtime',
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_REALTIME_URL: realtime.baseUrl,
    REALTIME_RESPONSE_TIMEOUT_MS: '600000',
  };
  const harness = await startCallHarness({ env, activities: { twilio: twilioSettingsFor(twilioApi) } });
  const relay = await startPlainRelay(realtime);
  try {
    const rows: Row[] = [];
    for (const count of config.BENCH_STREAMS) {
      const edge = await edgeStreams(harness, realtime, count);
      const viaEdge = await pump(edge, config.BENCH_SECONDS);
      await hangUpAll(edge);
      const plain = await plainStreams(relay.url, realtime, count);
      const viaPlain = await pump(plain, config.BENCH_SECONDS);
      await hangUpAll(plain);
      rows.push({
        streams: count,
        edgeUp: stat(viaEdge.up),
        edgeDown: stat(viaEdge.down),
        plainUp: stat(viaPlain.up),
        plainDown: stat(viaPlain.down),
      });
      console.log(JSON.stringify(rows.at(-1)));
    }
    const tool = stat(await toolRoundTrips(harness, realtime, config.BENCH_TOOL_CALLS));
    console.log(JSON.stringify({ tool }));
    const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('realtime');
    await writeFile(out, report(config, rows, tool));
    console.log(`wrote ${out}`);
  } finally {
    await relay.close();
    await harness.close();
    await realtime.close();
    await twilioApi.close();
  }
}

await main();
