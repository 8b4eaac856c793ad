/**
 * "Release B" of the workflows, for the deployment test: every workflow as today, except that a
 * call first records which release answered it (a memo, so an extra command at the start of the
 * history). Replayed against a call that release A started, that command is a non-determinism
 * error, which is what Worker Versioning's pinning keeps in-flight calls from meeting.
 */
import { upsertMemo } from '@temporalio/workflow';
import { callWorkflow as releaseACallWorkflow, type CallResult } from '../../../workflows/call/call-workflow';
import type { CallStartInput } from '../../../workflows/call/messages';
import { declareVersioning } from '../../../workflows/versioning';

export * from '../../../workflows/index';

export const RELEASE_MEMO = 'release';

declareVersioning('PINNED', callWorkflow);

export async function callWorkflow(input: CallStartInput): Promise<CallResult> {
  upsertMemo({ [RELEASE_MEMO]: 'B' });
  return releaseACallWorkflow(input);
}
