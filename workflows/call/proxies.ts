import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * Lookups run as local activities: a caller is waiting, and they are cheap, read-only and safe to
 * repeat. Writes and model calls are regular activities, retried by the server and visible as such.
 */
export const lookups = proxyLocalActivities<Activities>({
  startToCloseTimeout: '3 seconds',
  retry: { maximumAttempts: 3, initialInterval: '100 milliseconds' },
});

export const writes = proxyActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  retry: { maximumAttempts: 4, initialInterval: '200 milliseconds', backoffCoefficient: 2 },
});

export const model = proxyActivities<Activities>({
  startToCloseTimeout: '12 seconds',
  retry: { maximumAttempts: 1 },
});

/** Post-call rows must land whatever happens: retried until they do. */
export const postCall = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
