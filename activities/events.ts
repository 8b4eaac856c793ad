import { EVENTS_CHANNEL, encodeEvent, type DomainEvent } from '../domain/events';

/** Either a Prisma client (or transaction) or a `pg` client/pool. */
export type EventPublisher =
  | { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }
  | { query(text: string, values: unknown[]): Promise<unknown> };

/**
 * Tells every API process (and so every open panel) that something changed. Inside a transaction
 * the notification goes out on commit, with the rows it announces. Publishing twice is harmless:
 * the panel refetches what the event names.
 */
export async function publishEvent(target: EventPublisher, event: DomainEvent): Promise<void> {
  const payload = encodeEvent(event);
  const sql = 'SELECT pg_notify($1, $2)';
  if ('$executeRawUnsafe' in target) await target.$executeRawUnsafe(sql, EVENTS_CHANNEL, payload);
  else await target.query(sql, [EVENTS_CHANNEL, payload]);
}
