import { z } from 'zod';

/*
 * Twilio Media Streams, both directions. In: connected, start, media, mark, dtmf, stop. Out:
 * media, mark, clear. Audio is G.711 μ-law at 8 kHz, base64, normally 20 ms (160 bytes) a frame.
 */

const MAX_STREAM_SID = 64;
const MAX_PAYLOAD = 64_000;
const MAX_MARK_NAME = 200;
const streamSid = z.string().min(1).max(MAX_STREAM_SID);

export const ZStreamMessage = z.discriminatedUnion('event', [
  z.object({ event: z.literal('connected'), protocol: z.string().optional(), version: z.string().optional() }),
  z.object({
    event: z.literal('start'),
    streamSid,
    start: z.object({
      streamSid,
      callSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/),
      accountSid: z.string().optional(),
      customParameters: z.record(z.string(), z.string()).default({}),
      mediaFormat: z.object({ encoding: z.string(), sampleRate: z.number(), channels: z.number() }).optional(),
    }),
  }),
  z.object({
    event: z.literal('media'),
    streamSid,
    media: z.object({ payload: z.string().max(MAX_PAYLOAD), track: z.string().optional(), timestamp: z.string().optional() }),
  }),
  z.object({ event: z.literal('mark'), streamSid, mark: z.object({ name: z.string().max(MAX_MARK_NAME) }) }),
  z.object({ event: z.literal('dtmf'), streamSid, dtmf: z.object({ digit: z.string().regex(/^[0-9*#]$/), track: z.string().optional() }) }),
  z.object({ event: z.literal('stop'), streamSid }),
]);

export type TStreamMessage = z.infer<typeof ZStreamMessage>;

/**
 * One message from Twilio, checked against ZStreamMessage. Media and mark — fifty a second each on
 * every call — are checked field by field to the same rules, without zod's full parse; anything
 * else, or one of them that breaks a rule, goes through zod (which throws, naming the problem).
 */
export function parseStreamMessage(data: string): TStreamMessage {
  const raw: unknown = JSON.parse(data);
  return frequentMessage(raw) ?? ZStreamMessage.parse(raw);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function frequentMessage(raw: unknown): TStreamMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const { event, streamSid } = raw;
  if (typeof streamSid !== 'string' || streamSid.length === 0 || streamSid.length > MAX_STREAM_SID) return undefined;
  if (event === 'media' && isRecord(raw.media)) {
    const { payload, track, timestamp } = raw.media;
    if (typeof payload !== 'string' || payload.length > MAX_PAYLOAD) return undefined;
    const media: { payload: string; track?: string; timestamp?: string } = { payload };
    if (typeof track === 'string') media.track = track;
    else if (track !== undefined) return undefined;
    if (typeof timestamp === 'string') media.timestamp = timestamp;
    else if (timestamp !== undefined) return undefined;
    return { event, streamSid, media };
  }
  if (event === 'mark' && isRecord(raw.mark)) {
    const { name } = raw.mark;
    if (typeof name !== 'string' || name.length > MAX_MARK_NAME) return undefined;
    return { event, streamSid, mark: { name } };
  }
  return undefined;
}

export type StreamOutMessage =
  | { event: 'media'; streamSid: string; media: { payload: string } }
  | { event: 'mark'; streamSid: string; mark: { name: string } }
  | { event: 'clear'; streamSid: string };

/** μ-law at 8 kHz is 8 bytes a millisecond; counted from the base64 length, without decoding the audio. */
export function ulawMilliseconds(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return ((base64.length / 4) * 3 - padding) / 8;
}
