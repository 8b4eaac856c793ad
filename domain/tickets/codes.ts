/**
 * A ticket's statuses and priorities: the one list the workflow, the API, the brains, the seed's
 * lookup tables and the panel all use.
 */
export const TICKET_STATUSES = ['open', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which nobody is working on the ticket any more. */
export const FINAL_TICKET_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export function isTicketPriority(value: unknown): value is TicketPriority {
  return typeof value === 'string' && (TICKET_PRIORITIES as readonly string[]).includes(value);
}
