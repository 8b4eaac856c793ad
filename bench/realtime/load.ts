import type { FakeRealtime, FakeRealtimeSession } from '../../tests/support/fake-realtime';
import { GREETING_FRAMES } from '../../tests/support/fake-realtime';
import { MediaStreamCaller } from '../../tools/media-stream-caller';
import { TwilioCaller, newCallSid } from '../../tools/twilio-caller';
import type { RelayProcess } from './processes';

/*
 * The load generator: Twilio's and the Realtime API's doubles for N streams, each sending one 20 ms
 * μ-law frame each way every 20 ms, and the transit time of every frame.
 */

export const FRAME_MS = 20;
export const AUTH_TOKEN = 'bench-twilio-auth-token';
const KNOWN_CALLER = '+15551042102';
/** Calls dialled at once while streams are set up (each is a Temporal workflow start and Update). */
const DIAL_BATCH = 10;
/** How long frames still in flight when the last is sent may take before they count as lost. */
const STRAGGLERS_MS = 5000;

export interface Connected {
  caller: MediaStreamCaller;
  model: FakeRealtimeSession;
}

/** A 20 ms frame that names its stream and number, so its arrival can be matched to its departure. */
function taggedFrame(stream: number, seq: number, direction: number): string {
  const frame = Buffer.alloc(160, 0xff);
  frame.writeUInt16BE(stream, 0);
  frame.writeUInt32BE(seq, 2);
  frame.writeUInt8(direction, 6);
  return frame.toString('base64');
}

/** One real streamed call through the edge: dialled, signed upgrade, greeting heard. */
async function edgeStream(edge: RelayProcess, realtime: FakeRealtime): Promise<Connected> {
  const phone = new TwilioCaller({ baseUrl: edge.httpUrl, authToken: AUTH_TOKEN, from: KNOWN_CALLER });
  const twiml = await phone.dial();
  if (!twiml.stream) throw new Error('the call was not streamed (is BRAIN=realtime reaching the edge?)');
  const caller = await MediaStreamCaller.connect({ url: twiml.stream.url, authToken: AUTH_TOKEN, callSid: phone.callSid, parameters: {} });
  // Dialled in parallel, a stream may claim another stream's session: the frames are matched by
  // content, not by pairing, so the transit times are right either way.
  const session = realtime.nextSession();
  caller.start();
  const model = await session;
  await caller.until((heard) => heard.audio.length >= GREETING_FRAMES.length);
  return { caller, model };
}

/** `count` streamed calls through the edge, dialled a batch at a time; the model then speaks only when the load says. */
export async function edgeStreams(edge: RelayProcess, realtime: FakeRealtime, count: number): Promise<Connected[]> {
  const streams: Connected[] = [];
  while (streams.length < count) {
    const batch = Math.min(DIAL_BATCH, count - streams.length);
    streams.push(...(await Promise.all(Array.from({ length: batch }, () => edgeStream(edge, realtime)))));
  }
  for (const { model } of streams) model.autoRespond = false;
  return streams;
}

export async function plainStreams(relay: RelayProcess, realtime: FakeRealtime, count: number): Promise<Connected[]> {
  const streams: Connected[] = [];
  for (let index = 0; index < count; index++) {
    const caller = await MediaStreamCaller.connect({ url: relay.streamUrl, authToken: AUTH_TOKEN, callSid: newCallSid(), parameters: {} });
    const session = realtime.nextSession();
    caller.start();
    const model = await session;
    model.autoRespond = false;
    await new Promise((resolve) => setTimeout(resolve, 5)); // the relay's model socket opens
    streams.push({ caller, model });
  }
  return streams;
}

export async function hangUpAll(streams: Connected[]): Promise<void> {
  for (const { caller } of streams) caller.stop();
  await Promise.all(streams.map(({ caller }) => caller.closed));
}

export interface Transits {
  /** Twilio → model, ms per frame. */
  up: number[];
  /** Model → Twilio. */
  down: number[];
  /** Frames sent in the measured window that never arrived. */
  lost: number;
}

/**
 * Frames both ways at real-time pace on every stream; each frame's transit time, per direction.
 * Streams are spread evenly over the 20 ms period, as independent calls would be (all of them
 * sending in the same millisecond would measure a burst's queue instead). Frames of the first
 * `warmUpMs` are not timed (JIT, socket buffers). `relayed` spans every frame, warm-up included,
 * from the first sent to the last arrived: CPU read at its ends is what relaying all of them cost,
 * even when the relay falls behind.
 */
export async function pump(
  streams: Connected[],
  window: { warmUpMs: number; seconds: number },
  relayed: { start(): void; end(): void },
): Promise<Transits> {
  const inFlight = new Map<string, { at: number; timed: boolean }>();
  const transits: Transits = { up: [], down: [], lost: 0 };
  const arrived = (samples: number[]) => (payload: string) => {
    const sent = inFlight.get(payload);
    if (sent === undefined) return;
    if (sent.timed) samples.push(performance.now() - sent.at);
    inFlight.delete(payload);
  };
  for (const { caller, model } of streams) {
    model.onAppend = arrived(transits.up);
    caller.onAudio = arrived(transits.down);
  }
  const warmUpFrames = Math.ceil(window.warmUpMs / FRAME_MS);
  const frames = warmUpFrames + (window.seconds * 1000) / FRAME_MS;
  const begin = performance.now() + 10;
  relayed.start();
  const finished = streams.map(
    ({ caller, model }, index) =>
      new Promise<void>((resolve) => {
        const phase = (index * FRAME_MS) / streams.length;
        const tick = (seq: number) => {
          const timed = seq >= warmUpFrames;
          const toModel = taggedFrame(index, seq, 1);
          const toCaller = taggedFrame(index, seq, 2);
          inFlight.set(toModel, { at: performance.now(), timed });
          caller.sendAudio(toModel);
          inFlight.set(toCaller, { at: performance.now(), timed });
          model.send({
            type: 'response.output_audio.delta',
            response_id: 'resp_bench',
            item_id: `item_bench_${index}`,
            output_index: 0,
            content_index: 0,
            delta: toCaller,
          });
          if (seq + 1 >= frames) return resolve();
          const due = begin + phase + (seq + 1) * FRAME_MS;
          setTimeout(() => tick(seq + 1), Math.max(0, due - performance.now()));
        };
        setTimeout(() => tick(0), Math.max(0, begin + phase - performance.now()));
      }),
  );
  await Promise.all(finished);
  const giveUpAt = performance.now() + STRAGGLERS_MS;
  while (inFlight.size > 0 && performance.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 2));
  relayed.end();
  transits.lost = inFlight.size;
  for (const { caller, model } of streams) {
    model.onAppend = undefined;
    caller.onAudio = undefined;
  }
  return transits;
}
