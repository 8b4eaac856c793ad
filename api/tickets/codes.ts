/** Lookup codes seeded into ticket_statuses / ticket_priorities; filters and bodies use these. */
export const STATUS_CODES = ['open', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export const PRIORITY_CODES = ['low', 'medium', 'high', 'critical'] as const;
export const CLOSED_STATUS_CODES: readonly TicketStatusCode[] = ['resolved', 'closed'];

export type TicketStatusCode = (typeof STATUS_CODES)[number];
export type TicketPriorityCode = (typeof PRIORITY_CODES)[number];
