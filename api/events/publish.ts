import { z } from 'zod';

export const EVENTS_CHANNEL = 'urackit_events';

/** What travels on the channel and down the panel's socket. */
export const ZDomainEvent = z.object({
  /** e.g. `ticket.assigned`, `call.ended`. */
  type: z.string().min(1).max(100),
  /** e.g. `ticket`, `call`, `callback`. */
  entity: z.string().min(1).max(50),
  id: z.union([z.number().int(), z.string().min(1).max(100)]),
  data: z.unknown().optional(),
});
export type DomainEvent = z.infer<typeof ZDomainEvent>;

/** Either a Prisma client (or transaction) or a `pg` client/pool. */
export type EventPublisher =
  | { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }
  | { query(text: string, values: unknown[]): Promise<unknown> };

/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

export function encodeEvent(event: DomainEvent): string {
  const parsed = ZDomainEvent.parse(event);
  const payload = JSON.stringify(parsed);
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  // Listeners refetch by id anyway; the data is only a convenience.
  return JSON.stringify({ ...parsed, data: undefined, truncated: true });
}

/**
 * Tells every API process (and so every open panel) that something changed. Inside a
 * transaction the notification is delivered on commit, which is what activities want.
 */
export async function publishEvent(target: EventPublisher, event: DomainEvent): Promise<void> {
  const payload = encodeEvent(event);
  const sql = 'SELECT pg_notify($1, $2)';
  if ('$executeRawUnsafe' in target) await target.$executeRawUnsafe(sql, EVENTS_CHANNEL, payload);
  else await target.query(sql, [EVENTS_CHANNEL, payload]);
}
