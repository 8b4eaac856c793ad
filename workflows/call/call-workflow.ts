import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { ENTRY_AGENT } from '../../domain/agents/names';
import { OneAtATime } from '../shared/one-at-a-time';
import { Brains } from './brains';
import { ToolRunner } from './conversation';
import { finishCall, type CallResult } from './finish';
import {
  callEndedSignal,
  callerTurnUpdate,
  callSnapshotQuery,
  transferBriefingQuery,
  type CallEnded,
  type CallStartInput,
} from './messages';
import { callLog } from './proxies';
import { LiveFeed } from './live-feed';
import { CallSession } from './session';
import { realtimeHandlers } from './realtime';
import { steerable } from './steering';
import { CallTurns } from './turns';
import { transferBriefing } from '../../domain/calls/briefing';

export type { CallResult } from './finish';

/** No caller turn and no status callback for this long: the call is treated as dropped. */
const IDLE_LIMIT = 15 * 60_000;
/** After the agent hangs up, how long to wait for Twilio's final status callback. */
const STATUS_GRACE = 2 * 60_000;
/** A transferred caller may talk to the technician this long before the <Dial> reports back. */
const TRANSFER_LIMIT = 4 * 60 * 60_000;

export async function callWorkflow(input: CallStartInput): Promise<CallResult> {
  const session = new CallSession(input, Date.now(), ENTRY_AGENT, input.brain);
  const tools = new ToolRunner(session);
  const brains = new Brains(session, tools);
  const feed = new LiveFeed(session);
  const turns = new CallTurns(session, brains, tools, feed);

  // Turns are answered one at a time, in order; a retried delivery waits, then gets the cached reply.
  const oneAtATime = new OneAtATime();
  setHandler(callerTurnUpdate, (turn) => oneAtATime.run(() => turns.answer(turn)), {
    validator: (turn) => {
      if (session.ended) throw new Error('this call has ended');
      if (!Number.isInteger(turn.turn) || turn.turn < 0) throw new Error('turn must be a non-negative integer');
    },
  });
  setHandler(callEndedSignal, (ended: CallEnded) => {
    session.ended ??= ended;
  });
  setHandler(callSnapshotQuery, () => session.snapshot());
  setHandler(transferBriefingQuery, () => (session.transfer ? transferBriefing(session.facts) : null));
  steerable(session, oneAtATime, tools, feed);
  realtimeHandlers(session, oneAtATime, tools, brains, feed);

  const opening = {
    callSid: input.callSid,
    workflowId: workflowInfo().workflowId,
    direction: input.direction,
    from: input.from,
    to: input.to,
    callerPhone: session.facts.callerPhone,
    brain: input.brain,
    startedAt: session.startedAt,
  };
  // The idle timer is armed before any local activity resolves: the greeting's lookups and this one
  // may resolve in another order on replay than they did live, so no command may wait on that order.
  // A local activity saves the greeting a server round trip; if it fails, finalizeCall's upsert still writes the row.
  const opened = callLog.openCallLog(opening).catch(() => undefined);
  await waitForCallEnd(session);
  await opened;
  await condition(allHandlersFinished); // an in-flight turn settles before the record is cut
  await feed.close(); // the panel hears the last lines before the call's record replaces the live view
  return finishCall(session);
}

/**
 * Waits for Twilio's end of the call, or for the silence that means it dropped: the limit runs from
 * the later of the call's last activity and the last change of state (hung up, transferring). The
 * timer is set again only when it fires early (a turn came in meanwhile) or the state changes: one
 * per turn would cost every turn two history events and a server timer.
 */
async function waitForCallEnd(session: CallSession): Promise<void> {
  const state = () => `${session.finishing}/${session.transferring}`;
  let current = state();
  let stateSince = Date.now();
  const quietSince = () => Math.max(stateSince, session.lastActivityAt);
  while (!session.ended) {
    const limit = session.transferring ? TRANSFER_LIMIT : session.finishing ? STATUS_GRACE : IDLE_LIMIT;
    const left = limit - (Date.now() - quietSince());
    const woke = await condition(() => session.ended !== undefined || state() !== current, Math.max(1, left));
    if (state() !== current) {
      current = state();
      stateSince = Date.now();
      continue;
    }
    // Twilio never reported the end: a hang-up we asked for completed, anything else was dropped.
    if (!woke && Date.now() - quietSince() >= limit) session.ended = { status: session.finishing ? 'completed' : 'canceled' };
  }
}
