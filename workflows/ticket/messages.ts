import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { SlaSnapshot } from '../../domain/sla/clock';
import type { TicketCommand } from '../../domain/tickets/lifecycle';
import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';
import type { CarriedTicketState } from './types';

/**
 * The TicketWorkflow's contract, shared by the API, the CLI docs and tests. The same request
 * arrives as an Update (the API: answered, refused with a reason) or a Signal (the `temporal`
 * CLI or Web UI: fire-and-forget; a refusal is visible in the query's `lastRejection`).
 */
export interface TicketRequest {
  command: TicketCommand;
  /** Who asked: recorded on assignments, messages and escalations. */
  actor?: { userId?: number; name: string };
  /** The text of an addMessage, or the reason/note of other commands. */
  text?: string;
  /**
   * Names this request: a redelivery (a retried activity, a repeated webhook, the same Update sent
   * twice) with the same id is answered without being applied again.
   */
  requestId?: string;
}

export interface TicketWorkflowInput {
  ticketId: number;
  /** Resolved tickets close after this long without activity (default 3 days). */
  autoCloseAfterMs?: number;
  /** Start a fresh run (continue-as-new) once the history passes this many events (default 2,000). */
  maxHistoryEvents?: number;
  /** Carried across continue-as-new; absent on a ticket's first run. */
  carried?: CarriedTicketState;
}

export interface TicketView {
  ticketId: number;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  escalationLevel: number;
  sla: SlaSnapshot;
  autoCloseAt: number | null;
  pagedOnCall: boolean;
  lastRejection: string | null;
}

export const ticketCommandUpdate = defineUpdate<TicketView, [TicketRequest]>('command');
export const ticketCommandSignal = defineSignal<[TicketRequest]>('command');
export const acknowledgePageSignal = defineSignal<[{ by: string }]>('acknowledgePage');
export const ticketViewQuery = defineQuery<TicketView>('view');

export function ticketWorkflowId(ticketId: number): string {
  return `ticket-${ticketId}`;
}
