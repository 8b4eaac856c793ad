import { allHandlersFinished, condition, getExternalWorkflowHandle, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { callbackCancelRefusal } from '../../domain/callbacks/status';
import { nextOpen } from '../../domain/sla/calendar';
import { ticketCommandSignal, ticketWorkflowId } from '../ticket/messages';
import {
  callbackOutcomeSignal,
  callbackViewQuery,
  cancelCallbackUpdate,
  type CallbackOutcome,
  type CallbackView,
  type CallbackWorkflowInput,
} from './messages';
import type { CallbackContext } from './types';

/** Reads and status writes: retried until the database answers (each write sets absolute values). */
const records = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Dialling: three tries at placing the call (one dial per attempt id, whatever the retries); then the attempt counts as unanswered. */
const dialer = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumAttempts: 3 },
});

const DEFAULT_RETRY_DELAY_MS = 30 * 60 * 1000;
/** How long an attempt may ring and run before we stop waiting for Twilio's final status. */
const ATTEMPT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

export async function callbackWorkflow(input: CallbackWorkflowInput): Promise<CallbackView> {
  const view: CallbackView = { callbackId: input.callbackId, status: 'scheduled', attempts: 0, maxAttempts: 0, nextAttemptAt: null };
  /** Final statuses by the call SID they were reported for: a late report of an earlier attempt settles nothing now. */
  const outcomes = new Map<string, CallbackOutcome>();
  let cancelled = false;

  // Registered before the first await: a cancel may arrive with the workflow's first task.
  setHandler(callbackOutcomeSignal, ({ callSid, outcome }) => {
    if (!outcomes.has(callSid)) outcomes.set(callSid, outcome);
  });
  setHandler(callbackViewQuery, () => view);
  setHandler(
    cancelCallbackUpdate,
    async (_request) => {
      cancelled = true;
      view.status = 'cancelled';
      view.nextAttemptAt = null;
      await records.updateCallback({ callbackId: input.callbackId, at: Date.now(), status: 'cancelled' });
      return view;
    },
    {
      validator: (_request) => {
        const refusal = callbackCancelRefusal(view.status);
        if (refusal) throw new Error(refusal);
      },
    },
  );

  const context = await records.loadCallback(input.callbackId);
  view.maxAttempts = context.maxAttempts;
  if (context.status === 'cancelled' || context.status === 'completed') view.status = context.status;
  else await dialUntilAnswered(context);
  // A cancel that raced the end still gets its answer.
  await condition(allHandlersFinished);
  return view;

  /** One attempt: dial, then wait for the final status of the call this attempt placed. */
  async function attempt(callback: CallbackContext): Promise<CallbackOutcome> {
    const callSid = await dialer
      .placeCallback({ callbackId: input.callbackId, attempt: view.attempts, phone: callback.phone })
      .catch(() => null);
    if (callSid === null) return 'failed';
    await condition(() => outcomes.has(callSid), ATTEMPT_TIMEOUT_MS);
    return outcomes.get(callSid) ?? 'no-answer';
  }

  async function dialUntilAnswered(callback: CallbackContext): Promise<void> {
    // The first attempt at the requested time, moved into the organisation's business hours.
    let next = nextOpen(callback.calendar, Math.max(Date.now(), callback.requestedAt));
    while (view.attempts < callback.maxAttempts) {
      view.nextAttemptAt = next;
      await records.updateCallback({
        callbackId: input.callbackId,
        at: Date.now(),
        status: 'scheduled',
        attempts: view.attempts,
        nextAttemptAt: next,
      });
      if (next > Date.now()) await condition(() => cancelled, next - Date.now());
      if (cancelled) return;

      view.attempts += 1;
      view.status = 'dialing';
      view.nextAttemptAt = null;
      await records.updateCallback({ callbackId: input.callbackId, at: Date.now(), status: 'dialing', attempts: view.attempts });
      if ((await attempt(callback)) === 'completed') {
        view.status = 'completed';
        await records.updateCallback({ callbackId: input.callbackId, at: Date.now(), status: 'completed', attempts: view.attempts });
        return;
      }
      view.status = 'scheduled';
      next = nextOpen(callback.calendar, Date.now() + (input.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS));
    }
    view.status = 'failed';
    await records.updateCallback({ callbackId: input.callbackId, at: Date.now(), status: 'failed', attempts: view.attempts });
    if (callback.ticketId !== null) await escalateTicket(callback.ticketId, callback.phone);
  }

  /** Never answered: a person must follow up, so the ticket goes up a level, through its own workflow. */
  async function escalateTicket(ticketId: number, phone: string): Promise<void> {
    const request = {
      command: {
        type: 'escalate' as const,
        reason: `callback to ${phone} not answered after ${view.attempts} attempts`,
        trigger: 'callback_unanswered' as const,
        notify: 'supervisor',
      },
      actor: { name: 'callbacks' },
      requestId: `callback-${input.callbackId}-unanswered`,
    };
    // A ticket whose workflow has ended (closed long ago) has nobody left to escalate to.
    await getExternalWorkflowHandle(ticketWorkflowId(ticketId))
      .signal(ticketCommandSignal, request)
      .catch(() => undefined);
  }
}
