import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { isOpen } from '../../domain/sla/calendar';
import type { SlaTimer } from '../../domain/sla/clock';
import { DEFAULT_AUTO_CLOSE_MS } from '../../domain/tickets/lifecycle';
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

const tickets = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '1 minute' },
});

/** A closed ticket stays reopenable this long, then its workflow completes. */
const REOPEN_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_MAX_HISTORY_EVENTS = 2000;
/** An after-hours page not acknowledged within this goes one level up. */
const PAGE_ACK_MS = 15 * 60 * 1000;

/** Timers due together (a breach and its first escalation) are recorded at once; their writes are independent. */
async function recordSlaTimers(ticketId: number, due: SlaTimer[]): Promise<void> {
  if (patched('sla-timers-recorded-together')) {
    await Promise.all(due.map((timer) => tickets.recordSlaTimer({ ticketId, timer })));
  } else {
    for (const timer of due) await tickets.recordSlaTimer({ ticketId, timer });
  }
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
  let pageAckDeadline: number | null = null;
  let closedAt: number | null = null;
  /** Bumped on every accepted change, so the timer loop re-plans after Updates too. */
  let version = 0;
  const autoCloseAt = (m: TicketMachine) =>
    m.ticket.status === 'resolved' && m.resolvedAt !== null ? m.resolvedAt + autoCloseAfter : null;

  // Every mutation runs one at a time: Update handlers and the timer loop interleave at awaits.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lock.then(work);
    lock = run.catch(() => undefined);
    return run;
  };

  async function handle(m: TicketMachine, request: TicketRequest, fromUpdate: boolean): Promise<void> {
    if (request.command.type === 'assign' && !(await tickets.supportAgentExists(request.command.agentId))) {
      m.lastRejection = `unknown support agent ${request.command.agentId}`;
      if (fromUpdate) throw ApplicationFailure.nonRetryable(m.lastRejection, 'INVALID_TRANSITION');
      return;
    }
    const result = m.apply(request, Date.now());
    if (!result.ok) {
      if (fromUpdate) throw ApplicationFailure.nonRetryable(result.reason, 'INVALID_TRANSITION');
      return;
    }
    closedAt = m.ticket.status === 'closed' ? Date.now() : null;
    version += 1;
    await tickets.recordTicketChange(result.change);
  }

  setHandler(ticketCommandSignal, (request) => {
    inbox.push(request);
  });
  setHandler(
    ticketCommandUpdate,
    (request) =>
      exclusive(async () => {
        const m = await ready();
        await handle(m, request, true);
        return m.view(Date.now(), autoCloseAt(m));
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
    return machine.view(Date.now(), autoCloseAt(machine));
  });

  const context =
    (input.carried?.context as Awaited<ReturnType<Activities['loadTicketContext']>> | undefined) ??
    (await tickets.loadTicketContext(input.ticketId));
  const m = new TicketMachine(context, Date.now(), input.carried);
  machine = m;
  closedAt = input.carried?.closedAt ?? (m.ticket.status === 'closed' ? Date.now() : null);
  pageAckDeadline = input.carried?.pageAckDeadline ?? null;

  if (!input.carried) {
    await exclusive(async () => {
      await tickets.recordTicketChange(m.change(null, [], Date.now()));
      if (m.ticket.priority === 'critical' && !isOpen(context.businessCalendar, context.createdAt) && m.ticket.status !== 'closed') {
        await tickets.pageOnCall({ ticketId: context.ticketId, level: 1 });
        m.pagedOnCall = true;
        pageAckDeadline = Date.now() + PAGE_ACK_MS;
      }
    });
  }

  for (;;) {
    const wakeAt = [m.nextSlaTimerAt(), autoCloseAt(m), pageAckDeadline, closedAt === null ? null : closedAt + REOPEN_WINDOW_MS]
      .filter((at): at is number => at !== null)
      .reduce((earliest, at) => Math.min(earliest, at), Number.POSITIVE_INFINITY);
    const seen = version;
    const woken = () => inbox.length > 0 || version !== seen;
    const waitMs = wakeAt - Date.now();
    if (!Number.isFinite(waitMs)) await condition(woken);
    else if (waitMs > 0) await condition(woken, waitMs);

    await exclusive(async () => {
      for (let request = inbox.shift(); request; request = inbox.shift()) await handle(m, request, false);
      const now = Date.now();
      await recordSlaTimers(context.ticketId, m.fireDueTimers(now));
      const closeAt = autoCloseAt(m);
      if (closeAt !== null && now >= closeAt) await handle(m, { command: { type: 'close' }, actor: { name: 'auto-close' } }, false);
      if (pageAckDeadline !== null && now >= pageAckDeadline) {
        pageAckDeadline = null;
        await tickets.pageOnCall({ ticketId: context.ticketId, level: 2 });
      }
    });

    if (closedAt !== null && Date.now() >= closedAt + REOPEN_WINDOW_MS && inbox.length === 0) break;
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > (input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS)) {
      // Long-lived tickets start a fresh history; a request that arrived meanwhile is handled first.
      await condition(allHandlersFinished);
      if (inbox.length === 0) await continueAsNew<typeof ticketWorkflow>({ ...input, carried: m.carry({ closedAt, pageAckDeadline }) });
    }
  }
  await condition(allHandlersFinished);
  return m.view(Date.now(), null);
}
