import type { Calendar } from '../../domain/sla/calendar';
import type { SlaClockState, SlaTimer } from '../../domain/sla/clock';
import type { SlaPolicy } from '../../domain/sla/policy';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';
import type { MessageAuthorKind, MessageVisibility, TicketEffect, TicketState } from '../../domain/tickets/lifecycle';

/** What a TicketWorkflow needs to know about its ticket, read once per run. */
export interface TicketContext {
  ticketId: number;
  createdAt: number;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  subject: string;
  description: string;
  organizationName: string | null;
  organizationUeCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  /** The organisation's terms first, then the default policies. */
  orgPolicies: SlaPolicy[];
  defaultPolicies: SlaPolicy[];
  /** When a human is expected at the desk (after-hours paging, callbacks). */
  businessCalendar: Calendar;
  /** What was tried, for the on-call briefing. */
  lastNotes: string[];
  /** What the read model already holds (a ticket adopted, or a new run after the previous one ended). */
  lastChangeSeq: number;
  escalationLevel: number;
  firstRespondedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
}

/** The row's state as the workflow decided it: projected as a whole, never as increments. */
export interface TicketRowState {
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  escalationLevel: number;
  resolution: string | null;
  firstRespondedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  firstResponseDueAt: number | null;
  resolutionDueAt: number | null;
  slaPaused: boolean;
  slaBreached: boolean;
}

/**
 * One decision of the workflow, as the read model receives it. `seq` counts the ticket's changes
 * (1, 2, 3…, across runs): every row a change writes is keyed by (ticket, seq), so projecting the
 * same change twice writes nothing new.
 */
export interface TicketChange {
  ticketId: number;
  seq: number;
  at: number;
  row: TicketRowState;
  effects: TicketEffect[];
  /** The SLA timer that made this change, when the clock did. */
  slaTimer?: SlaTimer;
  /** addMessage: the text and who wrote it. */
  message?: { body: string; visibility: MessageVisibility; authorKind: MessageAuthorKind; authorName: string };
  /** The note or reason that came with the command. */
  reason?: string;
  actor?: { userId?: number; name: string };
}

/** Someone the desk must tell about a change, by SMS and email where configured. */
export interface TicketNotice {
  ticketId: number;
  /** The change it belongs to: with the channel, the key that makes sending it once. */
  seq: number;
  audience: 'assignee' | 'supervisor' | 'account_manager' | 'on_call';
  text: string;
}

/** Everything a run hands to the next one at continue-as-new. */
export interface CarriedTicketState {
  context: TicketContext;
  ticket: TicketState;
  clock: SlaClockState;
  seq: number;
  times: Pick<TicketRowState, 'firstRespondedAt' | 'resolvedAt' | 'closedAt'>;
  slaBreached: boolean;
  pagedOnCall: boolean;
  pageAckDeadline: number | null;
  /** Request ids already handled (newest last), so a redelivered command is not applied twice. */
  handledRequests: string[];
}
