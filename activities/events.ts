import { EVENTS_CHANNEL, encodeEvent, type DomainEvent } from '../domain/events';

/** Either a Prisma client (or transaction) or a `pg` client/pool. */
export type EventPublisher =
  | { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }
  | { query(text: string, values: unknown[]): Promise<unknown> };

/**
 * Logs the event (so a panel that reconnects can catch up from its last event id) and NOTIFYs it,
 * with its id, in one statement. Inside a transaction both happen on commit, with the rows they
 * announce. Publishing twice is harmless: the panel refetches what the event names.
 */
const PUBLISH = `
  WITH logged AS (
    INSERT INTO events (type, entity, entity_id, data) VALUES ($2, $3, $4, $5::jsonb) RETURNING id
  )
  SELECT pg_notify($1, jsonb_set($6::jsonb, '{eventId}', to_jsonb(logged.id))::text) FROM logged`;

export async function publishEvent(target: EventPublisher, event: DomainEvent): Promise<void> {
  const payload = encodeEvent(event);
  const { type, entity, id, data } = JSON.parse(payload) as DomainEvent;
  const values = [EVENTS_CHANNEL, type, entity, String(id), data === undefined ? null : JSON.stringify(data), payload];
  if ('$executeRawUnsafe' in target) await target.$executeRawUnsafe(PUBLISH, ...values);
  else await target.query(PUBLISH, values);
}
