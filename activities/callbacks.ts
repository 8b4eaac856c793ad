import type { Calendar } from '../domain/sla/calendar';
import type { PrismaClient } from '../infra/db';
import { callbackWorkflowId, type CallbackWorkflowInput } from '../workflows/callback/messages';
import { publishEvent } from './events';
import { workflowStarter, type TemporalHandle } from './workflow-starter';
import { organizationCalendar } from './tickets/stored-policy';
import type { createTwilioActivities } from './twilio';

type PlaceCall = ReturnType<typeof createTwilioActivities>['placeCall'];

export interface CallbackContext {
  callbackId: number;
  phone: string;
  requestedAt: number;
  maxAttempts: number;
  status: string;
  calendar: Calendar;
}

export function callbackWorkflowStarter(temporal: TemporalHandle | undefined): (callbackId: number) => Promise<void> {
  return workflowStarter<CallbackWorkflowInput>(temporal, 'callbackWorkflow', callbackWorkflowId, (callbackId) => ({ callbackId }));
}

/** Where Twilio fetches TwiML when the callee answers, and reports how the attempt ended. */
export interface CallbackUrls {
  voiceBaseUrl: string;
}

export function createCallbackActivities(prisma: PrismaClient, placeCall: PlaceCall, urls: CallbackUrls) {
  return {
    async loadCallback(callbackId: number): Promise<CallbackContext> {
      const row = await prisma.callback.findUniqueOrThrow({ where: { id: callbackId }, include: { organization: true } });
      return {
        callbackId,
        phone: row.phone,
        requestedAt: row.scheduledFor.getTime(),
        maxAttempts: row.maxAttempts,
        status: row.status,
        calendar: organizationCalendar(row.organization?.businessCalendar),
      };
    },

    async updateCallback(input: {
      callbackId: number;
      status: 'scheduled' | 'dialing' | 'completed' | 'failed' | 'cancelled';
      attempts?: number;
      nextAttemptAt?: number | null;
    }): Promise<void> {
      const row = await prisma.callback.update({
        where: { id: input.callbackId },
        data: {
          status: input.status,
          attempts: input.attempts,
          lastAttemptAt: input.status === 'dialing' ? new Date() : undefined,
          scheduledFor: input.nextAttemptAt ? new Date(input.nextAttemptAt) : undefined,
          workflowId: callbackWorkflowId(input.callbackId),
        },
      });
      await publishEvent(prisma, { type: `callback.${input.status}`, entity: 'callback', id: row.id });
    },

    /** Dials the caller; the answered call runs through the same voice edge and CallWorkflow. */
    async placeCallback(input: { callbackId: number; attempt: number; phone: string }): Promise<string | null> {
      const base = urls.voiceBaseUrl.replace(/\/$/, '');
      return placeCall({
        to: input.phone,
        answerUrl: `${base}/twilio/voice?callback=${input.callbackId}`,
        statusCallbackUrl: `${base}/twilio/status?callback=${input.callbackId}`,
      });
    },

    /** Never answered: a person must follow up, so the ticket (if any) is escalated. */
    async escalateUnansweredCallback(input: { callbackId: number; attempts: number }): Promise<void> {
      const row = await prisma.callback.findUniqueOrThrow({ where: { id: input.callbackId } });
      if (row.ticketId !== null) {
        const level = (await prisma.ticketEscalation.count({ where: { ticketId: row.ticketId } })) + 1;
        await prisma.ticketEscalation.create({
          data: {
            ticketId: row.ticketId,
            level,
            trigger: 'manual',
            reason: `callback to ${row.phone} not answered after ${input.attempts} attempts`,
            notifiedTarget: 'supervisor',
          },
        });
      }
      await publishEvent(prisma, {
        type: 'callback.unanswered',
        entity: 'callback',
        id: input.callbackId,
        data: { ticketId: row.ticketId },
      });
    },
  };
}
