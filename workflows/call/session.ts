import type { AgentName } from '../../domain/agents/names';
import type { AgentInteractionRecord, AiUsageRecord, CallBrain, CallOutcome, TranscriptLine } from '../../domain/calls/call-record';
import { initialCallFacts, type CallFacts } from '../../domain/calls/facts';
import type { UtteranceSentiment } from '../../domain/language/sentiment';
import type { BrainReply } from './conversation';
import type { CallEnded, CallSnapshot, CallStartInput, TransferState, TurnReply } from './messages';
import type { ToolContext } from './types';

const REPLIES_KEPT = 8;

/** A reply the call gives at its next turn whatever the caller did: a supervisor's take-over or end. */
export type RedirectReply = BrainReply & { transferTo?: string; technician?: TransferState['technician'] };

/**
 * A call's serialisable state: its facts (the one home of who is calling, the problem, the
 * ticket…) and the bookkeeping around them (transcript, agent interactions, usage). The brains
 * decide what to say and return changes to the facts; this records what happened.
 */
export class CallSession {
  agent: AgentName;
  facts: CallFacts;
  hungUp = false;
  rulesTurns = 0;
  transfer?: TransferState;
  /**
   * What to say at the next turn whatever the caller did, because a supervisor redirected the live
   * call (take-over, end); with the technician to brief when it is a transfer.
   */
  redirect?: RedirectReply;
  ended?: CallEnded;
  lastActivityAt: number;
  readonly transcript: TranscriptLine[] = [];
  readonly interactions: AgentInteractionRecord[] = [];
  readonly aiUsage: AiUsageRecord[] = [];
  private readonly replies: TurnReply[] = [];

  constructor(
    readonly input: CallStartInput,
    readonly startedAt: number,
    entryAgent: AgentName,
    public brain: CallBrain,
  ) {
    this.agent = entryAgent;
    this.facts = initialCallFacts(input);
    this.lastActivityAt = startedAt;
    this.interactions.push({ agent: entryAgent, startedAt, turns: 0, toolCalls: [] });
  }

  takeRedirect(): RedirectReply | undefined {
    const redirect = this.redirect;
    this.redirect = undefined;
    return redirect;
  }

  /** A reply that transfers: to the technician a supervisor named, or to the desk. */
  startTransfer(reply: RedirectReply): string {
    const to = reply.transferTo ?? this.input.transferNumber;
    this.transfer = { to, technician: reply.technician, status: 'dialing' };
    return to;
  }

  endTransfer(connected: boolean, outcome: string, now: number): void {
    if (!this.transfer) return;
    this.transfer = { ...this.transfer, status: connected ? 'connected' : 'failed' };
    if (!connected) this.note(`transfer to ${this.transfer.technician?.name ?? this.transfer.to} not answered (${outcome})`, now);
  }

  /** A transfer is ringing or under way: the call lasts as long as that conversation does. */
  get transferring(): boolean {
    return this.transfer?.status === 'dialing';
  }

  learn(changes: Partial<CallFacts>): void {
    this.facts = { ...this.facts, ...changes };
  }

  get escalated(): boolean {
    return this.facts.escalation !== null;
  }

  /** The agent has hung up or transferred: only Twilio's status callback is still to come. */
  get finishing(): boolean {
    return this.hungUp || this.escalated;
  }

  /** What a tool activity needs to know about the call. */
  toolContext(): ToolContext {
    const { facts, input } = this;
    return {
      callSid: input.callSid,
      callerPhone: facts.callerPhone,
      organizationId: facts.organization?.id ?? facts.contact?.organization?.id,
      contactId: facts.contact?.id,
      transferNumber: input.transferNumber,
      problem: facts.problem ?? undefined,
      category: facts.category ?? undefined,
      priority: facts.priority ?? undefined,
      ticketId: facts.ticket?.id,
    };
  }

  private get currentInteraction(): AgentInteractionRecord {
    return this.interactions[this.interactions.length - 1]!;
  }

  /** A Twilio retry of a turn already answered gets the same answer, without running it again. */
  replyFor(turn: number): TurnReply | undefined {
    return this.replies.find((reply) => reply.turn === turn);
  }

  get lastTurn(): number {
    return this.replies.length === 0 ? -1 : this.replies[this.replies.length - 1]!.turn;
  }

  remember(reply: TurnReply): TurnReply {
    this.replies.push(reply);
    if (this.replies.length > REPLIES_KEPT) this.replies.shift();
    return reply;
  }

  /** A caller turn, with how they sound in it (pure, so replay gives the same). */
  heard(text: string, now: number, sentiment?: UtteranceSentiment): void {
    this.transcript.push({ role: 'caller', agent: this.agent, text, at: now, ...(sentiment ? { sentiment } : {}) });
    this.currentInteraction.turns += 1;
    this.lastActivityAt = now;
  }

  said(text: string, now: number): void {
    this.transcript.push({ role: 'agent', agent: this.agent, text, at: now });
  }

  note(text: string, now: number): void {
    this.transcript.push({ role: 'system', agent: this.agent, text, at: now });
  }

  /** A supervisor's note: in the timeline now, in the agent's mind from its next turn. */
  whisper(note: string, by: string, now: number): void {
    this.note(`${by} whispered: ${note}`, now);
    this.learn({ whispers: [...this.facts.whispers, note] });
  }

  toolCalled(name: string, args: unknown, ok: boolean, now: number): void {
    this.currentInteraction.toolCalls.push({ name, args, ok, at: now });
  }

  handOff(to: AgentName, reason: string, now: number): void {
    if (to === this.agent) return;
    Object.assign(this.currentInteraction, { endedAt: now, handoffTo: to, outcome: 'handoff' });
    this.note(`handoff ${this.agent} → ${to}: ${reason}`, now);
    this.agent = to;
    this.interactions.push({ agent: to, startedAt: now, turns: 0, toolCalls: [] });
  }

  outcome(): CallOutcome {
    if (this.escalated && this.transfer?.status !== 'failed') return 'escalated';
    // A promised call back is the next thing that happens, whether or not a ticket stands behind it.
    if (this.facts.callbackScheduled) return 'callback_scheduled';
    if (this.facts.ticket) return 'ticket_created';
    if (this.facts.resolved) return 'resolved';
    return this.transcript.some((line) => line.role === 'caller') ? 'unresolved' : 'abandoned';
  }

  closeInteraction(now: number): void {
    const current = this.currentInteraction;
    current.endedAt ??= now;
    current.outcome ??= this.outcome();
  }

  snapshot(): CallSnapshot {
    const { facts } = this;
    return {
      callSid: this.input.callSid,
      startedAt: this.startedAt,
      callerPhone: facts.callerPhone,
      agent: this.agent,
      organizationId: facts.organization ? Number(facts.organization.id) : undefined,
      organizationName: facts.organization?.name,
      contactId: facts.contact ? Number(facts.contact.id) : undefined,
      contactName: facts.contact?.name,
      ticketId: facts.ticket ? Number(facts.ticket.id) : undefined,
      problem: facts.problem ?? undefined,
      brain: this.brain,
      escalated: this.escalated,
      transfer: this.transfer,
      ended: this.ended !== undefined || this.hungUp,
      ...(facts.priority ? { priority: facts.priority } : {}),
      transcript: this.transcript,
    };
  }
}
