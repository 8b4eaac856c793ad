import type { Request } from 'express';
import { z } from 'zod';

/** Temporal did not answer within the edge's deadline (paused, failing over, a worker restarting). */
export class TemporalSilentError extends Error {
  constructor(readonly waitedMs: number) {
    super(`Temporal did not answer within ${waitedMs} ms`);
    this.name = 'TemporalSilentError';
  }
}

/** gRPC codes that say "not now", not "never": DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, UNAVAILABLE. */
const RETRYABLE_GRPC_CODES = new Set([4, 8, 14]);

/**
 * Whether asking Temporal again in a moment can succeed: it did not answer in time, it is
 * unreachable or overloaded, or the call's workflow task failed or timed out (a worker killed
 * mid-task, a starved CPU) — Temporal retries that task, and the Update is accepted once it runs.
 */
export function isTransientTemporalError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    if (cause instanceof TemporalSilentError) return true;
    if (/Workflow Task in failed state/i.test(cause.message)) return true;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'number' && RETRYABLE_GRPC_CODES.has(code)) return true;
  }
  return false;
}

/**
 * Waits for `work` at most `deadlineMs`. The request itself is not cancelled: when Temporal answers
 * later, the Update it carried is recorded under its id, and Twilio's next try gets that answer.
 */
export async function withinDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TemporalSilentError(deadlineMs)), deadlineMs);
  });
  work.catch(() => undefined); // answered after the deadline: nobody is waiting any more
  try {
    return await Promise.race([work, silent]);
  } finally {
    clearTimeout(timer);
  }
}

/** How many times this webhook has been held already, and what the caller said (carried along in the URL). */
export const ZHoldQuery = z.object({
  hold: z.coerce.number().int().min(1).max(50).optional(),
  SpeechResult: z.string().max(2000).optional(),
  Digits: z.string().max(32).optional(),
  Confidence: z.string().max(16).optional(),
  DialCallStatus: z.string().max(16).optional(),
});

const CARRIED = ['SpeechResult', 'Digits', 'Confidence', 'DialCallStatus'] as const;

/** The hold count of a webhook (0 the first time Twilio asks). */
export function holdsSoFar(request: Request): number {
  return ZHoldQuery.parse(request.query).hold ?? 0;
}

/**
 * A held webhook's fields: Twilio's <Redirect> posts only the call's own parameters, so what the
 * caller said or keyed comes back from the URL the edge wrote it into.
 */
export function webhookFields(request: Request): Record<string, unknown> {
  const query = ZHoldQuery.parse(request.query);
  if (query.hold === undefined) return (request.body ?? {}) as Record<string, unknown>;
  const carried = Object.fromEntries(CARRIED.flatMap((name) => (query[name] === undefined ? [] : [[name, query[name]]])));
  return { ...(request.body as Record<string, unknown>), ...carried };
}

/** Where Twilio is sent back to: the same route and query, one more hold, and the caller's input carried along. */
export function holdUrl(request: Request): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) if (typeof value === 'string' && name !== 'hold') params.set(name, value);
  const body = (request.body ?? {}) as Record<string, unknown>;
  for (const name of CARRIED) if (typeof body[name] === 'string' && !params.has(name)) params.set(name, body[name]);
  params.set('hold', String(holdsSoFar(request) + 1));
  return `${request.baseUrl}${request.path}?${params.toString()}`;
}
