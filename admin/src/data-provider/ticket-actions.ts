import type { Identifier } from 'react-admin';
import type {
  TAddTicketMessageRequest,
  TAssignTicketRequest,
  TChangeTicketPriorityRequest,
  TChangeTicketStatusRequest,
  TCloseTicketRequest,
  TEscalateTicketRequest,
  TReopenTicketRequest,
  TResolveTicketRequest,
} from '../../../api/tickets/schemas';
import type { Ticket } from '../types';
import { postJson, segment } from './http';

/** The ticket's workflow commands (`POST /tickets/:id/<action>`); each resolves to the ticket after it. */
export interface TicketActions {
  assignTicket(id: Identifier, input: TAssignTicketRequest): Promise<Ticket>;
  escalateTicket(id: Identifier, input: TEscalateTicketRequest): Promise<Ticket>;
  addTicketMessage(id: Identifier, input: TAddTicketMessageRequest): Promise<Ticket>;
  changeTicketPriority(id: Identifier, input: TChangeTicketPriorityRequest): Promise<Ticket>;
  changeTicketStatus(id: Identifier, input: TChangeTicketStatusRequest): Promise<Ticket>;
  resolveTicket(id: Identifier, input: TResolveTicketRequest): Promise<Ticket>;
  reopenTicket(id: Identifier, input: TReopenTicketRequest): Promise<Ticket>;
  closeTicket(id: Identifier, input: TCloseTicketRequest): Promise<Ticket>;
}

export type TicketActionMethod = keyof TicketActions;
/** What a method sends, e.g. `TicketActionInput<'escalateTicket'>` is `{ reason, level?, toAgentId? }`. */
export type TicketActionInput<M extends TicketActionMethod> = Parameters<TicketActions[M]>[1];

function action<Input extends object>(path: string) {
  return (id: Identifier, input: Input) => postJson<Ticket>(`/tickets/${segment(id)}/${path}`, input);
}

export const ticketActions: TicketActions = {
  assignTicket: action('assign'),
  escalateTicket: action('escalate'),
  addTicketMessage: action('messages'),
  changeTicketPriority: action('priority'),
  changeTicketStatus: action('status'),
  resolveTicket: action('resolve'),
  reopenTicket: action('reopen'),
  closeTicket: action('close'),
};
