import { z } from 'zod';

/** Domain events pushed to the panel: NOTIFYed by activities (activities/events.ts), relayed by the API's /events. */
export const EVENTS_CHANNEL = 'urackit_events';

export const ZDomainEvent = z.object({
  /** e.g. `ticket.updated`, `call.completed`. */
  type: z.string().min(1).max(100),
  /** e.g. `ticket`, `call`, `callback`; `*` for a resync of everything. */
  entity: z.string().min(1).max(50),
  id: z.union([z.number().int(), z.string().min(1).max(100)]),
  data: z.unknown().optional(),
  /** Its place in the event log (set when published): a panel that reconnects asks for what came after. */
  eventId: z.union([z.number().int(), z.string().regex(/^\d+$/)]).optional(),
});
export type DomainEvent = z.infer<typeof ZDomainEvent>;

/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

/** Validates an event and encodes it for NOTIFY; data too large to travel is dropped (listeners refetch by id anyway). */
export function encodeEvent(event: DomainEvent): string {
  const parsed = ZDomainEvent.parse(event);
  const payload = JSON.stringify(parsed);
  if (new TextEncoder().encode(payload).length <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ ...parsed, data: undefined, truncated: true });
}
