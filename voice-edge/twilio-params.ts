import { z } from 'zod';

/** The subset of Twilio's voice webhook parameters the edge relays. */
const callSid = z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'CallSid must be CA followed by 32 hex digits');

export const ZIncomingCall = z.object({
  CallSid: callSid,
  From: z.string().max(64).default(''),
  To: z.string().max(64).default(''),
  Direction: z.string().default('inbound'),
});

export const ZGatherResult = z.object({
  CallSid: callSid,
  SpeechResult: z.string().max(2000).optional(),
  Digits: z.string().max(32).optional(),
  Confidence: z.coerce.number().min(0).max(1).optional(),
});

export const ZGatherQuery = z.object({
  turn: z.coerce.number().int().min(1).max(10_000),
  /** The workflow redirected the live call here (a supervisor's take-over or end). */
  redirect: z.literal('1').optional(),
  /** A warm transfer's <Dial> ended: DialCallStatus is in the body. */
  dial: z.literal('1').optional(),
});

export const ZDialResult = z.object({
  DialCallStatus: z.enum(['completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled']),
});

/** The technician's leg of a warm transfer: Twilio names the caller's call as the parent. */
export const ZWhisperRequest = z.object({ ParentCallSid: callSid });

export const ZStatusCallback = z.object({
  CallSid: callSid,
  CallStatus: z.enum(['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled']),
  CallDuration: z.coerce.number().int().min(0).optional(),
  Price: z.string().optional(),
  PriceUnit: z.string().optional(),
});

export type TIncomingCall = z.infer<typeof ZIncomingCall>;
export type TGatherResult = z.infer<typeof ZGatherResult>;

/** Outbound callback calls carry the callback's id in their webhook URLs. */
export const ZCallbackQuery = z.object({ callback: z.coerce.number().int().positive().optional() });
