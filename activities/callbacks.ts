import type { CallbackStatus } from '../domain/callbacks/status';
import type { PrismaClient } from '../infra/db';
import { callbackWorkflowId, type CallbackWorkflowInput } from '../workflows/callback/messages';
import type { CallbackContext } from '../workflows/callback/types';
import { publishEvent } from './events';
import { onceOnly } from './external-actions';
import { organizationCalendar } from './tickets/stored-policy';
import type { OutboundCall } from './twilio';
import { workflowStarter, type TemporalHandle } from './workflow-starter';

type PlaceCall = (call: OutboundCall) => Promise<string | null>;

export function callbackWorkflowStarter(temporal: TemporalHandle | undefined): (callbackId: number) => Promise<void> {
  return workflowStarter<CallbackWorkflowInput>(temporal, 'callbackWorkflow', callbackWorkflowId, (callbackId) => ({ callbackId }));
}

/** Where Twilio fetches TwiML when the callee answers, and reports how the attempt ended. */
export interface CallbackUrls {
  voiceBaseUrl: string;
}

export function createCallbackActivities(prisma: PrismaClient, placeCall: PlaceCall, urls: CallbackUrls) {
  return {
    /** Read-only. */
    async loadCallback(callbackId: number): Promise<CallbackContext> {
      const row = await prisma.callback.findUniqueOrThrow({ where: { id: callbackId }, include: { organization: true } });
      return {
        callbackId,
        phone: row.phone,
        requestedAt: row.scheduledFor.getTime(),
        maxAttempts: row.maxAttempts,
        status: row.status,
        ticketId: row.ticketId,
        calendar: organizationCalendar(row.organization?.businessCalendar),
      };
    },

    /** Sets the callback's status as the workflow decided it, stamped with workflow time: a retry writes the same values again. */
    async updateCallback(input: {
      callbackId: number;
      status: CallbackStatus;
      at: number;
      attempts?: number;
      nextAttemptAt?: number | null;
    }): Promise<void> {
      const row = await prisma.callback.update({
        where: { id: input.callbackId },
        data: {
          status: input.status,
          attempts: input.attempts,
          lastAttemptAt: input.status === 'dialing' ? new Date(input.at) : undefined,
          scheduledFor: input.nextAttemptAt ? new Date(input.nextAttemptAt) : undefined,
          workflowId: callbackWorkflowId(input.callbackId),
        },
      });
      await publishEvent(prisma, { type: `callback.${input.status}`, entity: 'callback', id: row.id, data: { ticketId: row.ticketId } });
    },

    /**
     * Dials the caller; the answered call runs through the same voice edge and CallWorkflow. Dials
     * once per attempt, however often it is retried: a retry gets the first dial's call SID back.
     */
    async placeCallback(input: { callbackId: number; attempt: number; phone: string }): Promise<string | null> {
      const base = urls.voiceBaseUrl.replace(/\/$/, '');
      const action = { key: `callback:${input.callbackId}:attempt:${input.attempt}`, kind: 'dial', target: input.phone } as const;
      return onceOnly(prisma, action, () =>
        placeCall({
          to: input.phone,
          answerUrl: `${base}/twilio/voice?callback=${input.callbackId}`,
          statusCallbackUrl: `${base}/twilio/status?callback=${input.callbackId}`,
        }),
      );
    },
  };
}
