import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { isOpen } from '../../domain/sla/calendar';
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
/** An after-hours page not acknowledged within this goes one level up. */
const PAGE_ACK_MS = 15 * 60 * 1000;

export async function ticketWorkflow(input: TicketWorkflowInput): Promise<TicketView> {
  const context = (input.carried?.context as Awaited<ReturnType<Activities['loadTicketContext']>> | undefined) ?? (await tickets.loadTicketContext(input.ticketId));
  const machine = new TicketMachine(context, Date.now(), input.carried);
  const autoCloseAfter = input.autoCloseAfterMs ?? DEFAULT_AUTO_CLOSE_MS;
  const inbox: TicketRequest[] = [];
  let pageAckDeadline: number | null = null;
  let closedAt: number | null = machine.ticket.status === 'closed' ? Date.now() : null;
  const autoCloseAt = () => (machine.ticket.status === 'resolved' && machine.resolvedAt !== null ? machine.resolvedAt + autoCloseAfter : null);

  // Every mutation runs one at a time: Update handlers and the timer loop interleave at awaits.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lock.then(work);
    lock = run.catch(() => undefined);
    return run;
  };

  async function handle(request: TicketRequest, fromUpdate: boolean): Promise<void> {
    if (request.command.type === 'assign' && !(await tickets.supportAgentExists(request.command.agentId))) {
      machine.lastRejection = `unknown support agent ${request.command.agentId}`;
      if (fromUpdate) throw ApplicationFailure.nonRetryable(machine.lastRejection, 'INVALID_TRANSITION');
      return;
    }
    const result = machine.apply(request, Date.now());
    if (!result.ok) {
      if (fromUpdate) throw ApplicationFailure.nonRetryable(result.reason, 'INVALID_TRANSITION');
      return;
    }
    closedAt = machine.ticket.status === 'closed' ? Date.now() : null;
    await tickets.recordTicketChange(result.change);
  }

  setHandler(ticketCommandSignal, (request) => {
    inbox.push(request);
  });
  setHandler(
    ticketCommandUpdate,
    (request) => exclusive(async () => {
      await handle(request, true);
      return machine.view(Date.now(), autoCloseAt());
    }),
    {
      validator: (request) => {
        const refusal = machine.check(request);
        if (refusal) throw new Error(refusal);
      },
    },
  );
  setHandler(acknowledgePageSignal, () => {
    pageAckDeadline = null;
  });
  setHandler(ticketViewQuery, () => machine.view(Date.now(), autoCloseAt()));

  if (!input.carried) {
    await tickets.recordTicketChange(machine.change(null, [], Date.now()));
    if (machine.ticket.priority === 'critical' && !isOpen(context.businessCalendar, context.createdAt) && machine.ticket.status !== 'closed') {
      await tickets.pageOnCall({ ticketId: context.ticketId, level: 1 });
      machine.pagedOnCall = true;
      pageAckDeadline = Date.now() + PAGE_ACK_MS;
    }
  }

  for (;;) {
    const wakeAt = [machine.nextSlaTimerAt(), autoCloseAt(), pageAckDeadline, closedAt === null ? null : closedAt + REOPEN_WINDOW_MS]
      .filter((at): at is number => at !== null)
      .reduce((earliest, at) => Math.min(earliest, at), Number.POSITIVE_INFINITY);
    const waitMs = Math.max(0, wakeAt - Date.now());
    if (Number.isFinite(wakeAt)) await condition(() => inbox.length > 0, waitMs);
    else await condition(() => inbox.length > 0);

    await exclusive(async () => {
      for (let request = inbox.shift(); request; request = inbox.shift()) await handle(request, false);
      const now = Date.now();
      for (const timer of machine.fireDueTimers(now)) await tickets.recordSlaTimer({ ticketId: context.ticketId, timer });
      const closeAt = autoCloseAt();
      if (closeAt !== null && now >= closeAt) await handle({ command: { type: 'close' }, actor: { name: 'auto-close' } }, false);
      if (pageAckDeadline !== null && now >= pageAckDeadline) {
        pageAckDeadline = null;
        await tickets.pageOnCall({ ticketId: context.ticketId, level: 2 });
      }
    });

    if (closedAt !== null && Date.now() >= closedAt + REOPEN_WINDOW_MS && inbox.length === 0) break;
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof ticketWorkflow>({ ...input, carried: machine.carry() });
    }
  }
  await condition(allHandlersFinished);
  return machine.view(Date.now(), null);
}
