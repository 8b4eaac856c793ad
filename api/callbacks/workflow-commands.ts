import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { PrismaClient } from '../../infra/db';
import { callbackWorkflowId, cancelCallbackUpdate } from '../../workflows/callback/messages';
import { AppError } from '../errors';
import type { CallbackCommands } from '../ports';
import { callbacks, toCallbackDto } from '../resources/callbacks';
import { findRecord } from '../resources/crud';

/** Cancelling a callback is an Update on its workflow, which stops the timer and marks the row. */
export function createWorkflowCallbackCommands(deps: { prisma: PrismaClient; client: Client }): CallbackCommands {
  return {
    async cancel(callbackId, input, actor) {
      try {
        await deps.client.workflow
          .getHandle(callbackWorkflowId(callbackId))
          .executeUpdate(cancelCallbackUpdate, { args: [{ reason: input.reason ?? undefined, by: actor.name }] });
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          throw new AppError('INVALID_TRANSITION', (error.cause as Error | undefined)?.message ?? error.message);
        }
        // A callback whose workflow never started (or already finished) is cancelled in the table alone.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        await deps.prisma.callback.update({ where: { id: callbackId }, data: { status: 'cancelled' } });
      }
      return toCallbackDto(await findRecord(deps.prisma, callbacks, callbackId));
    },
  };
}
