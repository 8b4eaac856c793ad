import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import WebSocket from 'ws';
import { checkToolCall } from '../../domain/agents/chat-tools';
import type { Logger } from '../../infra/logger';
import type { RealtimeAgentContext, RealtimeToolReply, RealtimeToolRequest } from '../../workflows/call/messages';
import type { RealtimeGateway } from '../calls';
import { parseStreamMessage, type StreamOutMessage, type TStreamMessage } from './media-stream-messages';
import { Playback } from './playback';
import { isFunctionCall, parseRealtimeEvent, type TFunctionCallItem, type TRealtimeServerEvent } from './realtime-events';
import { openRealtimeSocket } from './realtime-socket';
import { sessionUpdate, type RealtimeSettings } from './session-config';

export interface BridgeDeps {
  gateway: RealtimeGateway;
  settings: RealtimeSettings;
  logger: Logger;
  /** The TCP socket under Twilio's WebSocket: a frame and its mark leave in one write (one syscall, not two). */
  wire?: { cork(): void; uncork(): void };
}

const GREET = '(The call has just connected. Greet the caller.)';

/**
 * One streamed call: Twilio's media socket on one side, the Realtime API's on the other. Audio
 * frames pass through as they are (μ-law both ways); everything else — function calls, keys,
 * transcript lines, usage, the model failing — goes to the call's workflow. The bridge keeps only
 * what is in flight: which audio the caller has heard, for barge-in.
 */
export class StreamBridge {
  private callSid = '';
  private streamSid = '';
  private model: WebSocket | undefined;
  private state: 'waiting' | 'open' | 'failed' | 'closed' = 'waiting';
  private readonly playback = new Playback();
  private silence: NodeJS.Timeout | undefined;
  private keySeq = 0;
  /** Keys and tool calls reach the workflow one after another, in the order they happened. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly twilio: WebSocket,
    private readonly deps: BridgeDeps,
  ) {
    twilio.on('message', (data) => this.fromTwilio(data.toString()));
    twilio.on('close', () => this.close());
  }

  private fromTwilio(data: string): void {
    let message: TStreamMessage;
    try {
      message = parseStreamMessage(data);
    } catch {
      this.deps.logger.warn({ callSid: this.callSid }, 'malformed media stream message ignored');
      return;
    }
    if (message.event === 'media') this.send({ type: 'input_audio_buffer.append', audio: message.media.payload });
    else if (message.event === 'mark') this.playback.played(message.mark.name);
    else if (message.event === 'start') this.started(message.start.callSid, message.streamSid);
    else if (message.event === 'dtmf') this.keyed(message.dtmf.digit);
    else if (message.event === 'stop') this.close();
  }

  private started(callSid: string, streamSid: string): void {
    if (this.callSid) return;
    this.callSid = callSid;
    this.streamSid = streamSid;
    void this.connect();
  }

  private async connect(): Promise<void> {
    const { gateway, settings } = this.deps;
    try {
      const context = await gateway.context(this.callSid);
      const socket = await openRealtimeSocket(settings);
      if (this.state !== 'waiting') return socket.close(1000);
      this.model = socket;
      this.state = 'open';
      socket.on('message', (data) => this.fromModel(data.toString()));
      socket.on('error', (error) => this.deps.logger.warn({ err: error, callSid: this.callSid }, 'realtime socket error'));
      socket.on('close', () => this.fail('the realtime socket closed'));
      this.send(sessionUpdate(context, settings, true));
      this.tellModel(GREET);
    } catch (error) {
      this.fail(`the realtime session could not open: ${(error as Error).message}`);
    }
  }

  private fromModel(data: string): void {
    let event: TRealtimeServerEvent | null;
    try {
      event = parseRealtimeEvent(data);
    } catch (error) {
      this.deps.logger.warn({ err: error, callSid: this.callSid }, 'malformed realtime event ignored');
      return;
    }
    if (!event) return;
    switch (event.type) {
      case 'response.output_audio.delta':
      case 'response.audio.delta':
        this.answered();
        return this.audioToTwilio(event.item_id, event.delta);
      case 'input_audio_buffer.speech_started':
        return this.bargeIn();
      case 'input_audio_buffer.speech_stopped':
        return this.expectAnswer();
      case 'conversation.item.input_audio_transcription.completed':
        return this.line(event.item_id, 'caller', event.transcript);
      case 'response.output_audio_transcript.done':
      case 'response.audio_transcript.done':
        return this.line(event.item_id, 'agent', event.transcript);
      case 'response.created':
        return this.answered();
      case 'response.done':
        this.answered();
        this.usage(event.response.usage);
        return this.runTools(event.response.output.filter(isFunctionCall));
      case 'error':
        this.deps.logger.warn({ callSid: this.callSid, error: event.error }, 'realtime API error');
        return;
    }
  }

  /** The frame, then the mark Twilio echoes once it has played it (see Playback). */
  private audioToTwilio(itemId: string, payload: string): void {
    const { wire } = this.deps;
    wire?.cork();
    this.toTwilio({ event: 'media', streamSid: this.streamSid, media: { payload } });
    this.toTwilio({ event: 'mark', streamSid: this.streamSid, mark: { name: this.playback.sent(itemId, payload) } });
    wire?.uncork();
  }

  /** The caller spoke over the assistant: Twilio drops what it has queued, the model forgets what was not heard. */
  private bargeIn(): void {
    const cut = this.playback.interrupt();
    if (!cut) return;
    this.toTwilio({ event: 'clear', streamSid: this.streamSid });
    this.send({ type: 'conversation.item.truncate', item_id: cut.itemId, content_index: 0, audio_end_ms: cut.playedMs });
  }

  private runTools(calls: TFunctionCallItem[]): void {
    if (calls.length === 0) return;
    this.inOrder(async () => {
      for (const call of calls) {
        const checked = checkToolCall(call.name, call.arguments);
        const request: RealtimeToolRequest = checked.ok
          ? { callId: call.call_id, ok: true, call: checked.call }
          : { callId: call.call_id, ok: false, name: call.name, error: checked.error };
        const reply = await this.deps.gateway
          .tool(this.callSid, request)
          .catch((error: Error): RealtimeToolReply => ({ output: JSON.stringify({ error: `the tool could not run: ${error.message}` }) }));
        this.send({
          type: 'conversation.item.create',
          item: { type: 'function_call_output', call_id: call.call_id, output: reply.output },
        });
        // On its way to a person: the model is not asked to go on (it would talk over the transfer, at a
        // cost) and its session ends now; Twilio ends the media stream once the call runs the <Dial>.
        if (reply.transferred) return this.close();
        if (reply.context) this.changeAgent(reply.context);
      }
      this.respond();
    });
  }

  private keyed(digit: string): void {
    const keys = { seq: ++this.keySeq, digits: digit };
    this.inOrder(async () => {
      const reply = await this.deps.gateway.keys(this.callSid, keys);
      if (reply.context) this.changeAgent(reply.context);
      if (reply.tellModel) this.tellModel(reply.tellModel);
    });
  }

  /** A handoff (or new facts): new instructions and tools, the same μ-law audio. */
  private changeAgent(context: RealtimeAgentContext): void {
    this.send(sessionUpdate(context, this.deps.settings, false));
  }

  private tellModel(text: string): void {
    this.send({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] } });
    this.respond();
  }

  private respond(): void {
    this.send({ type: 'response.create' });
    this.expectAnswer();
  }

  private line(itemId: string, role: 'caller' | 'agent', text: string): void {
    if (text.trim() === '') return;
    this.deps.gateway.line(this.callSid, { itemId, role, text }).catch((error: unknown) => this.lost(error, 'transcript line'));
  }

  private usage(usage: { input_token_details?: Tokens; output_token_details?: Tokens } | null | undefined): void {
    if (!usage) return;
    const report = {
      model: this.deps.settings.model,
      inputTextTokens: usage.input_token_details?.text_tokens ?? 0,
      inputAudioTokens: usage.input_token_details?.audio_tokens ?? 0,
      outputTextTokens: usage.output_token_details?.text_tokens ?? 0,
      outputAudioTokens: usage.output_token_details?.audio_tokens ?? 0,
    };
    this.deps.gateway.usage(this.callSid, report).catch((error: unknown) => this.lost(error, 'usage'));
  }

  /** The caller finished speaking (or we asked for a response): silence past the timeout means the model is gone. */
  private expectAnswer(): void {
    clearTimeout(this.silence);
    const { responseTimeoutMs } = this.deps.settings;
    this.silence = setTimeout(() => this.fail(`no answer within ${responseTimeoutMs} ms`), responseTimeoutMs);
    this.silence.unref();
  }

  private answered(): void {
    clearTimeout(this.silence);
  }

  /** No dead air: the workflow moves the live call to gather mode and carries on with the rules brain. */
  private fail(reason: string): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    clearTimeout(this.silence);
    this.model?.close(1000);
    this.deps.logger.warn({ callSid: this.callSid, reason }, 'realtime brain failed: the call goes to gather mode');
    this.deps.gateway.failed(this.callSid, reason).catch((error: unknown) => this.lost(error, 'fallback'));
  }

  /** Twilio ended the stream (hang-up, redirect), or the call left the agent: the model's socket goes too. */
  private close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearTimeout(this.silence);
    this.model?.close(1000);
  }

  private inOrder(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => this.lost(error, 'workflow update'));
  }

  private lost(error: unknown, what: string): void {
    this.deps.logger.warn({ err: error, callSid: this.callSid }, `realtime ${what} did not reach the workflow`);
  }

  private send(event: RealtimeClientEvent): void {
    if (this.state === 'open' && this.model?.readyState === WebSocket.OPEN) this.model.send(JSON.stringify(event));
  }

  private toTwilio(message: StreamOutMessage): void {
    if (this.twilio.readyState === WebSocket.OPEN) this.twilio.send(JSON.stringify(message));
  }
}

interface Tokens {
  text_tokens: number;
  audio_tokens: number;
}
