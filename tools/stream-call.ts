import { writeFile } from 'node:fs/promises';
import { MediaStreamCaller, type EdgeMessage } from './media-stream-caller';
import type { TwilioCaller } from './twilio-caller';
import { FRAME_BYTES, FRAME_MS, recordingWav, ULAW_SILENCE, ulawFrames } from './audio/ulaw';

/**
 * A phone call over Twilio Media Streams, as a person on the line would make it: after the
 * incoming-call webhook, it opens the <Stream> (signed like Twilio), sends audio every 20 ms in real
 * time (the caller's lines, silence in between, as a phone line does), plays the agent's audio out
 * at the pace a handset would (so marks go back when the audio has been heard and barge-in truncates
 * at the right place), presses keys, hangs up, and can keep what the agent said as a WAV file.
 */
export type CallerTurn = { say: string } | { keys: string };

export interface StreamCallOptions {
  phone: TwilioCaller;
  authToken: string;
  /** Where the socket connects (ws://…/twilio/stream); default: the <Stream url> from the TwiML. */
  streamUrl?: (twimlUrl: string) => string;
  turns: readonly CallerTurn[];
  /** The caller's voice: one line → 8 kHz μ-law bytes. */
  voice: (text: string) => Promise<Buffer>;
  /** Start the next line this long after the agent's answer starts, instead of after it ends. */
  bargeInAfterMs?: number;
  /** The agent's answer is over when its audio has played and nothing came for this long. */
  answerQuietMs?: number;
  /** Give up waiting for an answer after this long (the call goes on). */
  answerTimeoutMs?: number;
  /** Write what the agent said (μ-law decoded, 8 kHz 16-bit PCM) to this WAV file. */
  recordPath?: string;
  log?: (line: string) => void;
}

export interface StreamCallResult {
  /** The agent's audio frames (base64 μ-law), in the order they came. */
  received: string[];
  /** The caller's frames that carried speech (base64 μ-law), in the order sent. */
  spoken: string[];
  /** How many times the edge cleared Twilio's buffer (the caller interrupted an answer). */
  clears: number;
}

const SILENT_FRAME = Buffer.alloc(FRAME_BYTES, ULAW_SILENCE).toString('base64');

/** Sends one frame every 20 ms on a schedule that does not drift: speech when queued, else silence. */
class FramePump {
  private readonly queue: string[] = [];
  private drained: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private sent = 0;
  private startedAt = 0;

  constructor(private readonly send: (frame: string) => void) {}

  start(): void {
    this.startedAt = performance.now();
    this.tick();
  }

  private tick(): void {
    this.send(this.queue.shift() ?? SILENT_FRAME);
    this.sent += 1;
    if (this.queue.length === 0) for (const resolve of this.drained.splice(0)) resolve();
    const due = this.startedAt + this.sent * FRAME_MS - performance.now();
    this.timer = setTimeout(() => this.tick(), Math.max(0, due));
  }

  /** Resolves once the last of these frames is on the wire. */
  speak(frames: readonly string[]): Promise<void> {
    this.queue.push(...frames);
    return new Promise((resolve) => this.drained.push(resolve));
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const resolve of this.drained.splice(0)) resolve();
  }
}

/** What the handset has played: audio plays in real time after it arrives; marks go back once played. */
class Playout {
  private playsUntil = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private marksSeen = 0;
  lastAudioAt = 0;
  audioSince = 0;
  framesSince = 0;
  clears = 0;

  constructor(private readonly stream: MediaStreamCaller) {}

  readonly onMessage = (message: EdgeMessage): void => {
    const now = performance.now();
    if (message.event === 'media') {
      const milliseconds = Buffer.from(message.media.payload, 'base64').length / 8;
      this.playsUntil = Math.max(now, this.playsUntil) + milliseconds;
      if (this.framesSince === 0) this.audioSince = now;
      this.framesSince += 1;
      this.lastAudioAt = now;
    } else if (message.event === 'mark') {
      const heard = ++this.marksSeen;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.stream.hearUpTo(heard);
      }, this.playsUntil - now);
      this.timers.add(timer);
    } else {
      // Twilio empties its buffer on clear and returns the marks still waiting in it.
      this.clears += 1;
      this.playsUntil = now;
      this.cancelTimers();
      this.stream.hearUpTo(this.marksSeen);
    }
  };

  /** A new answer is awaited from now on. */
  expectAnswer(): void {
    this.framesSince = 0;
  }

  answerPlayed(now: number, quietMs: number): boolean {
    return this.framesSince > 0 && now >= this.playsUntil && now - this.lastAudioAt >= quietMs;
  }

  cancelTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

export async function streamCall(options: StreamCallOptions): Promise<StreamCallResult> {
  const log = options.log ?? (() => undefined);
  const quietMs = options.answerQuietMs ?? 600;
  const timeoutMs = options.answerTimeoutMs ?? 15_000;
  // Every line is spoken before dialling: a missing voice fails before the call, and a barge-in is not late.
  const speech = await Promise.all(options.turns.map((turn) => ('say' in turn ? options.voice(turn.say).then(ulawFrames) : [])));
  const twiml = await options.phone.dial();
  if (!twiml.stream) {
    throw new Error(
      `the voice edge answered without <Connect><Stream> (${twiml.say.join(' ') || `HTTP ${twiml.status}`}): is BRAIN=realtime?`,
    );
  }
  const stream = await MediaStreamCaller.connect({
    url: options.streamUrl?.(twiml.stream.url) ?? twiml.stream.url,
    signedUrl: twiml.stream.url,
    authToken: options.authToken,
    callSid: options.phone.callSid,
    parameters: twiml.stream.parameters,
    autoPlay: false,
  });
  const playout = new Playout(stream);
  stream.onMessage = playout.onMessage;
  const spoken: string[] = [];
  const pump = new FramePump((frame) => stream.sendAudio(frame));

  /** Waits for the agent's answer: until it has played, or (barge-in) until it has played for a while. */
  const answer = async (bargeIn: boolean): Promise<void> => {
    const since = performance.now();
    for (;;) {
      const now = performance.now();
      if (playout.answerPlayed(now, quietMs)) break;
      if (bargeIn && playout.framesSince > 0 && now - playout.audioSince >= options.bargeInAfterMs!) {
        log(`caller  (interrupts after ${Math.round(now - playout.audioSince)} ms of the answer)`);
        return;
      }
      if (now - since >= timeoutMs) {
        log(`agent   (no answer within ${timeoutMs} ms)`);
        return;
      }
      await sleep(FRAME_MS);
    }
    log(`agent   (${((playout.framesSince * FRAME_MS) / 1000).toFixed(1)} s of audio)`);
  };

  try {
    stream.start();
    pump.start();
    // Index -1 is the greeting: the agent speaks first.
    for (let index = -1; index < options.turns.length; index++) {
      const turn = options.turns[index];
      // The answer may start before the line is over (the model's VAD ends the turn during the trailing silence).
      playout.expectAnswer();
      if (turn && 'keys' in turn) {
        log(`caller  presses ${turn.keys}`);
        for (const digit of turn.keys) stream.press(digit);
      } else if (turn) {
        log(`caller  ${turn.say}`);
        const frames = speech[index]!;
        spoken.push(...frames);
        await pump.speak(frames);
      }
      const next = options.turns[index + 1];
      await answer(options.bargeInAfterMs !== undefined && next !== undefined && 'say' in next);
    }
  } finally {
    pump.stop();
    playout.cancelTimers();
    stream.stop();
    await stream.closed;
    await options.phone.hangUp('completed');
  }
  if (options.recordPath) {
    await writeFile(options.recordPath, recordingWav(stream.audio));
    log(`recorded ${((stream.audio.length * FRAME_MS) / 1000).toFixed(1)} s of the agent to ${options.recordPath}`);
  }
  return { received: stream.audio, spoken, clears: playout.clears };
}
