import type { CallAnalysis, CallBrain, CallRecord } from '../../domain/calls/call-record';
import { redactAnalysis, redactCallRecord } from '../../domain/privacy/redact-values';
import type { Prisma, PrismaClient } from '../../infra/db';
import { publishEvent } from '../events';
import { normalisePhone, toNumericId } from './ids';

export interface OpenCallInput {
  callSid: string;
  workflowId: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  /** The customer's number (CallFacts.callerPhone): the caller's, or the callee's on a callback. */
  callerPhone: string;
  brain: CallBrain;
  startedAt: number;
}

export function createCallRecordActivities(prisma: PrismaClient) {
  return {
    /** The call appears in the panel as soon as it rings; idempotent on CallSid. */
    async openCallLog(input: OpenCallInput): Promise<void> {
      const callerPhone = normalisePhone(input.callerPhone);
      const row = await prisma.callLog.upsert({
        where: { callSid: input.callSid },
        update: {},
        create: {
          callSid: input.callSid,
          workflowId: input.workflowId,
          direction: input.direction,
          callerPhone,
          fromNumber: input.from,
          toNumber: input.to,
          startedAt: new Date(input.startedAt),
          answeredAt: new Date(input.startedAt),
          brain: input.brain,
          status: 'in_progress',
        },
      });
      await publishEvent(prisma, { type: 'call.started', entity: 'call', id: row.id });
    },

    /**
     * Writes every post-call row in one transaction, replacing what an earlier attempt wrote, so a
     * retried activity never duplicates interactions or usage; rows are stamped with the call's own
     * times, so a retry writes them exactly as the first attempt did. Secrets said on the call are
     * redacted first (domain/privacy), so none reaches call_logs, agent_interactions or the analysis.
     */
    async finalizeCall(said: CallRecord, analysed: CallAnalysis): Promise<{ callLogId: number }> {
      // Card numbers, passwords and one-time codes were used during the call; they are not kept.
      const record = redactCallRecord(said);
      const analysis = redactAnalysis(analysed);
      // A ticket opened implicitly (an escalation) is found by the call's idempotency key.
      const ticketId =
        toNumericId(record.ticketId) ??
        (await prisma.supportTicket.findUnique({ where: { idempotencyKey: `call:${record.callSid}` }, select: { id: true } }))?.id;
      const endedAt = new Date(record.endedAt);
      const callLogId = await prisma.$transaction(async (tx) => {
        const call = await tx.callLog.upsert({
          where: { callSid: record.callSid },
          update: {},
          create: { callSid: record.callSid, workflowId: record.workflowId, startedAt: new Date(record.startedAt) },
        });
        await tx.callLog.update({
          where: { id: call.id },
          data: {
            organizationId: toNumericId(record.organizationId),
            contactId: toNumericId(record.contactId),
            endedAt: new Date(record.endedAt),
            durationSeconds: record.durationSeconds,
            status: record.status,
            aiResolution: record.outcome === 'resolved',
            wasEscalated: record.escalated,
            transcript: record.transcript.map((line) => ({ ...line, at: new Date(line.at).toISOString() })),
            callSummary: analysis.summary,
            sentiment: analysis.sentiment,
            sentimentScore: analysis.sentimentScore,
            category: analysis.category,
            ticketId,
            brain: record.brain,
            finalAgent: record.finalAgent,
          },
        });
        await tx.agentInteraction.deleteMany({ where: { callLogId: call.id } });
        await tx.agentInteraction.createMany({
          data: record.interactions.map((interaction) => ({
            callLogId: call.id,
            agentName: interaction.agent,
            startedAt: new Date(interaction.startedAt),
            endedAt: interaction.endedAt ? new Date(interaction.endedAt) : new Date(record.endedAt),
            turns: interaction.turns,
            toolCalls: interaction.toolCalls.map((tool) => ({ ...tool, at: new Date(tool.at).toISOString() })) as Prisma.InputJsonValue,
            handoffTo: interaction.handoffTo,
            outcome: interaction.outcome,
            createdAt: new Date(interaction.startedAt),
          })),
        });
        const usage = analysis.usage ? [...record.aiUsage, analysis.usage] : record.aiUsage;
        await tx.aiUsageLog.deleteMany({ where: { callLogId: call.id } });
        await tx.aiUsageLog.createMany({
          data: usage.map((entry) => ({ callLogId: call.id, ticketId, ...entry, createdAt: endedAt })),
        });
        // One voice row per call SID, upserted: its price is set later (settleTwilioPrices, once Twilio has
        // priced the call), and a retry of this activity must not wipe it.
        if (record.twilio) {
          const usage = {
            callLogId: call.id,
            direction: record.direction,
            durationSeconds: record.twilio.durationSeconds ?? record.durationSeconds,
            status: record.twilio.status,
            createdAt: endedAt,
          };
          await tx.twilioUsageLog.upsert({
            where: { callSid_kind: { callSid: record.callSid, kind: 'voice' } },
            update: usage,
            create: { ...usage, callSid: record.callSid, kind: 'voice' },
          });
        } else {
          await tx.twilioUsageLog.deleteMany({ where: { callLogId: call.id, kind: 'voice' } });
        }
        const analysisRow = {
          intent: analysis.intent,
          category: analysis.category,
          sentiment: analysis.sentiment,
          sentimentScore: analysis.sentimentScore,
          frustration: analysis.frustration ?? null,
          topics: analysis.topics,
          keywords: analysis.keywords,
          summary: analysis.summary,
          resolutionStatus: record.outcome,
        };
        await tx.conversationAnalysis.upsert({
          where: { callLogId: call.id },
          update: analysisRow,
          create: { callLogId: call.id, ...analysisRow },
        });
        // The ticket's origin call is part of its birth record (openTicket writes it); this only fills it in
        // for a ticket born before the call's row existed, and never changes it. Its state is its workflow's.
        if (ticketId !== undefined) {
          await tx.supportTicket.updateMany({ where: { id: ticketId, callLogId: null }, data: { callLogId: call.id } });
        }
        return call.id;
      });
      await publishEvent(prisma, { type: 'call.completed', entity: 'call', id: callLogId, data: { outcome: record.outcome } });
      return { callLogId };
    },
  };
}
