import { addBusinessMs, businessMsBetween } from './calendar';
import type { SlaClockState, SlaClockStatus, SlaTargetName, SlaTargetState } from './clock';
import { type EscalationAudience, policyCalendar } from './policy';
import { MINUTE_MS } from './zone';

/**
 * Queries over an SlaClockState: absolute deadlines, remaining budget, and the next instant the
 * workflow must wake. Every instant is derived from the running segment's start plus the
 * remaining budget of open time, so the answer is the same however often it is asked.
 */

export type SlaTimerKind = 'warning' | 'breach' | 'escalate';

export interface SlaTimer {
  /** When it is (or was) due, epoch ms. May be in the past: fire it at once. */
  at: number;
  kind: SlaTimerKind;
  target: SlaTargetName;
  /** Escalation level and audience, for kind 'escalate'. */
  level?: number;
  notify?: EscalationAudience;
}

export type PerTarget<T> = Record<SlaTargetName, T>;

const TARGET_NAMES: readonly SlaTargetName[] = ['firstResponse', 'resolution'];
const KIND_ORDER: Record<SlaTimerKind, number> = { warning: 0, breach: 1, escalate: 2 };

function perTarget<T>(fn: (name: SlaTargetName, target: SlaTargetState) => T, state: SlaClockState): PerTarget<T> {
  return { firstResponse: fn('firstResponse', state.targets.firstResponse), resolution: fn('resolution', state.targets.resolution) };
}

function warningBudgetMs(state: SlaClockState, target: SlaTargetState): number {
  return Math.floor((target.targetMs * state.policy.warningPercent) / 100);
}

/** The instant at which a running target will have consumed `budgetMs` in total; null if not running. */
function instantAtBudget(state: SlaClockState, target: SlaTargetState, budgetMs: number): number | null {
  if (target.runningSince === null) return null;
  const left = Math.max(0, budgetMs - target.consumedMs);
  return addBusinessMs(policyCalendar(state.policy), target.runningSince, left);
}

/** Absolute due times of the running targets (null: met, paused, not started or resolved). */
export function deadlines(state: SlaClockState): PerTarget<number | null> {
  return perTarget((_, target) => instantAtBudget(state, target, target.targetMs), state);
}

/** When each running target reaches its warning threshold (whether or not it already fired). */
export function warningAt(state: SlaClockState): PerTarget<number | null> {
  return perTarget((_, target) => instantAtBudget(state, target, warningBudgetMs(state, target)), state);
}

/** Open-time budget left at `t` (negative once overdue); null once the target is met. */
export function remainingMs(state: SlaClockState, t: number): PerTarget<number | null> {
  const cal = policyCalendar(state.policy);
  return perTarget((_, target) => {
    if (target.metAt !== null) return null;
    const running = target.runningSince === null ? 0 : Math.max(0, businessMsBetween(cal, target.runningSince, t));
    return target.targetMs - target.consumedMs - running;
  }, state);
}

function timersOf(state: SlaClockState, name: SlaTargetName, target: SlaTargetState): SlaTimer[] {
  if (target.runningSince === null) return [];
  const timers: SlaTimer[] = [];
  const at = (budget: number): number => instantAtBudget(state, target, budget) ?? Number.POSITIVE_INFINITY;
  if (target.warnedAt === null && target.breachedAt === null) {
    timers.push({ at: at(warningBudgetMs(state, target)), kind: 'warning', target: name });
  }
  if (target.breachedAt === null) timers.push({ at: at(target.targetMs), kind: 'breach', target: name });
  for (const step of state.policy.escalationLevels) {
    if (target.escalatedLevels.includes(step.level)) continue;
    const budget = target.targetMs + step.afterBreachMinutes * MINUTE_MS;
    timers.push({ at: at(budget), kind: 'escalate', target: name, level: step.level, notify: step.notify });
  }
  return timers;
}

function compareTimers(a: SlaTimer, b: SlaTimer): number {
  return (
    a.at - b.at ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    TARGET_NAMES.indexOf(a.target) - TARGET_NAMES.indexOf(b.target) ||
    (a.level ?? 0) - (b.level ?? 0)
  );
}

/** Every timer still to fire, soonest first (ties: warning, breach, escalate; first response first; lower level first). */
export function pendingTimers(state: SlaClockState): SlaTimer[] {
  return TARGET_NAMES.flatMap((name) => timersOf(state, name, state.targets[name])).sort(compareTimers);
}

/**
 * The next instant the workflow must wake and what fires then; null when nothing is running
 * (paused, met, resolved, or not started) — then only a signal can change anything.
 */
export function nextTimer(state: SlaClockState): SlaTimer | null {
  return pendingTimers(state)[0] ?? null;
}

/** Record that a timer fired, so it is never offered again. Idempotent. */
export function fireTimer(state: SlaClockState, timer: SlaTimer): SlaClockState {
  const target = state.targets[timer.target];
  const updated = recordFired(target, timer);
  return updated === target ? state : { ...state, targets: { ...state.targets, [timer.target]: updated } };
}

function recordFired(target: SlaTargetState, timer: SlaTimer): SlaTargetState {
  if (timer.kind === 'warning') return target.warnedAt === null ? { ...target, warnedAt: timer.at } : target;
  if (timer.kind === 'breach') return target.breachedAt === null ? { ...target, breachedAt: timer.at } : target;
  const level = timer.level;
  if (level === undefined || target.escalatedLevels.includes(level)) return target;
  return { ...target, escalatedLevels: [...target.escalatedLevels, level] };
}

/**
 * Fire, in order, every timer due at or before `t` (catching up after a late wake-up included).
 * The workflow notifies for each returned timer, then sleeps until `nextTimer` of the new state.
 */
export function fireDue(state: SlaClockState, t: number): { state: SlaClockState; fired: SlaTimer[] } {
  const fired: SlaTimer[] = [];
  let current = state;
  // Firing never adds timers, so each pass must retire one; the bound makes a bug visible
  // as a missed timer instead of a workflow task that never ends.
  const limit = pendingTimers(state).length;
  for (let timer = nextTimer(current); timer !== null && timer.at <= t && fired.length < limit; timer = nextTimer(current)) {
    fired.push(timer);
    current = fireTimer(current, timer);
  }
  return { state: current, fired };
}

export function clockStatus(state: SlaClockState): SlaClockStatus {
  if (state.resolvedAt !== null) return 'stopped';
  if (state.startedAt === null) return 'idle';
  return state.pausedAt === null ? 'running' : 'paused';
}

export interface SlaSnapshot {
  status: SlaClockStatus;
  targets: PerTarget<{
    dueAt: number | null;
    warningAt: number | null;
    remainingMs: number | null;
    metAt: number | null;
    breachedAt: number | null;
    escalatedLevels: number[];
  }>;
}

/** What a query or the panel shows: the status plus, per target, due time, budget left and history. */
export function slaSnapshot(state: SlaClockState, t: number): SlaSnapshot {
  const due = deadlines(state);
  const warn = warningAt(state);
  const left = remainingMs(state, t);
  return {
    status: clockStatus(state),
    targets: perTarget(
      (name, target) => ({
        dueAt: due[name],
        warningAt: warn[name],
        remainingMs: left[name],
        metAt: target.metAt,
        breachedAt: target.breachedAt,
        escalatedLevels: [...target.escalatedLevels],
      }),
      state,
    ),
  };
}
