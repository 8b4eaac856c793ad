import type { TicketContext } from '../../activities/tickets/context';
import type { TicketChange } from '../../activities/tickets/changes';
import {
  createSlaClock,
  deadlines,
  fireDue,
  nextTimer,
  pauseClock,
  resolveClock,
  slaSnapshot,
  startClock,
  applyClockEvent,
  type SlaClockState,
  type SlaTimer,
} from '../../domain/sla/clock';
import { resolvePolicy, type Priority, type SlaPolicy } from '../../domain/sla/policy';
import { applyTicketCommand, createTicketState, type TicketState } from '../../domain/tickets/lifecycle';
import { clockEventsFor } from '../../domain/tickets/sla-bridge';
import type { CarriedTicketState, TicketRequest, TicketView } from './messages';

/**
 * A ticket's live state: the lifecycle state machine plus its SLA clock. Pure bookkeeping; the
 * workflow decides when to call it and persists what it returns.
 */
export class TicketMachine {
  ticket: TicketState;
  clock: SlaClockState;
  resolvedAt: number | null;
  pagedOnCall: boolean;
  lastRejection: string | null = null;

  constructor(
    readonly context: TicketContext,
    now: number,
    carried?: CarriedTicketState,
  ) {
    if (carried) {
      this.ticket = carried.ticket as TicketState;
      this.clock = carried.clock as SlaClockState;
      this.resolvedAt = carried.resolvedAt;
      this.pagedOnCall = carried.pagedOnCall;
      return;
    }
    this.ticket = { ...createTicketState({ priority: context.priority, assigneeId: context.assigneeId }), status: context.status };
    this.clock = this.initialClock(now);
    this.resolvedAt = context.status === 'resolved' ? now : null;
    this.pagedOnCall = false;
  }

  private policyFor = (priority: Priority): SlaPolicy => resolvePolicy(this.context.defaultPolicies, this.context.orgPolicies, priority);

  /** The clock runs from the ticket's creation, so a workflow started late still has the right deadlines. */
  private initialClock(now: number): SlaClockState {
    const started = startClock(createSlaClock(this.policyFor(this.context.priority)), this.context.createdAt);
    if (this.context.status === 'waiting_on_customer') return pauseClock(started, now);
    if (this.context.status === 'resolved' || this.context.status === 'closed') return resolveClock(started, now);
    return started;
  }

  /** Applies a request; returns the read-model change, or the reason it was refused (nothing changes then). */
  apply(request: TicketRequest, now: number): { ok: true; change: TicketChange } | { ok: false; reason: string } {
    const result = applyTicketCommand(this.ticket, request.command);
    if (!result.ok) {
      this.lastRejection = result.error.message;
      return { ok: false, reason: result.error.message };
    }
    this.ticket = result.state;
    for (const event of clockEventsFor(result.effects, now, this.policyFor)) this.clock = applyClockEvent(this.clock, event);
    for (const effect of result.effects) {
      if (effect.type === 'autoClose') this.resolvedAt = effect.action === 'schedule' ? now : null;
    }
    this.lastRejection = null;
    return { ok: true, change: this.change(request, result.effects, now) };
  }

  /** Checks a request without applying it (Update validators must not change state). */
  check(request: TicketRequest): string | null {
    const result = applyTicketCommand(this.ticket, request.command);
    return result.ok ? null : result.error.message;
  }

  fireDueTimers(now: number): SlaTimer[] {
    const { state, fired } = fireDue(this.clock, now);
    this.clock = state;
    return fired;
  }

  nextSlaTimerAt(): number | null {
    return nextTimer(this.clock)?.at ?? null;
  }

  change(request: TicketRequest | null, effects: TicketChange['effects'], now: number): TicketChange {
    const due = deadlines(this.clock);
    const message =
      request?.command.type === 'addMessage' && request.text
        ? {
            body: request.text,
            visibility: request.command.visibility,
            authorKind: request.command.authorKind,
            authorName: request.actor?.name ?? 'URackIT',
          }
        : undefined;
    return {
      ticketId: this.context.ticketId,
      status: this.ticket.status,
      priority: this.ticket.priority,
      assigneeId: this.ticket.assigneeId,
      escalationLevel: this.ticket.escalationLevel,
      effects,
      message,
      reason: request?.command.type === 'addMessage' ? undefined : request?.text,
      actorUserId: request?.actor?.userId,
      resolution: this.ticket.resolution,
      firstResponded: this.ticket.firstResponded,
      due: { firstResponse: due.firstResponse, resolution: due.resolution },
      slaPaused: this.ticket.status === 'waiting_on_customer',
      at: now,
    };
  }

  view(now: number, autoCloseAt: number | null): TicketView {
    return {
      ticketId: this.context.ticketId,
      status: this.ticket.status,
      priority: this.ticket.priority,
      assigneeId: this.ticket.assigneeId,
      escalationLevel: this.ticket.escalationLevel,
      sla: slaSnapshot(this.clock, now),
      autoCloseAt,
      pagedOnCall: this.pagedOnCall,
      lastRejection: this.lastRejection,
    };
  }

  carry(timers: Pick<CarriedTicketState, 'closedAt' | 'pageAckDeadline'>): CarriedTicketState {
    return {
      ticket: this.ticket,
      clock: this.clock,
      context: this.context,
      resolvedAt: this.resolvedAt,
      pagedOnCall: this.pagedOnCall,
      ...timers,
    };
  }
}
