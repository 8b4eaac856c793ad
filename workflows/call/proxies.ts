import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * Lookups run as local activities: a caller is waiting, and they are cheap and read-only. Three
 * quick tries, then the brain hears "not found" and takes another path: a caller must not wait.
 */
export const lookups = proxyLocalActivities<Activities>({
  startToCloseTimeout: '3 seconds',
  retry: { maximumAttempts: 3, initialInterval: '100 milliseconds' },
});

/**
 * Opening the call's row is a write, run locally to save the greeting a server round trip: an
 * upsert on the CallSid, so repeating it is harmless; if all three tries fail, finalizeCall's
 * upsert still writes the row when the call ends.
 */
export const callLog = proxyLocalActivities<Activities>({
  startToCloseTimeout: '3 seconds',
  retry: { maximumAttempts: 3, initialInterval: '100 milliseconds' },
});

/**
 * The tools that write (ticket, escalation, callback): each keyed by the call, so a retry finds
 * what the first attempt made. Four tries within a few seconds, then the brain hears the failure
 * and offers another way (a person, a callback) while the caller is still on the line.
 */
export const writes = proxyActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  retry: { maximumAttempts: 4, initialInterval: '200 milliseconds', backoffCoefficient: 2 },
});

/** One try: a slow or failing model hands the turn to the rules brain at once (the circuit breaker). */
export const model = proxyActivities<Activities>({
  startToCloseTimeout: '12 seconds',
  retry: { maximumAttempts: 1 },
});

/**
 * Post-call analysis and rows must land whatever happens: retried until they do (finalizeCall
 * replaces its rows). Run locally: nobody waits for them, and as activity tasks they cost each call
 * two more workflow tasks, four server round trips and the transcript twice over in its history.
 */
export const postCall = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Live progress for the panel: best effort, a few tries; a lost event only delays a refresh. Run
 * locally, in the turn's own workflow task: one INSERT + NOTIFY, where an activity task cost every
 * turn two more server round trips, a second workflow task and six history events (bench/results/call-cpu.md).
 */
export const progress = proxyLocalActivities<Activities>({
  startToCloseTimeout: '2 seconds',
  retry: { maximumAttempts: 3, initialInterval: '200 milliseconds' },
});

/** Redirecting the live call through Twilio's REST API (take-over, end): once per redirect, a few tries. */
export const liveCall = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3, initialInterval: '500 milliseconds' },
});
