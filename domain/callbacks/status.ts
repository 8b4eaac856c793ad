/** A kept callback's life: scheduled → dialing → completed, back to scheduled after an unanswered attempt, or failed / cancelled. */
export const CALLBACK_STATUSES = ['scheduled', 'dialing', 'completed', 'failed', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/**
 * Only a callback waiting for its next attempt can be cancelled: once dialling, the customer's
 * phone is already ringing. The API, the panel and the workflow all ask this one rule.
 */
export function callbackCancelRefusal(status: CallbackStatus): string | null {
  return status === 'scheduled' ? null : `the callback is ${status}; only a scheduled callback can be cancelled`;
}
