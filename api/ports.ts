import type { CallSnapshot } from '../workflows/call/messages';
import type { Role } from './auth/policy';
import type { TTakeOverRequest, TWhisperRequest } from './calls/schemas';
import type { CallbackDto } from './resources/callbacks';
import type {
  TAddTicketMessageRequest,
  TAssignTicketRequest,
  TCancelCallbackRequest,
  TChangeTicketPriorityRequest,
  TChangeTicketStatusRequest,
  TCloseTicketRequest,
  TCreateTicketRequest,
  TEscalateTicketRequest,
  TReopenTicketRequest,
  TResolveTicketRequest,
} from './tickets/schemas';
import type { TicketDto } from './tickets/dto';

export type { CallbackDto } from './resources/callbacks';
export type { TicketDto } from './tickets/dto';
export { loadTicketDto } from './tickets/dto';

/** The panel user on whose behalf a command runs (recorded in assignments, messages, audit). */
export interface Actor {
  userId: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * Ticket writes. The ticket's workflow is the source of truth, so the API never writes tickets
 * itself: it validates, then hands each action to this port (implemented by signalling/updating
 * the TicketWorkflow). Inputs arrive already validated; the ticket id is known to exist.
 * Each method resolves to the ticket as it stands after the action, or rejects with
 * AppError('NOT_FOUND' | 'INVALID_TRANSITION' | 'UNAVAILABLE', …).
 */
export interface TicketCommands {
  create(input: TCreateTicketRequest, actor: Actor): Promise<TicketDto>;
  assign(ticketId: number, input: TAssignTicketRequest, actor: Actor): Promise<TicketDto>;
  escalate(ticketId: number, input: TEscalateTicketRequest, actor: Actor): Promise<TicketDto>;
  addMessage(ticketId: number, input: TAddTicketMessageRequest, actor: Actor): Promise<TicketDto>;
  changePriority(ticketId: number, input: TChangeTicketPriorityRequest, actor: Actor): Promise<TicketDto>;
  changeStatus(ticketId: number, input: TChangeTicketStatusRequest, actor: Actor): Promise<TicketDto>;
  resolve(ticketId: number, input: TResolveTicketRequest, actor: Actor): Promise<TicketDto>;
  reopen(ticketId: number, input: TReopenTicketRequest, actor: Actor): Promise<TicketDto>;
  close(ticketId: number, input: TCloseTicketRequest, actor: Actor): Promise<TicketDto>;
}

/**
 * Live calls: what a running CallWorkflow knows (its snapshot query) and a supervisor's actions on
 * it (Updates). Steering a call that has ended rejects with AppError('INVALID_TRANSITION', reason).
 */
export interface CallCommands {
  /** The call as its workflow has it now, or null when it is not running. */
  live(callSid: string): Promise<CallSnapshot | null>;
  whisper(callSid: string, input: TWhisperRequest, actor: Actor): Promise<CallSnapshot>;
  takeOver(callSid: string, input: TTakeOverRequest, actor: Actor): Promise<CallSnapshot>;
  end(callSid: string, actor: Actor): Promise<CallSnapshot>;
  /** How many calls are in progress, counted from the workflows. */
  /** Rejects at once when Temporal cannot answer promptly, so a caller can fall back without waiting. */
  liveCount(): Promise<number>;
}

/** Callbacks are workflow timers too; cancelling one signals its workflow. */
export interface CallbackCommands {
  cancel(callbackId: number, input: TCancelCallbackRequest, actor: Actor): Promise<CallbackDto>;
}
