import type { KbCategory } from '../../domain/kb/categories';
import type { TicketPriority } from '../../domain/tickets/codes';

/** What the workflow tells a tool activity about the call it runs for. */
export interface ToolContext {
  callSid: string;
  callerPhone: string;
  organizationId?: string;
  contactId?: string;
  transferNumber: string;
  /** The caller's problem in their words, when known: it becomes the ticket a human picks up. */
  problem?: string;
  category?: KbCategory;
  /** How urgent the brain judged the problem: the priority of a ticket opened for a person. */
  priority?: TicketPriority;
  /** The call's ticket, when it has one (opened on it or named by the caller): a person takes over that one. */
  ticketId?: string;
}
