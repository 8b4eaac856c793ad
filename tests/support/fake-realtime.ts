import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';

/**
 * A local double of OpenAI's Realtime API (GA protocol) on loopback: the edge is pointed at it with
 * OPENAI_REALTIME_URL. It speaks the real event names and shapes, keeps the session as the server
 * would (each session.update merged in), and answers each response.create with audio: the caller's
 * own frames since the last answer, else a fixed greeting. Tests script the rest: the caller
 * speaking, the model calling a function, the socket dropping.
 */
export type ClientEvent = { type: string } & Record<string, unknown>;

/** μ-law frames of 20 ms (160 bytes), distinct per index, so a test can tell which frame went where. */
export function ulawFrame(index: number): string {
  return Buffer.alloc(160, (index * 37 + 11) % 256).toString('base64');
}

export const GREETING_FRAMES = Array.from({ length: 5 }, (_unused, index) => ulawFrame(200 + index));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How the server applies a partial session.update: fields given replace, nested objects merge. */
function merge(into: Record<string, unknown>, update: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...into };
  for (const [key, value] of Object.entries(update)) {
    merged[key] = isObject(value) && isObject(merged[key]) ? merge(merged[key], value) : value;
  }
  return merged;
}

export class FakeRealtimeSession {
  readonly received: ClientEvent[] = [];
  /** The session as the server holds it; it starts as the API's default (24 kHz PCM). */
  session: Record<string, unknown> = {
    type: 'realtime',
    audio: {
      input: { format: { type: 'audio/pcm', rate: 24000 } },
      output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'alloy' },
    },
  };
  /** Caller audio not yet answered. */
  private pending: string[] = [];
  /** Every input_audio_buffer.append payload, in order. */
  readonly appended: string[] = [];
  autoRespond = true;
  /** Called with each appended frame as it arrives (the benchmark times the relay with it). */
  onAppend: ((audio: string) => void) | undefined;
  private counter = 0;
  private readonly waiters: Array<{ match: (event: ClientEvent) => boolean; resolve: (event: ClientEvent) => void }> = [];

  constructor(
    readonly socket: WebSocket,
    readonly model: string,
    readonly authorization: string,
  ) {
    socket.on('message', (data) => this.receive(JSON.parse(data.toString()) as ClientEvent));
    this.send({ type: 'session.created', session: this.session });
  }

  private id(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${String(this.counter).padStart(4, '0')}`;
  }

  send(event: Record<string, unknown>): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ event_id: this.id('event'), ...event }));
  }

  private receive(event: ClientEvent): void {
    this.received.push(event);
    if (event.type === 'session.update' && isObject(event.session)) {
      this.session = merge(this.session, event.session);
      this.send({ type: 'session.updated', session: this.session });
    }
    if (event.type === 'input_audio_buffer.append' && typeof event.audio === 'string') {
      this.appended.push(event.audio);
      this.pending.push(event.audio);
      this.onAppend?.(event.audio);
    }
    if (event.type === 'response.create' && this.autoRespond) {
      const frames = this.pending.length > 0 ? this.pending : GREETING_FRAMES;
      this.pending = [];
      this.speak(frames, frames === GREETING_FRAMES ? 'Hello, URackIT support, how can I help?' : 'I heard you.');
    }
    for (const waiter of [...this.waiters]) {
      if (!waiter.match(event)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  }

  /** The next client event of this type (and shape), or one already received after `since` events. */
  waitFor(type: string, match: (event: ClientEvent) => boolean = () => true, since = 0): Promise<ClientEvent> {
    const seen = this.received.slice(since).find((event) => event.type === type && match(event));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match: (event) => event.type === type && match(event), resolve }));
  }

  /** One audio response: the frames as output_audio deltas, its transcript, then response.done with usage. */
  speak(frames: readonly string[], transcript: string): string {
    const responseId = this.id('resp');
    const itemId = this.id('item');
    const base = { response_id: responseId, item_id: itemId, output_index: 0, content_index: 0 };
    this.send({ type: 'response.created', response: { id: responseId, object: 'realtime.response', status: 'in_progress', output: [] } });
    this.send({
      type: 'response.output_item.added',
      response_id: responseId,
      output_index: 0,
      item: { id: itemId, type: 'message', role: 'assistant' },
    });
    for (const delta of frames) this.send({ type: 'response.output_audio.delta', ...base, delta });
    this.send({ type: 'response.output_audio.done', ...base });
    this.send({ type: 'response.output_audio_transcript.done', ...base, transcript });
    this.send({
      type: 'response.done',
      response: {
        id: responseId,
        object: 'realtime.response',
        status: 'completed',
        output: [{ id: itemId, type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_audio', transcript }] }],
        usage: usage(frames.length),
      },
    });
    return itemId;
  }

  /** The caller says something (server VAD and transcription, as the API reports them). */
  callerSpeaks(transcript: string): string {
    const itemId = this.id('item');
    this.send({ type: 'input_audio_buffer.speech_started', audio_start_ms: 0, item_id: itemId });
    this.send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: 1000, item_id: itemId });
    this.send({ type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: null });
    this.send({ type: 'conversation.item.input_audio_transcription.completed', item_id: itemId, content_index: 0, transcript });
    return itemId;
  }

  /** The caller starts speaking over the assistant (barge-in). */
  speechStarted(): void {
    this.send({ type: 'input_audio_buffer.speech_started', audio_start_ms: 0, item_id: this.id('item') });
  }

  /** A response that only calls a function; resolves with the function_call_output the client sends back. */
  async callFunction(name: string, args: Record<string, unknown>): Promise<{ output: unknown; callId: string }> {
    const responseId = this.id('resp');
    const itemId = this.id('item');
    const callId = this.id('call');
    const item = { id: itemId, type: 'function_call', status: 'completed', name, call_id: callId, arguments: JSON.stringify(args) };
    const since = this.received.length;
    this.send({ type: 'response.created', response: { id: responseId, object: 'realtime.response', status: 'in_progress', output: [] } });
    this.send({
      type: 'response.function_call_arguments.done',
      response_id: responseId,
      item_id: itemId,
      output_index: 0,
      call_id: callId,
      name,
      arguments: item.arguments,
    });
    this.send({
      type: 'response.done',
      response: { id: responseId, object: 'realtime.response', status: 'completed', output: [item], usage: usage(0) },
    });
    const answer = await this.waitFor(
      'conversation.item.create',
      (event) => (event.item as { call_id?: string } | undefined)?.call_id === callId,
      since,
    );
    return { output: JSON.parse((answer.item as { output: string }).output) as unknown, callId };
  }

  /** The connection drops mid-call. */
  drop(): void {
    this.socket.terminate();
  }

  ofType(type: string): ClientEvent[] {
    return this.received.filter((event) => event.type === type);
  }
}

function usage(audioFrames: number) {
  return {
    total_tokens: 120 + audioFrames * 10,
    input_tokens: 100,
    output_tokens: 20 + audioFrames * 10,
    input_token_details: { text_tokens: 80, audio_tokens: 20, cached_tokens: 0 },
    output_token_details: { text_tokens: 20, audio_tokens: audioFrames * 10 },
  };
}

export interface FakeRealtime {
  /** ws://127.0.0.1:port/v1, for OPENAI_REALTIME_URL. */
  baseUrl: string;
  sessions: FakeRealtimeSession[];
  /** The session of the next connection (or the latest, if one is already open and unclaimed). */
  nextSession(): Promise<FakeRealtimeSession>;
  /** While set, connections are refused with this HTTP status (the API is down). */
  refuseWith: number | undefined;
  close(): Promise<void>;
}

export async function startFakeRealtime(): Promise<FakeRealtime> {
  const sessions: FakeRealtimeSession[] = [];
  let claimed = 0;
  const waiting: Array<(session: FakeRealtimeSession) => void> = [];
  const http: Server = createServer((_request, response) => response.writeHead(404).end());
  const sockets = new WebSocketServer({ noServer: true });
  const double: FakeRealtime = {
    baseUrl: '',
    sessions,
    refuseWith: undefined,
    nextSession() {
      if (sessions.length > claimed) return Promise.resolve(sessions[claimed++]!);
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      for (const session of sessions) session.socket.terminate();
      sockets.close();
      await new Promise((resolve) => http.close(resolve));
    },
  };
  http.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/v1/realtime' || double.refuseWith !== undefined) {
      socket.end(`HTTP/1.1 ${double.refuseWith ?? 404} Refused\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const session = new FakeRealtimeSession(ws, url.searchParams.get('model') ?? '', request.headers.authorization ?? '');
      sessions.push(session);
      const waiter = waiting.shift();
      if (waiter) {
        claimed += 1;
        waiter(session);
      }
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  double.baseUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/v1`;
  return double;
}
