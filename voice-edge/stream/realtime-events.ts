import { z } from 'zod';

/*
 * The Realtime API's server events the edge acts on (GA names, with the beta names of the same
 * events where they differ). Anything else the server sends is ignored. Parsed with zod: this is
 * where the model's output enters.
 */

const functionCall = z.object({ type: z.literal('function_call'), call_id: z.string(), name: z.string(), arguments: z.string() });
const otherItem = z.object({ type: z.string() }).loose();

const tokenDetails = z.object({ text_tokens: z.number().default(0), audio_tokens: z.number().default(0) }).loose();
const usage = z.object({ input_token_details: tokenDetails.optional(), output_token_details: tokenDetails.optional() }).loose().nullish();

export const ZRealtimeServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['response.output_audio.delta', 'response.audio.delta']), item_id: z.string(), delta: z.string() }),
  z.object({ type: z.literal('input_audio_buffer.speech_started'), item_id: z.string().optional() }),
  z.object({ type: z.literal('input_audio_buffer.speech_stopped') }),
  z.object({ type: z.literal('conversation.item.input_audio_transcription.completed'), item_id: z.string(), transcript: z.string() }),
  z.object({
    type: z.enum(['response.output_audio_transcript.done', 'response.audio_transcript.done']),
    item_id: z.string(),
    transcript: z.string(),
  }),
  z.object({ type: z.literal('response.created') }),
  z.object({
    type: z.literal('response.done'),
    response: z.object({
      status: z.string().optional(),
      output: z.array(z.union([functionCall, otherItem])).default([]),
      usage,
    }),
  }),
  z.object({ type: z.literal('session.updated'), session: z.object({}).loose() }),
  z.object({ type: z.literal('error'), error: z.object({ message: z.string().optional(), code: z.string().nullish() }).loose() }),
]);

export type TRealtimeServerEvent = z.infer<typeof ZRealtimeServerEvent>;
export type TFunctionCallItem = z.infer<typeof functionCall>;

const HANDLED = new Set([
  'response.output_audio.delta',
  'response.audio.delta',
  'input_audio_buffer.speech_started',
  'input_audio_buffer.speech_stopped',
  'conversation.item.input_audio_transcription.completed',
  'response.output_audio_transcript.done',
  'response.audio_transcript.done',
  'response.created',
  'response.done',
  'session.updated',
  'error',
]);

/** The event if the edge handles its type (and it is well formed); null for the rest. */
export function parseRealtimeEvent(data: string): TRealtimeServerEvent | null {
  const raw: unknown = JSON.parse(data);
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !HANDLED.has(type)) return null;
  return audioDelta(raw, type) ?? ZRealtimeServerEvent.parse(raw);
}

/**
 * The model's audio, fifty deltas a second while it speaks: checked field by field to the schema's
 * rules without zod's full parse. Undefined when it is not a delta or breaks a rule (zod then says why).
 */
function audioDelta(raw: unknown, type: string): TRealtimeServerEvent | undefined {
  if (type !== 'response.output_audio.delta' && type !== 'response.audio.delta') return undefined;
  const { item_id: itemId, delta } = raw as { item_id?: unknown; delta?: unknown };
  if (typeof itemId !== 'string' || typeof delta !== 'string') return undefined;
  return { type, item_id: itemId, delta };
}

export function isFunctionCall(item: { type: string }): item is TFunctionCallItem {
  return item.type === 'function_call';
}
