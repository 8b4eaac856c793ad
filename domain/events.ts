/** Domain events pushed to the panel: written with pg_notify by activities, relayed by the API's /events. */
export const EVENTS_CHANNEL = 'urackit_events';

export type EventEntity = 'call' | 'ticket' | 'callback' | 'metrics';

export interface DomainEvent {
  type: string;
  entity: EventEntity;
  id: number | string;
  data?: Record<string, unknown>;
}
