import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { nextOpen } from '../../domain/sla/calendar';
import {
  callbackOutcomeSignal,
  callbackViewQuery,
  cancelCallbackUpdate,
  type CallbackOutcome,
  type CallbackView,
  type CallbackWorkflowInput,
} from './messages';

const callbacks = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const DEFAULT_RETRY_DELAY_MS = 30 * 60 * 1000;
/** How long an attempt may ring and run before we stop waiting for Twilio's final status. */
const ATTEMPT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

export async function callbackWorkflow(input: CallbackWorkflowInput): Promise<CallbackView> {
  const context = await callbacks.loadCallback(input.callbackId);
  const view: CallbackView = { callbackId: input.callbackId, status: 'scheduled', attempts: 0, maxAttempts: context.maxAttempts, nextAttemptAt: null };
  let outcome: CallbackOutcome | undefined;
  let cancelled = false;

  setHandler(callbackOutcomeSignal, ({ outcome: reported }) => {
    outcome ??= reported;
  });
  setHandler(callbackViewQuery, () => view);
  setHandler(
    cancelCallbackUpdate,
    async (_request) => {
      cancelled = true;
      view.status = 'cancelled';
      view.nextAttemptAt = null;
      await callbacks.updateCallback({ callbackId: input.callbackId, status: 'cancelled' });
      return view;
    },
    {
      validator: (_request) => {
        if (view.status !== 'scheduled') throw new Error(`the callback is ${view.status}; only a scheduled callback can be cancelled`);
      },
    },
  );

  if (context.status === 'cancelled' || context.status === 'completed') {
    view.status = context.status;
    return view;
  }

  // The first attempt at the requested time, moved into the organisation's business hours.
  let next = nextOpen(context.calendar, Math.max(Date.now(), context.requestedAt));
  while (view.attempts < context.maxAttempts) {
    view.nextAttemptAt = next;
    await callbacks.updateCallback({ callbackId: input.callbackId, status: 'scheduled', attempts: view.attempts, nextAttemptAt: next });
    if (next > Date.now()) await condition(() => cancelled, next - Date.now());
    if (cancelled) return view;

    view.attempts += 1;
    view.status = 'dialing';
    view.nextAttemptAt = null;
    outcome = undefined;
    await callbacks.updateCallback({ callbackId: input.callbackId, status: 'dialing', attempts: view.attempts });
    await callbacks.placeCallback({ callbackId: input.callbackId, attempt: view.attempts, phone: context.phone });
    await condition(() => outcome !== undefined, ATTEMPT_TIMEOUT_MS);
    if (outcome === 'completed') {
      view.status = 'completed';
      await callbacks.updateCallback({ callbackId: input.callbackId, status: 'completed', attempts: view.attempts });
      return view;
    }
    view.status = 'scheduled';
    next = nextOpen(context.calendar, Date.now() + (input.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS));
  }
  view.status = 'failed';
  await callbacks.updateCallback({ callbackId: input.callbackId, status: 'failed', attempts: view.attempts });
  await callbacks.escalateUnansweredCallback({ callbackId: input.callbackId, attempts: view.attempts });
  return view;
}
