import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type proto from '@temporalio/proto';
import { z } from 'zod';
import { createSlaClock, pendingTimers, startClock, type SlaTimer } from '../../domain/sla/clock';
import type { SlaPolicy } from '../../domain/sla/policy';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority } from '../../domain/tickets/codes';
import { slaTimerSummary } from '../../domain/tickets/notices';

/**
 * Audits a ticket's SLA timers after a drill, from Temporal's own record and from PostgreSQL.
 *
 * A TicketWorkflow does not hold one Temporal timer per deadline: it sleeps until the earliest
 * deadline still to come (one `condition` with a timeout, its summary naming that deadline), fires
 * what is due, and sleeps again. So in its history an idle open ticket has exactly one timer
 * started and neither fired nor cancelled, named for the policy's next deadline and due at it;
 * each deadline that has passed shows as one projected change carrying that `slaTimer`; and the
 * ticket row holds the first-response and resolution deadlines the policy gives from the ticket's
 * creation. A second open timer, or a deadline projected twice, is a doubled timer; no open timer
 * for the next deadline, or a passed deadline never projected, is a lost one.
 */

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;
type ProtoTime = { seconds?: number | { toNumber(): number } | null; nanos?: number | null } | null | undefined;

/** A Temporal timer started and neither fired nor cancelled. */
export interface OpenTimer {
  timerId: string;
  summary: string | null;
  /** When it fires: the workflow's clock in the task that started it, plus its duration. */
  firesAt: number | null;
}

const ZSlaTimer = z.object({
  at: z.number(),
  kind: z.enum(['warning', 'breach', 'escalate']),
  target: z.enum(['firstResponse', 'resolution']),
  level: z.number().int().optional(),
});

/** What the checker reads from each projected change (recordTicketChange's input). */
const ZRecordedChange = z.object({
  seq: z.number().int(),
  at: z.number(),
  row: z.object({ status: z.enum(TICKET_STATUSES), priority: z.enum(TICKET_PRIORITIES) }),
  effects: z.array(z.object({ type: z.string() }).passthrough()),
  slaTimer: ZSlaTimer.optional(),
});
export type RecordedChange = z.infer<typeof ZRecordedChange>;

export interface TicketTimeline {
  openTimers: OpenTimer[];
  /** Every change the workflow projected, once per seq, in seq order. */
  changes: RecordedChange[];
}

function msOf(time: ProtoTime): number | null {
  if (!time) return null;
  const seconds = typeof time.seconds === 'object' && time.seconds !== null ? time.seconds.toNumber() : Number(time.seconds ?? 0);
  return seconds * 1000 + Math.floor((time.nanos ?? 0) / 1_000_000);
}

const idOf = (value: unknown): string => String(value ?? '');

function decode(payload: unknown): unknown {
  return payload ? defaultPayloadConverter.fromPayload(payload as Payload) : undefined;
}

/** The open timers and the projected changes of one run's history. */
export function readTicketHistory(events: readonly HistoryEvent[]): TicketTimeline {
  const byId = new Map(events.map((event) => [idOf(event.eventId), event]));
  const taskStartedAt = (completedEventId: unknown): number | null => {
    const completed = byId.get(idOf(completedEventId))?.workflowTaskCompletedEventAttributes;
    return msOf(byId.get(idOf(completed?.startedEventId))?.eventTime);
  };
  const started = new Map<string, OpenTimer>();
  const changes = new Map<number, RecordedChange>();
  for (const event of events) {
    const timer = event.timerStartedEventAttributes;
    if (timer?.timerId) {
      const startedAt = taskStartedAt(timer.workflowTaskCompletedEventId);
      const duration = msOf(timer.startToFireTimeout);
      const summary = decode(event.userMetadata?.summary);
      started.set(timer.timerId, {
        timerId: timer.timerId,
        summary: typeof summary === 'string' ? summary : null,
        firesAt: startedAt === null || duration === null ? null : startedAt + duration,
      });
    }
    const ended = event.timerFiredEventAttributes?.timerId ?? event.timerCanceledEventAttributes?.timerId;
    if (ended) started.delete(ended);
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name === 'recordTicketChange') {
      const change = ZRecordedChange.parse(decode(scheduled.input?.payloads?.[0]));
      changes.set(change.seq, change);
    }
  }
  return { openTimers: [...started.values()], changes: [...changes.values()].sort((a, b) => a.seq - b.seq) };
}

/** What the ticket's policy says, read from PostgreSQL. */
export interface SlaExpectation {
  ticketId: number;
  createdAt: number;
  /** The desk's time zone, in which timer summaries name their deadline. */
  timeZone: string;
  policyFor: (priority: TicketPriority) => SlaPolicy;
}

/** The ticket row's deadlines as projected. */
export interface RowDeadlines {
  firstResponseDueAt: number | null;
  resolutionDueAt: number | null;
}

export interface SlaAuditOptions {
  /** When the audit looks: deadlines before it must have fired. */
  checkedAt: number;
  /** Deadlines this close before `checkedAt` may still be firing: neither required nor held against the ticket. */
  firingGraceMs: number;
}

export interface TicketSlaAudit {
  ticketId: number;
  /** Why the schedule could not be derived from creation and policy alone (then nothing else is counted). */
  notAudited?: string;
  /** Timers that must be armed now (1 for an open ticket with a deadline to come) and those armed as expected. */
  expectedArmed: number;
  armed: number;
  /** Open timers beyond one, plus deadlines projected more than once. */
  doubled: number;
  /** The next deadline not armed, plus passed deadlines never projected. */
  lost: number;
  /** Armed or fired for the right deadline at the wrong instant, or for a deadline the policy does not have. */
  wrongDeadline: number;
  /** Deadlines already passed (must have fired) and those that did. */
  dueExpected: number;
  fired: number;
  /** Whether the ticket row's two deadlines are the policy's. */
  rowDeadlinesRight: boolean;
  problems: string[];
}

const CLOCK_CHANGING_EFFECTS = new Set(['sla', 'priorityChanged']);
/** A ticket opened in one of these starts with its clock running (the others start paused or stopped). */
const RUNNING_AT_OPENING = new Set(['open', 'assigned', 'in_progress']);

const identity = (timer: Pick<SlaTimer, 'kind' | 'target' | 'level'>) =>
  `${timer.target} ${timer.kind}${timer.kind === 'escalate' ? ` ${timer.level ?? 1}` : ''}`;

function notAudited(ticketId: number, reason: string): TicketSlaAudit {
  return {
    ticketId,
    notAudited: reason,
    expectedArmed: 0,
    armed: 0,
    doubled: 0,
    lost: 0,
    wrongDeadline: 0,
    dueExpected: 0,
    fired: 0,
    rowDeadlinesRight: true,
    problems: [],
  };
}

/**
 * Compares one ticket's record with what its policy arms from the ticket's creation. Tickets whose
 * clock a command moved (priority changed, paused, answered, resolved) are left out and said so.
 */
export function auditTicketSlaTimers(
  expectation: SlaExpectation,
  timeline: TicketTimeline,
  row: RowDeadlines,
  options: SlaAuditOptions,
): TicketSlaAudit {
  const { ticketId } = expectation;
  const opening = timeline.changes[0];
  if (!opening) return { ...notAudited(ticketId, 'no change projected yet'), expectedArmed: 1, lost: 1, problems: ['never opened'] };
  // A run after continue-as-new starts at a later change: what the earlier runs fired is not in this history.
  if (opening.seq !== 1) return notAudited(ticketId, `this run begins at change ${opening.seq}`);
  if (!RUNNING_AT_OPENING.has(opening.row.status)) return notAudited(ticketId, `opened ${opening.row.status}`);
  const moved = timeline.changes.find((change) => change.effects.some((effect) => CLOCK_CHANGING_EFFECTS.has(effect.type)));
  if (moved) return notAudited(ticketId, `change ${moved.seq} moved the SLA clock`);

  const schedule = pendingTimers(startClock(createSlaClock(expectation.policyFor(opening.row.priority)), expectation.createdAt));
  const scheduled = new Map(schedule.map((timer) => [identity(timer), timer]));
  const problems: string[] = [];
  let doubled = 0;
  let lost = 0;
  let wrongDeadline = 0;

  const firedSeqs = new Map<string, { seqs: number[]; at: number }>();
  for (const change of timeline.changes) {
    if (!change.slaTimer) continue;
    const key = identity(change.slaTimer);
    const seen = firedSeqs.get(key) ?? { seqs: [], at: change.slaTimer.at };
    seen.seqs.push(change.seq);
    firedSeqs.set(key, seen);
  }
  for (const [key, { seqs, at }] of firedSeqs) {
    if (seqs.length > 1) {
      doubled += seqs.length - 1;
      problems.push(`${key} fired ${seqs.length} times (changes ${seqs.join(', ')})`);
    }
    const expected = scheduled.get(key);
    if (expected?.at !== at) {
      wrongDeadline += 1;
      problems.push(
        `${key} fired for ${new Date(at).toISOString()}, the policy has ${expected ? new Date(expected.at).toISOString() : 'no such deadline'}`,
      );
    }
  }
  const due = schedule.filter((timer) => timer.at <= options.checkedAt - options.firingGraceMs);
  for (const timer of due) {
    if (firedSeqs.has(identity(timer))) continue;
    lost += 1;
    problems.push(`${identity(timer)} due ${new Date(timer.at).toISOString()} never fired`);
  }

  // The workflow sleeps until the earliest deadline not yet fired; an earlier non-SLA wake-up (an
  // on-call page awaiting acknowledgement) legitimately stands in for it until then.
  // A deadline already counted lost is not asked for again: the next one to arm is still to come.
  const next = schedule.find((timer) => !firedSeqs.has(identity(timer)) && timer.at > options.checkedAt - options.firingGraceMs);
  const nextSummary = next ? slaTimerSummary(next, expectation.timeZone) : null;
  const open = timeline.openTimers;
  if (open.length > 1) {
    doubled += open.length - 1;
    problems.push(`${open.length} timers open: ${open.map((timer) => timer.summary ?? timer.timerId).join(' | ')}`);
  }
  const standIn =
    next && open.find((timer) => timer.summary !== null && !isSlaSummary(timer.summary) && (timer.firesAt ?? Infinity) < next.at);
  const expectedArmed = next && !standIn ? 1 : 0;
  let armed = 0;
  if (next && !standIn) {
    const named = open.find((timer) => timer.summary === nextSummary);
    if (!named) {
      lost += 1;
      problems.push(
        `${identity(next)} (“${nextSummary}”) not armed; open: ${open.map((timer) => timer.summary ?? timer.timerId).join(' | ') || 'none'}`,
      );
    } else if (named.firesAt !== next.at) {
      wrongDeadline += 1;
      problems.push(
        `${identity(next)} armed for ${named.firesAt === null ? 'an unknown instant' : new Date(named.firesAt).toISOString()}, due ${new Date(next.at).toISOString()}`,
      );
    } else armed = 1;
  }

  const breachAt = (target: SlaTimer['target']) => scheduled.get(identity({ kind: 'breach', target }))?.at ?? null;
  const rowDeadlinesRight = row.firstResponseDueAt === breachAt('firstResponse') && row.resolutionDueAt === breachAt('resolution');
  if (!rowDeadlinesRight) {
    problems.push(
      `row deadlines ${[row.firstResponseDueAt, row.resolutionDueAt].map(isoOrNone).join(' / ')}, the policy's ${[breachAt('firstResponse'), breachAt('resolution')].map(isoOrNone).join(' / ')}`,
    );
  }
  return {
    ticketId,
    expectedArmed,
    armed,
    doubled,
    lost,
    wrongDeadline,
    dueExpected: due.length,
    fired: due.filter((timer) => firedSeqs.has(identity(timer))).length,
    rowDeadlinesRight,
    problems,
  };
}

const isoOrNone = (at: number | null) => (at === null ? 'none' : new Date(at).toISOString());

/** The summaries slaTimerSummary writes ("first-response warning due Mon 11:00 America/New_York"). */
function isSlaSummary(summary: string): boolean {
  return /^(first-response|resolution) (warning|breach|escalation to level \d+) due /.test(summary);
}

export interface SlaAuditTotals {
  tickets: number;
  notAudited: number;
  expectedArmed: number;
  armed: number;
  doubled: number;
  lost: number;
  wrongDeadline: number;
  dueExpected: number;
  fired: number;
  rowsRight: number;
  /** Tickets with any problem, or left out, each with why. */
  failing: string[];
}

export function totalSlaAudits(audits: readonly TicketSlaAudit[]): SlaAuditTotals {
  const sum = (pick: (audit: TicketSlaAudit) => number) => audits.reduce((total, audit) => total + pick(audit), 0);
  return {
    tickets: audits.length,
    notAudited: audits.filter((audit) => audit.notAudited).length,
    expectedArmed: sum((audit) => audit.expectedArmed),
    armed: sum((audit) => audit.armed),
    doubled: sum((audit) => audit.doubled),
    lost: sum((audit) => audit.lost),
    wrongDeadline: sum((audit) => audit.wrongDeadline),
    dueExpected: sum((audit) => audit.dueExpected),
    fired: sum((audit) => audit.fired),
    rowsRight: audits.filter((audit) => audit.rowDeadlinesRight && !audit.notAudited).length,
    failing: audits
      .filter((audit) => audit.notAudited || audit.problems.length > 0)
      .map((audit) => `ticket ${audit.ticketId}: ${audit.notAudited ?? audit.problems.join('; ')}`),
  };
}

/** Failures for the verdict: anything doubled, lost or misplaced, a wrong row, or a ticket that could not be audited. */
export function slaAuditFailures(totals: SlaAuditTotals): number {
  return totals.failing.length;
}

/** "expected 25, armed 25, doubled 0, lost 0, wrong deadline 0; …": the verdict line. */
export function describeSlaAudit(totals: SlaAuditTotals): string {
  const audited = totals.tickets - totals.notAudited;
  return [
    `SLA timers: expected ${totals.expectedArmed}, armed ${totals.armed}, doubled ${totals.doubled}, lost ${totals.lost}, wrong deadline ${totals.wrongDeadline}`,
    `deadlines passed ${totals.dueExpected}, fired ${totals.fired}`,
    `ticket rows with the policy's deadlines ${totals.rowsRight} of ${audited}`,
    ...(totals.notAudited > 0 ? [`${totals.notAudited} tickets not audited`] : []),
  ].join('; ');
}
