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

/** A live call's state and a supervisor's actions, as Queries and Updates on its CallWorkflow. */
export function createWorkflowCallCommands(deps: { client: Client }): CallCommands {
  const handle = (callSid: string) => deps.client.workflow.getHandle(callWorkflowId(callSid));

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
    async liveCount() {
      const { count } = await deps.client.workflow.count(`WorkflowType = "callWorkflow" AND ExecutionStatus = "Running"`);
      return count;
    },
  };
}
