import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { isOpen } from '../../domain/sla/calendar';
import { DEFAULT_AUTO_CLOSE_MS } from '../../domain/tickets/lifecycle';
import { OneAtATime } from '../shared/one-at-a-time';
import { SlaState, TicketPriority, TicketStatus, UeCode, keepSearchAttributes } from '../search-attributes';
import {
  acknowledgePageSignal,
  ticketCommandSignal,
  ticketCommandUpdate,
  ticketViewQuery,
  type TicketRequest,
  type TicketView,
  type TicketWorkflowInput,
} from './messages';
import { TicketMachine } from './ticket-machine';
import type { TicketChange } from './types';

/** Reads and projections: retried until the database answers (each projection is keyed by its change, so repeats are harmless). */
const readModel = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '1 minute' },
});

/** SMS and email: a few tries; each message is sent once per key whatever the retries, and a page that cannot go out must not block the ticket. */
const notifications = proxyActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', maximumAttempts: 5 },
});

/** A closed ticket stays reopenable this long, then its workflow completes. */
const REOPEN_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_MAX_HISTORY_EVENTS = 2000;
/** An after-hours page not acknowledged within this goes one level up. */
const PAGE_ACK_MS = 15 * 60 * 1000;

/** What operators see in the Temporal UI: searchable attributes and the current details. */
function describe(machine: TicketMachine): void {
  keepSearchAttributes([
    [UeCode, machine.context.organizationUeCode],
    [TicketPriority, machine.ticket.priority],
    [TicketStatus, machine.ticket.status],
    [SlaState, machine.slaState()],
  ]);
  setCurrentDetails(machine.details());
}

/** Projects a change, then tells whoever it concerns; notices of one change go out together. */
async function project(machine: TicketMachine, change: TicketChange): Promise<void> {
  describe(machine);
  await readModel.recordTicketChange.executeWithOptions({ summary: changeSummary(change) }, [change]);
  await Promise.all(
    machine
      .notices(change)
      .map((notice) =>
        notifications.notifyTicketAudience
          .executeWithOptions({ summary: `notify ${notice.audience.replace('_', '-')}: ${notice.text.slice(0, 80)}` }, [notice])
          .catch(() => undefined),
      ),
  );
}

/** One line per projected change in the Temporal UI's timeline. */
function changeSummary(change: TicketChange): string {
  const what = change.effects.map((effect) =>
    effect.type === 'escalated' ? `escalated to level ${effect.level} (${effect.trigger})` : effect.type,
  );
  if (change.slaTimer) what.unshift(`SLA ${change.slaTimer.kind}`);
  if (change.message) what.push(`${change.message.visibility} message`);
  return `change ${change.seq}: ${what.join(', ') || 'opened'} → ${change.row.status}`;
}

/** Which deadline the ticket sleeps until, named for the Temporal UI. */
function wakeSummary(m: TicketMachine, wakeAt: number, pageAckDeadline: number | null, autoCloseAfter: number): string {
  if (wakeAt === pageAckDeadline) return 'on-call page acknowledgement due';
  if (wakeAt === m.autoCloseAt(autoCloseAfter)) return 'auto-close of the resolved ticket';
  if (wakeAt === m.nextSlaTimerAt()) return m.nextTimerSummary() ?? 'SLA timer';
  return 'end of the reopen window';
}

export async function ticketWorkflow(input: TicketWorkflowInput): Promise<TicketView> {
  // Handlers are registered before the first await: an Update may arrive with the first task.
  // eslint-disable-next-line prefer-const -- set once the context loads; the handlers above it read it
  let machine: TicketMachine | undefined;
  const ready = async (): Promise<TicketMachine> => {
    await condition(() => machine !== undefined);
    return machine!;
  };
  const autoCloseAfter = input.autoCloseAfterMs ?? DEFAULT_AUTO_CLOSE_MS;
  const inbox: TicketRequest[] = [];
  const oneAtATime = new OneAtATime();
  let pageAckDeadline = input.carried?.pageAckDeadline ?? null;
  /** Bumped on every accepted change, so the timer loop re-plans after Updates too. */
  let version = 0;

  async function handle(m: TicketMachine, request: TicketRequest, fromUpdate: boolean): Promise<void> {
    if (m.isRedelivery(request)) return;
    const refuse = (reason: string) => {
      m.lastRejection = reason;
      if (fromUpdate) throw ApplicationFailure.nonRetryable(reason, 'INVALID_TRANSITION');
    };
    const { command } = request;
    const agentId = command.type === 'assign' ? command.agentId : command.type === 'escalate' ? command.toAgentId : undefined;
    if (agentId !== undefined && !(await readModel.supportAgentExists(agentId))) return refuse(`unknown support agent ${agentId}`);
    const result = m.apply(request, Date.now());
    if (!result.ok) return refuse(result.reason);
    version += 1;
    await project(m, result.change);
  }

  setHandler(ticketCommandSignal, (request) => {
    inbox.push(request);
  });
  setHandler(
    ticketCommandUpdate,
    (request) =>
      oneAtATime.run(async () => {
        const m = await ready();
        await handle(m, request, true);
        return m.view(Date.now(), m.autoCloseAt(autoCloseAfter));
      }),
    {
      validator: (request) => {
        const refusal = machine?.check(request);
        if (refusal) throw new Error(refusal);
      },
    },
  );
  setHandler(acknowledgePageSignal, () => {
    pageAckDeadline = null;
  });
  setHandler(ticketViewQuery, () => {
    if (!machine) throw new Error('the ticket workflow is still loading its ticket');
    return machine.view(Date.now(), machine.autoCloseAt(autoCloseAfter));
  });

  const context = input.carried?.context ?? (await readModel.loadTicketContext(input.ticketId));
  const m = new TicketMachine(context, Date.now(), input.carried);
  machine = m;
  describe(m);

  if (!input.carried) {
    await oneAtATime.run(async () => {
      await project(m, m.opened(Date.now()));
      // A ticket a call opened may go straight to a technician, by the desk's assignment policy (off by default).
      const assignee = context.source === 'phone' && m.ticket.assigneeId === null ? await readModel.chooseAssignee(context.ticketId) : null;
      if (assignee)
        await handle(
          m,
          { command: { type: 'assign', agentId: assignee }, actor: { name: 'auto-assignment' }, text: 'assignment policy' },
          false,
        );
      const afterHours = m.ticket.priority === 'critical' && !isOpen(context.businessCalendar, context.createdAt);
      const page = afterHours && m.ticket.status !== 'closed' && m.ticket.status !== 'resolved' ? m.page(1, Date.now()) : null;
      if (page) {
        // The deadline is set before the page goes out: an acknowledgement may arrive while it does.
        pageAckDeadline = Date.now() + PAGE_ACK_MS;
        await project(m, page);
      }
    });
  }

  const reopenWindowEnd = () => (m.ticket.status === 'closed' && m.times.closedAt !== null ? m.times.closedAt + REOPEN_WINDOW_MS : null);
  for (;;) {
    const wakeAt = [m.nextSlaTimerAt(), m.autoCloseAt(autoCloseAfter), pageAckDeadline, reopenWindowEnd()]
      .filter((at): at is number => at !== null)
      .reduce((earliest, at) => Math.min(earliest, at), Number.POSITIVE_INFINITY);
    const seen = version;
    const woken = () => inbox.length > 0 || version !== seen;
    const waitMs = wakeAt - Date.now();
    if (!Number.isFinite(waitMs)) await condition(woken);
    else if (waitMs > 0) await condition(woken, waitMs, { summary: wakeSummary(m, wakeAt, pageAckDeadline, autoCloseAfter) });

    await oneAtATime.run(async () => {
      for (let request = inbox.shift(); request; request = inbox.shift()) await handle(m, request, false);
      const now = Date.now();
      // Timers due together (a breach and its first escalation) are projected at once: each row is keyed by its
      // own change, and the ticket row only ever moves forward to the newest change (see recordTicketChange).
      await Promise.all(m.fireDueTimers(now).map((change) => project(m, change)));
      const closeAt = m.autoCloseAt(autoCloseAfter);
      if (closeAt !== null && now >= closeAt) await handle(m, { command: { type: 'close' }, actor: { name: 'auto-close' } }, false);
      if (pageAckDeadline !== null && now >= pageAckDeadline) {
        pageAckDeadline = null;
        const page = m.page(2, now);
        if (page) await project(m, page);
      }
    });

    const windowEnd = reopenWindowEnd();
    if (windowEnd !== null && Date.now() >= windowEnd && inbox.length === 0) break;
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > (input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS)) {
      // Long-lived tickets start a fresh history; a request that arrived meanwhile is handled first.
      await condition(allHandlersFinished);
      if (inbox.length === 0) await continueAsNew<typeof ticketWorkflow>({ ...input, carried: m.carry(pageAckDeadline) });
    }
  }
  await condition(allHandlersFinished);
  return m.view(Date.now(), null);
}
