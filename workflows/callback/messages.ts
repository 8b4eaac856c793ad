import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CallbackStatus } from '../../domain/callbacks/status';

/** A kept callback: dial the caller back inside their organisation's business hours, retrying. */
export interface CallbackWorkflowInput {
  callbackId: number;
  /** Between unanswered attempts (default 30 minutes, counted from the failed attempt). */
  retryDelayMs?: number;
}

export type CallbackOutcome = 'completed' | 'no-answer' | 'busy' | 'failed' | 'canceled';

export interface CallbackView {
  callbackId: number;
  status: CallbackStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: number | null;
}

/** Sent by the voice edge from the outbound call's status callback; only the SID the current attempt dialled settles it. */
export const callbackOutcomeSignal = defineSignal<[{ callSid: string; outcome: CallbackOutcome }]>('outcome');
export const cancelCallbackUpdate = defineUpdate<CallbackView, [{ reason?: string; by?: string }]>('cancel');
export const callbackViewQuery = defineQuery<CallbackView>('view');

export function callbackWorkflowId(callbackId: number): string {
  return `callback-${callbackId}`;
}
