import { z } from 'zod';
import { KB_CATEGORIES } from '../../domain/kb/categories';
import { ZId } from '../http/ids';

/**
 * Size limits of `/ai/*`: what a caller could plausibly send, far below what would make the
 * rules brain or a model slow. A body over AI_BODY_LIMIT, or a field over its limit, is a 413;
 * anything else malformed is a 400.
 */
export const AI_LIMITS = {
  bodyBytes: 64 * 1024,
  textChars: 4000,
  queryChars: 500,
  transcriptChars: 40_000,
  transcriptTurns: 400,
  turnChars: 2000,
  searchResults: 50,
} as const;

const nonEmpty = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const ZClassifyRequest = z.strictObject({
  text: nonEmpty(AI_LIMITS.textChars).describe('What the caller said (one utterance or a short description)'),
});
export type TClassifyRequest = z.infer<typeof ZClassifyRequest>;

const ZTranscriptTurn = z.strictObject({
  role: z.enum(['caller', 'agent', 'system']),
  text: z.string().max(AI_LIMITS.turnChars),
});

export const ZSummarizeRequest = z.strictObject({
  transcript: z
    .union([
      nonEmpty(AI_LIMITS.transcriptChars).describe('One turn per line, "Caller: …" / "Agent: …" (unprefixed lines are the caller)'),
      z.array(ZTranscriptTurn).min(1, 'must not be empty').max(AI_LIMITS.transcriptTurns),
    ])
    .describe('The call transcript'),
  outcome: z.enum(['resolved', 'ticket_created', 'escalated', 'callback_scheduled', 'unresolved', 'abandoned']).optional(),
});
export type TSummarizeRequest = z.infer<typeof ZSummarizeRequest>;

export const ZSuggestRequest = z
  .strictObject({
    ticketId: ZId.optional().describe('The ticket to suggest next steps for'),
    callId: ZId.optional().describe('Or the call (call_logs id)'),
  })
  .refine((input) => (input.ticketId === undefined) !== (input.callId === undefined), {
    message: 'give exactly one of ticketId or callId',
  });
export type TSuggestRequest = z.infer<typeof ZSuggestRequest>;

export const ZSearchKbRequest = z.strictObject({
  query: nonEmpty(AI_LIMITS.queryChars),
  category: z.enum(KB_CATEGORIES).optional().describe('Ranks this category higher; others still appear'),
  limit: z.number().int().min(1).max(AI_LIMITS.searchResults).default(10),
});
export type TSearchKbRequest = z.infer<typeof ZSearchKbRequest>;
