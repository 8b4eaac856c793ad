import type { TicketPriority, TicketStatus } from './codes';

/**
 * The ticket state machine, pure and workflow-safe. The TicketWorkflow holds a TicketState,
 * applies each command that arrives (signal, update, API, CLI) and carries out the effects:
 * SLA clock events, auto-close timer, notifications, read-model writes.
 *
 *   open → assigned → in_progress ⇄ waiting_on_customer → resolved → closed
 *   resolve from any active state; reopen from resolved or closed (→ in_progress, or open
 *   when nobody is assigned). A refused command changes nothing and says why.
 *
 * Commands carry no timestamps: effects tell the workflow what happened, and the workflow
 * stamps them with its own deterministic `now` (see ./sla-bridge).
 */

export type MessageVisibility = 'public' | 'internal';

/** Why a ticket went up a level: a person, a caller, the SLA clock, after-hours paging, an unanswered callback. */
export const ESCALATION_TRIGGERS = ['manual', 'caller_request', 'sla_breach', 'after_hours', 'callback_unanswered'] as const;
export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];
/** 'agent' is a human technician; 'ai' (the phone brains) and 'system' never count as first response. */
export type MessageAuthorKind = 'agent' | 'customer' | 'ai' | 'system';

export interface TicketState {
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  /** A human agent has written a public message. */
  firstResponded: boolean;
  /** The highest level reached by any escalation (manual, caller, SLA, paging); a manual one goes one above. */
  escalationLevel: number;
  resolution: string | null;
  reopenCount: number;
}

export type TicketCommand =
  | { type: 'assign'; agentId: string }
  | { type: 'addMessage'; visibility: MessageVisibility; authorKind: MessageAuthorKind }
  | { type: 'changePriority'; priority: TicketPriority }
  | {
      type: 'escalate';
      reason: string;
      /** 'manual' when omitted. */
      trigger?: EscalationTrigger;
      /** The level reached; one above the ticket's current level when omitted. */
      level?: number;
      /** Who is told: an audience ('supervisor', 'on_call', …) or a number the call was sent to. */
      notify?: string;
      /** Hand the ticket to this technician as well: they are assigned and told. */
      toAgentId?: string;
    }
  | { type: 'setWaiting' }
  | { type: 'setInProgress' }
  | { type: 'resolve'; resolution: string }
  | { type: 'reopen' }
  | { type: 'close' };
export type TicketCommandType = TicketCommand['type'];

/** What the SLA clock must hear about; ./sla-bridge turns these into clock events. */
export type SlaSignal = 'firstResponse' | 'pause' | 'resume' | 'resolve' | 'reopen';

export type TicketEffect =
  | { type: 'statusChanged'; from: TicketStatus; to: TicketStatus }
  | { type: 'assigned'; agentId: string; previousAgentId: string | null }
  | { type: 'priorityChanged'; from: TicketPriority; to: TicketPriority }
  | { type: 'escalated'; level: number; reason: string; trigger: EscalationTrigger; notify: string; toAgentId?: string }
  | { type: 'sla'; signal: SlaSignal }
  | { type: 'autoClose'; action: 'schedule' | 'cancel' };

export type TicketErrorCode = 'invalid_transition' | 'invalid_argument';
export interface TicketError {
  code: TicketErrorCode;
  message: string;
}
export type TicketCommandResult = { ok: true; state: TicketState; effects: TicketEffect[] } | { ok: false; error: TicketError };

/** How long a resolved ticket waits for the customer before it closes by itself (wall time). */
export const DEFAULT_AUTO_CLOSE_MS = 3 * 24 * 60 * 60 * 1000;

const ACTIVE: readonly TicketStatus[] = ['open', 'assigned', 'in_progress', 'waiting_on_customer'];

/** The transition table: the statuses each command is accepted in. */
export const COMMAND_ALLOWED_FROM: Readonly<Record<TicketCommandType, readonly TicketStatus[]>> = {
  assign: ACTIVE,
  addMessage: [...ACTIVE, 'resolved'],
  changePriority: [...ACTIVE, 'resolved'],
  escalate: ACTIVE,
  setWaiting: ['assigned', 'in_progress'],
  setInProgress: ['assigned', 'waiting_on_customer'],
  resolve: ACTIVE,
  reopen: ['resolved', 'closed'],
  close: ['resolved'],
};

/** Every status change a command can make (the state graph, for documentation and tests). */
export const STATUS_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  open: ['assigned', 'resolved'],
  assigned: ['in_progress', 'waiting_on_customer', 'resolved'],
  in_progress: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress', 'open'],
  closed: ['in_progress', 'open'],
};

export function createTicketState(init: { priority: TicketPriority; assigneeId?: string | null }): TicketState {
  const assigneeId = init.assigneeId?.trim() ? init.assigneeId.trim() : null;
  return {
    status: assigneeId === null ? 'open' : 'assigned',
    priority: init.priority,
    assigneeId,
    firstResponded: false,
    escalationLevel: 0,
    resolution: null,
    reopenCount: 0,
  };
}

// ---------------------------------------------------------------- command handlers

type Outcome = { ok: true; state: TicketState; effects: TicketEffect[] } | { ok: false; error: TicketError };
type Handler<K extends TicketCommandType> = (state: TicketState, command: Extract<TicketCommand, { type: K }>) => Outcome;

const ok = (state: TicketState, effects: TicketEffect[]): Outcome => ({ ok: true, state, effects });
const invalidArgument = (message: string): Outcome => ({ ok: false, error: { code: 'invalid_argument', message } });

/** Change status, reporting it as an effect. */
function moveTo(state: TicketState, to: TicketStatus, effects: TicketEffect[]): TicketEffect[] {
  return state.status === to ? effects : [{ type: 'statusChanged', from: state.status, to }, ...effects];
}

const handlers: { [K in TicketCommandType]: Handler<K> } = {
  assign: (state, { agentId }) => {
    const id = agentId.trim();
    if (id === '') return invalidArgument('agentId must not be empty');
    if (id === state.assigneeId) return ok(state, []);
    const to = state.status === 'open' ? 'assigned' : state.status;
    const assigned: TicketEffect = { type: 'assigned', agentId: id, previousAgentId: state.assigneeId };
    return ok({ ...state, assigneeId: id, status: to }, moveTo(state, to, [assigned]));
  },
  addMessage: (state, { visibility, authorKind }) => {
    const isPublic = visibility === 'public';
    if (isPublic && authorKind === 'agent' && !state.firstResponded) {
      return ok({ ...state, firstResponded: true }, [{ type: 'sla', signal: 'firstResponse' }]);
    }
    // The customer answered what we were waiting for: work (and the SLA clock) resumes.
    if (isPublic && authorKind === 'customer' && state.status === 'waiting_on_customer') {
      return ok({ ...state, status: 'in_progress' }, moveTo(state, 'in_progress', [{ type: 'sla', signal: 'resume' }]));
    }
    return ok(state, []);
  },
  changePriority: (state, { priority }) => {
    if (priority === state.priority) return ok(state, []);
    return ok({ ...state, priority }, [{ type: 'priorityChanged', from: state.priority, to: priority }]);
  },
  escalate: (state, { reason, trigger = 'manual', level, notify = 'supervisor', toAgentId }) => {
    if (reason.trim() === '') return invalidArgument('an escalation needs a reason');
    if (level !== undefined && (!Number.isInteger(level) || level < 1))
      return invalidArgument('an escalation level is a whole number from 1');
    const target = toAgentId?.trim() || undefined;
    const reached = level ?? state.escalationLevel + 1;
    const escalated: TicketEffect = {
      type: 'escalated',
      level: reached,
      reason: reason.trim(),
      trigger,
      notify: target ? `agent ${target}` : notify,
      ...(target ? { toAgentId: target } : {}),
    };
    const raised = { ...state, escalationLevel: Math.max(state.escalationLevel, reached) };
    if (!target || target === state.assigneeId) return ok(raised, [escalated]);
    // Escalated to a named technician: the ticket is theirs now.
    const assigned = handlers.assign(raised, { type: 'assign', agentId: target });
    return assigned.ok ? ok(assigned.state, [escalated, ...assigned.effects]) : assigned;
  },
  setWaiting: (state) =>
    ok({ ...state, status: 'waiting_on_customer' }, moveTo(state, 'waiting_on_customer', [{ type: 'sla', signal: 'pause' }])),
  setInProgress: (state) => {
    const effects: TicketEffect[] = state.status === 'waiting_on_customer' ? [{ type: 'sla', signal: 'resume' }] : [];
    return ok({ ...state, status: 'in_progress' }, moveTo(state, 'in_progress', effects));
  },
  resolve: (state, { resolution }) => {
    if (resolution.trim() === '') return invalidArgument('a resolution must say how the issue was resolved');
    const effects: TicketEffect[] = [
      { type: 'sla', signal: 'resolve' },
      { type: 'autoClose', action: 'schedule' },
    ];
    return ok({ ...state, status: 'resolved', resolution: resolution.trim() }, moveTo(state, 'resolved', effects));
  },
  reopen: (state) => {
    const to: TicketStatus = state.assigneeId === null ? 'open' : 'in_progress';
    const effects: TicketEffect[] = [{ type: 'sla', signal: 'reopen' }];
    if (state.status === 'resolved') effects.push({ type: 'autoClose', action: 'cancel' });
    return ok({ ...state, status: to, resolution: null, reopenCount: state.reopenCount + 1 }, moveTo(state, to, effects));
  },
  close: (state) => ok({ ...state, status: 'closed' }, moveTo(state, 'closed', [{ type: 'autoClose', action: 'cancel' }])),
};

function describe(command: TicketCommandType, status: TicketStatus): string {
  const allowed = COMMAND_ALLOWED_FROM[command].join(', ');
  return `cannot ${command}: the ticket is ${status} (allowed when ${allowed})`;
}

/**
 * Apply one command. On success: the new state and the effects to carry out, in order.
 * On failure: a code and a message for the caller; the given state is untouched.
 */
export function applyTicketCommand(state: TicketState, command: TicketCommand): TicketCommandResult {
  if (!COMMAND_ALLOWED_FROM[command.type].includes(state.status)) {
    return { ok: false, error: { code: 'invalid_transition', message: describe(command.type, state.status) } };
  }
  const handler = handlers[command.type] as (s: TicketState, c: TicketCommand) => Outcome;
  return handler(state, command);
}
