import { workflowInfo } from '@temporalio/workflow';
import type { CallRecord } from '../../domain/calls/call-record';
import { postCall, writes } from './proxies';
import type { CallSession } from './session';

/** The rules brain runs in the workflow itself: it is logged, at no cost, like any other brain. */
const RULES_USAGE = { provider: 'rules', model: 'rules', purpose: 'turn', promptTokens: 0, completionTokens: 0, costUsd: 0 } as const;

export interface CallResult {
  outcome: CallRecord['outcome'];
  ticketId?: string;
}

function callStatus(session: CallSession): CallRecord['status'] {
  const ended = session.ended?.status ?? 'canceled';
  if (ended === 'busy') return 'busy';
  if (ended === 'no-answer') return 'no_answer';
  if (ended === 'failed') return 'failed';
  if (session.escalated && session.transfer?.status !== 'failed') return 'transferred';
  return ended === 'canceled' ? 'abandoned' : 'completed';
}

/** The caller was mid-way through troubleshooting when the line went: nobody said goodbye. */
function droppedMidTroubleshooting(session: CallSession): boolean {
  return !session.hungUp && !session.escalated && session.facts.problem !== null && session.outcome() === 'unresolved';
}

function callRecord(session: CallSession, endedAt: number): CallRecord {
  const { input, ended, facts } = session;
  return {
    callSid: input.callSid,
    workflowId: workflowInfo().workflowId,
    direction: input.direction,
    from: input.from,
    to: input.to,
    organizationId: facts.organization?.id,
    contactId: facts.contact?.id,
    startedAt: session.startedAt,
    endedAt,
    status: callStatus(session),
    durationSeconds: ended?.durationSeconds ?? Math.round((endedAt - session.startedAt) / 1000),
    outcome: session.outcome(),
    escalated: session.escalated,
    escalationReason: facts.escalation?.reason,
    ticketId: facts.ticket?.id,
    brain: session.brain,
    finalAgent: session.agent,
    transcript: session.transcript,
    interactions: session.interactions,
    aiUsage: session.rulesTurns > 0 ? [...session.aiUsage, RULES_USAGE] : session.aiUsage,
    twilio: ended
      ? { durationSeconds: ended.durationSeconds, price: ended.price, priceUnit: ended.priceUnit, status: ended.status }
      : undefined,
  };
}

/** After the call: a kept callback if it dropped mid-troubleshooting, then the analysis and every post-call row. */
export async function finishCall(session: CallSession): Promise<CallResult> {
  const endedAt = Date.now();
  session.closeInteraction(endedAt);
  const { facts } = session;
  if (droppedMidTroubleshooting(session)) {
    await writes.scheduleCallback({ reason: `call dropped while troubleshooting: ${facts.problem}` }, session.toolContext());
    session.learn({ callbackScheduled: true });
  }
  const record = callRecord(session, endedAt);
  const analysis = await postCall.analyzeCall({
    transcript: record.transcript,
    outcome: record.outcome,
    category: facts.category ?? undefined,
  });
  await postCall.finalizeCall(record, analysis);
  return { outcome: record.outcome, ticketId: record.ticketId };
}
