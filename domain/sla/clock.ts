import { businessMsBetween } from './calendar';
import { clockStatus } from './clock-timers';
import { type SlaPolicy, policyCalendar, policyTargetsMs } from './policy';

/**
 * The SLA clock of one ticket as a pure state machine. A TicketWorkflow keeps the state, feeds
 * it events with `workflow now` (epoch ms) and sleeps until `nextTimer(state)`; nothing here
 * reads a clock, so replays are deterministic.
 *
 * Model: each target (first response, resolution) has a budget of open time (`targetMs`) on the
 * policy's calendar. Time is consumed only while the target runs; a running segment starts at
 * `runningSince` and is folded into `consumedMs` when it stops (pause, policy change, met).
 * Deadlines are therefore `addBusinessMs(runningSince, targetMs - consumedMs)`, which makes a
 * pause of p shift them by exactly the open time inside p.
 *
 * Events are total and idempotent: an event that does not apply in the current status (pause
 * while paused, resolve twice) returns the state unchanged, because signals can be redelivered
 * and the ticket state machine already rejects user mistakes.
 */

export type SlaTargetName = 'firstResponse' | 'resolution';
export const SLA_TARGETS: readonly SlaTargetName[] = ['firstResponse', 'resolution'];

export interface SlaTargetState {
  /** Budget in ms of open calendar time. */
  targetMs: number;
  /** Open time consumed by finished segments. */
  consumedMs: number;
  /** Start of the current running segment; null when not running. */
  runningSince: number | null;
  metAt: number | null;
  /** When the warning / breach became due (recorded when fired, so each fires once). */
  warnedAt: number | null;
  breachedAt: number | null;
  escalatedLevels: number[];
}

export interface SlaClockState {
  policy: SlaPolicy;
  startedAt: number | null;
  pausedAt: number | null;
  resolvedAt: number | null;
  /** Wall-clock ms spent waiting on the customer, for reporting. */
  pausedTotalMs: number;
  targets: Record<SlaTargetName, SlaTargetState>;
}

export type SlaClockStatus = 'idle' | 'running' | 'paused' | 'stopped';

export type SlaClockEvent =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'changePolicy'; at: number; policy: SlaPolicy }
  | { type: 'firstResponse'; at: number }
  | { type: 'resolve'; at: number }
  | { type: 'reopen'; at: number };

function freshTarget(targetMs: number): SlaTargetState {
  return {
    targetMs,
    consumedMs: 0,
    runningSince: null,
    metAt: null,
    warnedAt: null,
    breachedAt: null,
    escalatedLevels: [],
  };
}

/** A clock that has not started yet. */
export function createSlaClock(policy: SlaPolicy): SlaClockState {
  const targets = policyTargetsMs(policy);
  return {
    policy,
    startedAt: null,
    pausedAt: null,
    resolvedAt: null,
    pausedTotalMs: 0,
    targets: { firstResponse: freshTarget(targets.firstResponse), resolution: freshTarget(targets.resolution) },
  };
}

// ---------------------------------------------------------------- segment helpers

/** Fold the running segment into consumed time (time running backwards counts as zero). */
function stopSegment(state: SlaClockState, target: SlaTargetState, t: number): SlaTargetState {
  if (target.runningSince === null) return target;
  const used = Math.max(0, businessMsBetween(policyCalendar(state.policy), target.runningSince, t));
  return { ...target, consumedMs: target.consumedMs + used, runningSince: null };
}

function startSegment(target: SlaTargetState, t: number): SlaTargetState {
  return target.metAt === null ? { ...target, runningSince: t } : target;
}

function mapTargets(state: SlaClockState, fn: (target: SlaTargetState) => SlaTargetState): SlaClockState {
  return { ...state, targets: { firstResponse: fn(state.targets.firstResponse), resolution: fn(state.targets.resolution) } };
}

// ---------------------------------------------------------------- events

export function startClock(state: SlaClockState, t: number): SlaClockState {
  if (state.startedAt !== null || state.resolvedAt !== null) return state;
  return mapTargets({ ...state, startedAt: t }, (target) => startSegment(target, t));
}

/** Waiting on the customer: no target consumes time until `resumeClock`. */
export function pauseClock(state: SlaClockState, t: number): SlaClockState {
  if (clockStatus(state) !== 'running') return state;
  return mapTargets({ ...state, pausedAt: t }, (target) => stopSegment(state, target, t));
}

export function resumeClock(state: SlaClockState, t: number): SlaClockState {
  if (clockStatus(state) !== 'paused' || state.pausedAt === null) return state;
  const pausedTotalMs = state.pausedTotalMs + Math.max(0, t - state.pausedAt);
  return mapTargets({ ...state, pausedAt: null, pausedTotalMs }, (target) => startSegment(target, t));
}

/**
 * Priority (or terms) changed: time consumed so far is measured on the old calendar and kept,
 * the budgets become the new policy's, and running targets continue on the new calendar from `t`.
 * Fired warnings, breaches and levels stay recorded, so nothing fires a second time.
 */
export function changeClockPolicy(state: SlaClockState, t: number, policy: SlaPolicy): SlaClockState {
  const running = clockStatus(state) === 'running';
  const budgets = policyTargetsMs(policy);
  const stopped = mapTargets(state, (target) => stopSegment(state, target, t));
  const retargeted: SlaClockState = {
    ...stopped,
    policy,
    targets: {
      firstResponse: { ...stopped.targets.firstResponse, targetMs: budgets.firstResponse },
      resolution: { ...stopped.targets.resolution, targetMs: budgets.resolution },
    },
  };
  return running ? mapTargets(retargeted, (target) => startSegment(target, t)) : retargeted;
}

/** The first human public reply: stops the first-response target. */
export function recordFirstResponse(state: SlaClockState, t: number): SlaClockState {
  const target = state.targets.firstResponse;
  if (target.metAt !== null) return state;
  const met = { ...stopSegment(state, target, t), metAt: t };
  return { ...state, targets: { ...state.targets, firstResponse: met } };
}

/** Resolution stops every target; an unanswered first response counts as answered by it. */
export function resolveClock(state: SlaClockState, t: number): SlaClockState {
  if (state.resolvedAt !== null) return state;
  const pausedTotalMs = state.pausedTotalMs + (state.pausedAt === null ? 0 : Math.max(0, t - state.pausedAt));
  const stopped = mapTargets(state, (target) => {
    const halted = stopSegment(state, target, t);
    return halted.metAt === null ? { ...halted, metAt: t } : halted;
  });
  return { ...stopped, resolvedAt: t, pausedAt: null, pausedTotalMs };
}

/**
 * Reopen after resolve/close: the resolution target runs again with its consumed time kept
 * (the time it sat resolved does not count); first response stays met.
 */
export function reopenClock(state: SlaClockState, t: number): SlaClockState {
  if (state.resolvedAt === null) return state;
  const resolution = { ...state.targets.resolution, metAt: null, runningSince: t };
  return { ...state, startedAt: state.startedAt ?? t, resolvedAt: null, targets: { ...state.targets, resolution } };
}

type Handlers = { [K in SlaClockEvent['type']]: (state: SlaClockState, event: Extract<SlaClockEvent, { type: K }>) => SlaClockState };

const handlers: Handlers = {
  start: (s, e) => startClock(s, e.at),
  pause: (s, e) => pauseClock(s, e.at),
  resume: (s, e) => resumeClock(s, e.at),
  changePolicy: (s, e) => changeClockPolicy(s, e.at, e.policy),
  firstResponse: (s, e) => recordFirstResponse(s, e.at),
  resolve: (s, e) => resolveClock(s, e.at),
  reopen: (s, e) => reopenClock(s, e.at),
};

/** One entry point for event-sourced callers (the workflow applies whatever arrived). */
export function applyClockEvent(state: SlaClockState, event: SlaClockEvent): SlaClockState {
  const handler = handlers[event.type] as (s: SlaClockState, e: SlaClockEvent) => SlaClockState;
  return handler(state, event);
}

export {
  type SlaTimer,
  type SlaTimerKind,
  type SlaSnapshot,
  type PerTarget,
  deadlines,
  warningAt,
  remainingMs,
  pendingTimers,
  nextTimer,
  fireTimer,
  fireDue,
  slaSnapshot,
  clockStatus,
} from './clock-timers';
