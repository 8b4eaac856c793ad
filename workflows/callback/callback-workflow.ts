import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { CallbackContext } from '../../activities/callbacks';
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
  const view: CallbackView = { callbackId: input.callbackId, status: 'scheduled', attempts: 0, maxAttempts: 0, nextAttemptAt: null };
  let outcome: CallbackOutcome | undefined;
  let cancelled = false;

  // Registered before the first await: a cancel may arrive with the workflow's first task.
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

  const context = await callbacks.loadCallback(input.callbackId);
  view.maxAttempts = context.maxAttempts;
  if (context.status === 'cancelled' || context.status === 'completed') view.status = context.status;
  else await dialUntilAnswered(context);
  // A cancel that raced the end still gets its answer.
  await condition(allHandlersFinished);
  return view;

  async function dialUntilAnswered(callback: CallbackContext): Promise<void> {
    // The first attempt at the requested time, moved into the organisation's business hours.
    let next = nextOpen(callback.calendar, Math.max(Date.now(), callback.requestedAt));
    while (view.attempts < callback.maxAttempts) {
      view.nextAttemptAt = next;
      await callbacks.updateCallback({ callbackId: input.callbackId, status: 'scheduled', attempts: view.attempts, nextAttemptAt: next });
      if (next > Date.now()) await condition(() => cancelled, next - Date.now());
      if (cancelled) return;

      view.attempts += 1;
      view.status = 'dialing';
      view.nextAttemptAt = null;
      outcome = undefined;
      await callbacks.updateCallback({ callbackId: input.callbackId, status: 'dialing', attempts: view.attempts });
      await callbacks.placeCallback({ callbackId: input.callbackId, attempt: view.attempts, phone: callback.phone });
      await condition(() => outcome !== undefined, ATTEMPT_TIMEOUT_MS);
      if (outcome === 'completed') {
        view.status = 'completed';
        await callbacks.updateCallback({ callbackId: input.callbackId, status: 'completed', attempts: view.attempts });
        return;
      }
      view.status = 'scheduled';
      next = nextOpen(callback.calendar, Date.now() + (input.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS));
    }
    view.status = 'failed';
    await callbacks.updateCallback({ callbackId: input.callbackId, status: 'failed', attempts: view.attempts });
    await callbacks.escalateUnansweredCallback({ callbackId: input.callbackId, attempts: view.attempts });
  }
}
