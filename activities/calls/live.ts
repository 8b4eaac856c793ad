import type { TranscriptLine } from '../../domain/calls/call-record';
import type { PrismaClient } from '../../infra/db';
import type { TransferState } from '../../workflows/call/messages';
import { publishEvent } from '../events';
import { onceOnly } from '../external-actions';

export interface CallTurnEvent {
  callSid: string;
  turn: number;
  agent: string;
  lines: Array<Pick<TranscriptLine, 'role' | 'text'>>;
  organizationName: string | null;
  contactName: string | null;
  ticketId: string | null;
  transfer: TransferState | null;
}

export interface LiveCallDeps {
  prisma: PrismaClient;
  /** Points the live call at new TwiML (Twilio REST `calls(sid).update`); null when Twilio is not configured. */
  redirectCall(callSid: string, url: string): Promise<string | null>;
  /** Where Twilio reaches the voice edge. */
  voiceBaseUrl: string;
}

/** What the CallWorkflow needs from the world while a call is live: the panel's feed, technicians, Twilio. */
export function createLiveCallActivities(deps: LiveCallDeps) {
  const { prisma } = deps;
  return {
    /**
     * Tells every open panel what was just said on a call. Safe to repeat: an event names the call
     * and the turn, and the panel treats a repeat as one refresh.
     */
    async publishCallTurn(event: CallTurnEvent): Promise<void> {
      await publishEvent(prisma, { type: 'call.turn', entity: 'call', id: event.callSid, data: event });
      if (event.transfer?.status === 'dialing') {
        const data = { callSid: event.callSid, supportAgentId: event.transfer.technician?.supportAgentId ?? null, to: event.transfer.to };
        await publishEvent(prisma, { type: 'call.transferring', entity: 'call', id: event.callSid, data });
      }
    },

    /** Read-only. */
    async findTechnician(input: { supportAgentId: number }): Promise<{ name: string; phone: string | null } | null> {
      const agent = await prisma.supportAgent.findFirst({ where: { id: input.supportAgentId, kind: 'human', active: true } });
      return agent ? { name: agent.name, phone: agent.phone } : null;
    },

    /**
     * Makes Twilio fetch the call's next instructions from the voice edge now (the workflow has them
     * ready for turn `turn`). Once per call and turn, whatever the retries.
     */
    async redirectLiveCall(input: { callSid: string; turn: number }): Promise<void> {
      const url = `${deps.voiceBaseUrl.replace(/\/$/, '')}/twilio/gather?turn=${input.turn}&redirect=1`;
      await onceOnly(prisma, { key: `call:${input.callSid}:redirect:${input.turn}`, kind: 'redirect', target: input.callSid }, () =>
        deps.redirectCall(input.callSid, url),
      );
    },
  };
}
