import {
  applyClockEvent,
  clockStatus,
  createSlaClock,
  deadlines,
  fireDue,
  nextTimer,
  pauseClock,
  resolveClock,
  slaSnapshot,
  startClock,
  type SlaClockState,
  type SlaTimer,
} from '../../domain/sla/clock';
import { resolvePolicy, type SlaPolicy } from '../../domain/sla/policy';
import type { TicketPriority } from '../../domain/tickets/codes';
import { applyTicketCommand, createTicketState, type TicketEffect, type TicketState } from '../../domain/tickets/lifecycle';
import { onCallBriefing, slaNotice, slaTimerSummary } from '../../domain/tickets/notices';
import { calendarZone } from '../../domain/sla/calendar';
import { clockEventsFor } from '../../domain/tickets/sla-bridge';
import type { TicketRequest, TicketView } from './messages';
import type { CarriedTicketState, TicketChange, TicketContext, TicketNotice, TicketRowState } from './types';

/** How many handled request ids a ticket remembers to recognise a redelivery. */
const REQUESTS_REMEMBERED = 200;

type Times = CarriedTicketState['times'];
type Applied = { ok: true; change: TicketChange } | { ok: false; reason: string };

/**
 * A ticket's live state: the lifecycle state machine, its SLA clock and the count of changes made.
 * Pure bookkeeping: every decision comes back as a TicketChange for the workflow to project.
 */
export class TicketMachine {
  ticket: TicketState;
  clock: SlaClockState;
  seq: number;
  times: Times;
  slaBreached: boolean;
  pagedOnCall: boolean;
  lastRejection: string | null = null;
  private readonly handledRequests: string[];

  constructor(
    readonly context: TicketContext,
    now: number,
    carried?: CarriedTicketState,
  ) {
    if (carried) {
      ({ ticket: this.ticket, clock: this.clock, seq: this.seq, times: this.times, slaBreached: this.slaBreached } = carried);
      this.pagedOnCall = carried.pagedOnCall;
      this.handledRequests = [...carried.handledRequests];
      return;
    }
    const created = createTicketState({ priority: context.priority, assigneeId: context.assigneeId });
    this.ticket = {
      ...created,
      status: context.status,
      escalationLevel: context.escalationLevel,
      firstResponded: context.firstRespondedAt !== null,
    };
    this.clock = this.initialClock(now);
    this.seq = context.lastChangeSeq;
    this.times = {
      firstRespondedAt: context.firstRespondedAt,
      resolvedAt: context.status === 'resolved' ? (context.resolvedAt ?? now) : context.resolvedAt,
      closedAt: context.status === 'closed' ? (context.closedAt ?? now) : null,
    };
    this.slaBreached = false;
    this.pagedOnCall = false;
    this.handledRequests = [];
  }

  private policyFor = (priority: TicketPriority): SlaPolicy =>
    resolvePolicy(this.context.defaultPolicies, this.context.orgPolicies, priority);

  /** The clock runs from the ticket's creation, so a workflow started late still has the right deadlines. */
  private initialClock(now: number): SlaClockState {
    const started = startClock(createSlaClock(this.policyFor(this.context.priority)), this.context.createdAt);
    if (this.context.status === 'waiting_on_customer') return pauseClock(started, now);
    if (this.context.status === 'resolved' || this.context.status === 'closed') return resolveClock(started, now);
    return started;
  }

  /** A request with an id seen before: answer it, apply nothing. */
  isRedelivery(request: TicketRequest): boolean {
    return request.requestId !== undefined && this.handledRequests.includes(request.requestId);
  }

  /** The first change of a new ticket: its deadlines, as the clock set them. */
  opened(now: number): TicketChange {
    return this.record(now, []);
  }

  /** Applies a request; returns the change to project, or the reason it was refused (nothing changes then). */
  apply(request: TicketRequest, now: number): Applied {
    const result = applyTicketCommand(this.ticket, request.command);
    if (!result.ok) {
      this.lastRejection = result.error.message;
      return { ok: false, reason: result.error.message };
    }
    this.ticket = result.state;
    for (const event of clockEventsFor(result.effects, now, this.policyFor)) this.clock = applyClockEvent(this.clock, event);
    this.times = nextTimes(this.times, result.effects, now);
    this.lastRejection = null;
    if (request.requestId) this.remember(request.requestId);
    return { ok: true, change: this.record(now, result.effects, request) };
  }

  /** Checks a request without applying it (Update validators must not change state). */
  check(request: TicketRequest): string | null {
    if (this.isRedelivery(request)) return null;
    const result = applyTicketCommand(this.ticket, request.command);
    return result.ok ? null : result.error.message;
  }

  /** Every SLA timer due by `now`, each as its own change: a breach flags, an escalation raises the level. */
  fireDueTimers(now: number): TicketChange[] {
    const { state, fired } = fireDue(this.clock, now);
    this.clock = state;
    return fired.flatMap((timer) => this.slaTimerChange(timer, now));
  }

  private slaTimerChange(timer: SlaTimer, now: number): TicketChange[] {
    if (timer.kind === 'breach') this.slaBreached = true;
    if (timer.kind !== 'escalate') return [this.record(now, [], undefined, timer)];
    const target = timer.target === 'firstResponse' ? 'first response' : 'resolution';
    const command = {
      type: 'escalate',
      reason: `${target} target breached`,
      trigger: 'sla_breach',
      level: timer.level,
      notify: timer.notify,
    } as const;
    const applied = this.apply({ command, actor: { name: 'SLA' } }, now);
    return applied.ok ? [{ ...applied.change, slaTimer: timer }] : [];
  }

  /** After hours, a critical ticket pages on-call (level 1), then the supervisor if nobody acknowledges (level 2). */
  page(level: 1 | 2, now: number): TicketChange | null {
    const command =
      level === 1
        ? ({
            type: 'escalate',
            reason: 'critical ticket outside business hours',
            trigger: 'after_hours',
            level,
            notify: 'on_call',
          } as const)
        : ({ type: 'escalate', reason: 'on-call page not acknowledged', trigger: 'after_hours', level, notify: 'supervisor' } as const);
    const applied = this.apply({ command, actor: { name: 'after-hours paging' } }, now);
    if (!applied.ok) return null;
    this.pagedOnCall = true;
    return applied.change;
  }

  /** Who must hear about a change, and what they read. */
  notices(change: TicketChange): TicketNotice[] {
    const notice = (audience: TicketNotice['audience'], text: string): TicketNotice => ({
      ticketId: change.ticketId,
      seq: change.seq,
      audience,
      text,
    });
    const escalated = change.effects.find((effect) => effect.type === 'escalated');
    if (escalated?.trigger === 'after_hours') {
      return [notice(escalated.notify === 'on_call' ? 'on_call' : 'supervisor', onCallBriefing(this.context, escalated.level))];
    }
    const timer = change.slaTimer;
    if (!timer) return [];
    return [notice(timer.kind === 'escalate' ? (timer.notify ?? 'assignee') : 'assignee', slaNotice(change.ticketId, timer))];
  }

  nextSlaTimerAt(): number | null {
    return nextTimer(this.clock)?.at ?? null;
  }

  /** The SLA in one word, for search: breached, paused, stopped (met or closed), warning, or ok. */
  slaState(): 'ok' | 'warning' | 'breached' | 'paused' | 'stopped' {
    if (this.slaBreached) return 'breached';
    const status = clockStatus(this.clock);
    if (status === 'paused' || status === 'stopped') return status;
    return Object.values(this.clock.targets).some((target) => target.warnedAt !== null && target.metAt === null) ? 'warning' : 'ok';
  }

  /** What the next timer waits for, in the desk's time zone ("first-response breach due Mon 11:00 …"). */
  nextTimerSummary(): string | undefined {
    const timer = nextTimer(this.clock);
    return timer ? slaTimerSummary(timer, calendarZone(this.context.businessCalendar)) : undefined;
  }

  /** The workflow's current details in the Temporal UI. */
  details(): string {
    const { ticket, context } = this;
    const next = this.nextTimerSummary();
    return [
      `**${ticket.status.replace(/_/g, ' ')}** · ${ticket.priority} · SLA ${this.slaState()}`,
      `${context.organizationName ?? 'no organisation'} · ${ticket.assigneeId ? `assigned to agent ${ticket.assigneeId}` : 'unassigned'} · escalation level ${ticket.escalationLevel}`,
      next ? `next: ${next}` : 'no SLA timer pending',
    ].join('\n\n');
  }

  /** A resolved ticket closes by itself this long after it was resolved. */
  autoCloseAt(autoCloseAfterMs: number): number | null {
    return this.ticket.status === 'resolved' && this.times.resolvedAt !== null ? this.times.resolvedAt + autoCloseAfterMs : null;
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

  carry(pageAckDeadline: number | null): CarriedTicketState {
    return {
      context: this.context,
      ticket: this.ticket,
      clock: this.clock,
      seq: this.seq,
      times: this.times,
      slaBreached: this.slaBreached,
      pagedOnCall: this.pagedOnCall,
      pageAckDeadline,
      handledRequests: this.handledRequests,
    };
  }

  private remember(requestId: string): void {
    this.handledRequests.push(requestId);
    if (this.handledRequests.length > REQUESTS_REMEMBERED) this.handledRequests.shift();
  }

  private row(): TicketRowState {
    const due = deadlines(this.clock);
    return {
      status: this.ticket.status,
      priority: this.ticket.priority,
      assigneeId: this.ticket.assigneeId,
      escalationLevel: this.ticket.escalationLevel,
      resolution: this.ticket.resolution,
      ...this.times,
      firstResponseDueAt: due.firstResponse,
      resolutionDueAt: due.resolution,
      slaPaused: this.ticket.status === 'waiting_on_customer',
      slaBreached: this.slaBreached,
    };
  }

  private record(now: number, effects: TicketEffect[], request?: TicketRequest, slaTimer?: SlaTimer): TicketChange {
    this.seq += 1;
    const command = request?.command;
    const message =
      command?.type === 'addMessage' && request?.text
        ? {
            body: request.text,
            visibility: command.visibility,
            authorKind: command.authorKind,
            authorName: request.actor?.name ?? 'URackIT',
          }
        : undefined;
    return {
      ticketId: this.context.ticketId,
      seq: this.seq,
      at: now,
      row: this.row(),
      effects,
      slaTimer,
      message,
      reason: command?.type === 'addMessage' ? undefined : request?.text,
      actor: request?.actor,
    };
  }
}

/** The row's timestamps after a command's effects: set when a thing first happens, cleared on reopen. */
function nextTimes(times: Times, effects: readonly TicketEffect[], now: number): Times {
  let next = times;
  for (const effect of effects) {
    if (effect.type === 'sla' && effect.signal === 'firstResponse') next = { ...next, firstRespondedAt: next.firstRespondedAt ?? now };
    if (effect.type === 'statusChanged' && effect.to === 'resolved') next = { ...next, resolvedAt: now, closedAt: null };
    if (effect.type === 'statusChanged' && effect.to === 'closed') next = { ...next, closedAt: now };
    if (effect.type === 'sla' && effect.signal === 'reopen') next = { ...next, resolvedAt: null, closedAt: null };
  }
  return next;
}
