import { z } from 'zod';

/*
 * Twilio Media Streams, both directions. In: connected, start, media, mark, dtmf, stop. Out:
 * media, mark, clear. Audio is G.711 μ-law at 8 kHz, base64, normally 20 ms (160 bytes) a frame.
 */

const streamSid = z.string().min(1).max(64);

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
    media: z.object({ payload: z.string().max(64_000), track: z.string().optional(), timestamp: z.string().optional() }),
  }),
  z.object({ event: z.literal('mark'), streamSid, mark: z.object({ name: z.string().max(200) }) }),
  z.object({ event: z.literal('dtmf'), streamSid, dtmf: z.object({ digit: z.string().regex(/^[0-9*#]$/), track: z.string().optional() }) }),
  z.object({ event: z.literal('stop'), streamSid }),
]);

export type TStreamMessage = z.infer<typeof ZStreamMessage>;

export type StreamOutMessage =
  | { event: 'media'; streamSid: string; media: { payload: string } }
  | { event: 'mark'; streamSid: string; mark: { name: string } }
  | { event: 'clear'; streamSid: string };

/** μ-law at 8 kHz is 8 bytes a millisecond; counted from the base64 length, without decoding the audio. */
export function ulawMilliseconds(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return ((base64.length / 4) * 3 - padding) / 8;
}
