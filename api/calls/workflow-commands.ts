import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import {
  callSnapshotQuery,
  callWorkflowId,
  endCallUpdate,
  takeOverUpdate,
  whisperUpdate,
  type CallSnapshot,
} from '../../workflows/call/messages';
import { AppError } from '../errors';
import type { CallCommands } from '../ports';

const ENDED = 'the call has already ended';
/** The dashboard does not wait on Temporal: past this the read model's count stands in. */
const LIVE_COUNT_DEADLINE_MS = 500;
/** Once Temporal failed to answer, the read model stands in this long before Temporal is asked again. */
const LIVE_COUNT_RETRY_AFTER_MS = 15_000;

/**
 * How many calls are live, asked of Temporal's visibility. While Temporal is not answering, the
 * read model stands in (the caller's fallback) and no request waits on Temporal: every
 * LIVE_COUNT_RETRY_AFTER_MS one count is sent in the background, and when it answers the next
 * requests ask Temporal again. Without this an unreachable Temporal held every dashboard request
 * through the client's retries, and then one request every 15 s through the deadline.
 */
function createLiveCounter(client: Client, now: () => number): () => Promise<number> {
  let unavailableUntil: number | null = null;
  let probing = false;
  const countRunning = async () => {
    const { count } = await client.withDeadline(now() + LIVE_COUNT_DEADLINE_MS, () =>
      client.workflow.count(`WorkflowType = "callWorkflow" AND ExecutionStatus = "Running"`),
    );
    return count;
  };
  const probe = () => {
    probing = true;
    void countRunning()
      .then(
        () => (unavailableUntil = null),
        () => (unavailableUntil = now() + LIVE_COUNT_RETRY_AFTER_MS),
      )
      .finally(() => (probing = false));
  };
  return async () => {
    if (unavailableUntil === null) {
      try {
        return await countRunning();
      } catch (error) {
        unavailableUntil = now() + LIVE_COUNT_RETRY_AFTER_MS;
        throw error;
      }
    }
    if (now() >= unavailableUntil && !probing) probe();
    throw new Error('Temporal did not answer recently');
  };
}

/** A live call's state and a supervisor's actions, as Queries and Updates on its CallWorkflow. */
export function createWorkflowCallCommands(deps: { client: Client; now?: () => number }): CallCommands {
  const handle = (callSid: string) => deps.client.workflow.getHandle(callWorkflowId(callSid));
  const liveCount = createLiveCounter(deps.client, deps.now ?? Date.now);

  async function steer(callSid: string, send: () => Promise<CallSnapshot>): Promise<CallSnapshot> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        throw new AppError('INVALID_TRANSITION', (error.cause as Error | undefined)?.message ?? error.message);
      }
      if (error instanceof WorkflowNotFoundError) throw new AppError('INVALID_TRANSITION', ENDED);
      // A finished workflow refuses Updates with a plain service error.
      if (/completed|closed|already finished/i.test((error as Error).message)) throw new AppError('INVALID_TRANSITION', ENDED);
      throw error;
    }
  }

  return {
    async live(callSid) {
      try {
        const description = await handle(callSid).describe();
        if (description.status.name !== 'RUNNING') return null;
        return await handle(callSid).query(callSnapshotQuery);
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return null;
        throw error;
      }
    },
    whisper: (callSid, input, actor) =>
      steer(callSid, () => handle(callSid).executeUpdate(whisperUpdate, { args: [{ note: input.note, by: actor.name }] })),
    takeOver: (callSid, input, actor) =>
      steer(callSid, () =>
        handle(callSid).executeUpdate(takeOverUpdate, { args: [{ supportAgentId: input.technicianId, by: actor.name }] }),
      ),
    end: (callSid, actor) => steer(callSid, () => handle(callSid).executeUpdate(endCallUpdate, { args: [{ by: actor.name }] })),
    liveCount,
  };
}
