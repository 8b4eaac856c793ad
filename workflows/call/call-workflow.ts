import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { ENTRY_AGENT } from '../../domain/agents/names';
import type { CallRecord } from '../../domain/calls/call-record';
import type { ChatMessage } from '../../domain/calls/chat';
import { utteranceSentiment } from '../../domain/language/sentiment';
import { OneAtATime } from '../shared/one-at-a-time';
import { callLog, postCall, writes } from './proxies';
import { ToolRunner, type BrainReply } from './conversation';
import {
  callEndedSignal,
  callerTurnUpdate,
  callSnapshotQuery,
  type CallEnded,
  type CallerTurn,
  type CallStartInput,
  type TurnReply,
} from './messages';
import { RulesDriver } from './rules-driver';
import { CallSession } from './session';
import { textTurn } from './text-driver';

/** No caller turn and no status callback for this long: the call is treated as dropped. */
const IDLE_LIMIT = '15 minutes';
/** After the agent hangs up or transfers, how long to wait for Twilio's final status callback. */
const STATUS_GRACE = '2 minutes';

/** The rules brain runs in the workflow itself: it is logged, at no cost, like any other brain. */
const RULES_USAGE = { provider: 'rules', model: 'rules', purpose: 'turn', promptTokens: 0, completionTokens: 0, costUsd: 0 } as const;

export interface CallResult {
  outcome: CallRecord['outcome'];
  ticketId?: string;
}

export async function callWorkflow(input: CallStartInput): Promise<CallResult> {
  const session = new CallSession(input, Date.now(), ENTRY_AGENT, input.brain);
  const tools = new ToolRunner(session);
  const rules = new RulesDriver(session, tools);
  const chat: ChatMessage[] = [];

  async function think(turn: CallerTurn): Promise<BrainReply> {
    if (session.brain === 'text') {
      try {
        return await textTurn(session, chat, tools, turn);
      } catch {
        // Circuit breaker: the model failed mid-call, the rules brain carries on with what we know.
        session.brain = 'rules';
        session.note('model unavailable: the rules brain continues the call', Date.now());
        session.rulesTurns += 1;
        return rules.resume(turn);
      }
    }
    session.rulesTurns += 1;
    return rules.turn(turn);
  }

  async function answer(turn: CallerTurn): Promise<TurnReply> {
    const known = session.replyFor(turn.turn);
    if (known) return known;
    session.lastActivityAt = Date.now();
    if (turn.kind === 'start') await identifyCaller();
    if (turn.kind === 'speech') session.heard(turn.text, Date.now(), utteranceSentiment(turn.text));
    if (turn.kind === 'dtmf') session.heard(`(keys ${turn.digits})`, Date.now());
    const reply = await think(turn);
    if (turn.kind === 'start' && input.callback) reply.say.unshift('Hello, this is URackIT support returning your call.');
    for (const line of reply.say) session.said(line, Date.now());
    if (reply.next === 'hangup') session.hungUp = true;
    return session.remember({
      turn: turn.turn,
      say: reply.say,
      next: reply.next,
      transferTo: reply.next === 'transfer' ? input.transferNumber : undefined,
    });
  }

  /**
   * Before the first word, for every brain: the line dialled names the organisation (MSPs give
   * each client its own), then the caller's number names the contact, within that organisation.
   */
  async function identifyCaller(): Promise<void> {
    if (session.facts.contact) return;
    if (input.direction === 'inbound' && session.facts.organization === null) {
      await tools.run({ name: 'identify_organization_by_line', args: { supportNumber: input.to } }).catch(() => undefined);
    }
    const organizationId = session.facts.organization?.id;
    const args = { phone: session.facts.callerPhone, ...(organizationId === undefined ? {} : { organizationId }) };
    await tools.run({ name: 'find_contact_by_phone', args }).catch(() => undefined);
  }

  // Turns are answered one at a time, in order; a retried delivery waits, then gets the cached reply.
  const oneAtATime = new OneAtATime();
  setHandler(callerTurnUpdate, (turn) => oneAtATime.run(() => answer(turn)), {
    validator: (turn) => {
      if (session.ended) throw new Error('this call has ended');
      if (!Number.isInteger(turn.turn) || turn.turn < 0) throw new Error('turn must be a non-negative integer');
    },
  });
  setHandler(callEndedSignal, (ended: CallEnded) => {
    session.ended ??= ended;
  });
  setHandler(callSnapshotQuery, () => session.snapshot());

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
  return finishCall(session);
}

async function waitForCallEnd(session: CallSession): Promise<void> {
  while (!session.ended) {
    const seen = session.lastActivityAt;
    const finishing = session.finishing;
    const woke = await condition(
      () => session.ended !== undefined || session.lastActivityAt !== seen || session.finishing !== finishing,
      finishing ? STATUS_GRACE : IDLE_LIMIT,
    );
    // Twilio never reported the end: a hang-up we asked for completed, anything else was dropped.
    if (!woke) session.ended = { status: finishing ? 'completed' : 'canceled' };
  }
}

function callStatus(session: CallSession): CallRecord['status'] {
  const ended = session.ended?.status ?? 'canceled';
  if (ended === 'busy') return 'busy';
  if (ended === 'no-answer') return 'no_answer';
  if (ended === 'failed') return 'failed';
  if (session.escalated) return 'transferred';
  return ended === 'canceled' ? 'abandoned' : 'completed';
}

/** The caller was mid-way through troubleshooting when the line went: nobody said goodbye. */
function droppedMidTroubleshooting(session: CallSession): boolean {
  return !session.hungUp && !session.escalated && session.facts.problem !== null && session.outcome() === 'unresolved';
}

async function finishCall(session: CallSession): Promise<CallResult> {
  const endedAt = Date.now();
  session.closeInteraction(endedAt);
  const { input, ended, facts } = session;
  const record: CallRecord = {
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
  if (droppedMidTroubleshooting(session)) {
    await writes.scheduleCallback({ reason: `call dropped while troubleshooting: ${facts.problem}` }, session.toolContext());
    session.learn({ callbackScheduled: true });
    record.outcome = session.outcome();
  }
  const analysis = await postCall.analyzeCall({
    transcript: record.transcript,
    outcome: record.outcome,
    category: facts.category ?? undefined,
  });
  await postCall.finalizeCall(record, analysis);
  return { outcome: record.outcome, ticketId: record.ticketId };
}
