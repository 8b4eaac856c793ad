import type { AgentName } from '../../domain/agents/names';
import type { ContactDto, OrganizationDto } from '../../domain/agents/tools';
import type { AgentInteractionRecord, AiUsageRecord, CallOutcome, TranscriptLine } from '../../domain/calls/call-record';
import type { KbCategory } from '../../domain/kb/categories';
import type { CallEnded, CallSnapshot, CallStartInput, TurnReply } from './messages';

const REPLIES_KEPT = 8;

/**
 * A call's serialisable state and the bookkeeping around it (transcript, agent interactions,
 * usage). The brains decide what to say; this records what happened.
 */
export class CallSession {
  agent: AgentName;
  organization?: OrganizationDto;
  contact?: ContactDto;
  ticketId?: string;
  category?: KbCategory;
  problem?: string;
  escalated = false;
  escalationReason?: string;
  callbackScheduled = false;
  resolved = false;
  hungUp = false;
  rulesTurns = 0;
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
    public brain: 'rules' | 'text',
  ) {
    this.agent = entryAgent;
    this.lastActivityAt = startedAt;
    this.interactions.push({ agent: entryAgent, startedAt, turns: 0, toolCalls: [] });
  }

  /** The agent has hung up or transferred: only Twilio's status callback is still to come. */
  get finishing(): boolean {
    return this.hungUp || this.escalated;
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

  heard(text: string, now: number): void {
    this.transcript.push({ role: 'caller', agent: this.agent, text, at: now });
    this.currentInteraction.turns += 1;
    this.lastActivityAt = now;
    this.problem ??= text.length > 12 ? text : undefined;
  }

  said(text: string, now: number): void {
    this.transcript.push({ role: 'agent', agent: this.agent, text, at: now });
  }

  note(text: string, now: number): void {
    this.transcript.push({ role: 'system', agent: this.agent, text, at: now });
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
    if (this.escalated) return 'escalated';
    if (this.ticketId) return 'ticket_created';
    if (this.callbackScheduled) return 'callback_scheduled';
    if (this.resolved) return 'resolved';
    return this.transcript.some((line) => line.role === 'caller') ? 'unresolved' : 'abandoned';
  }

  closeInteraction(now: number): void {
    const current = this.currentInteraction;
    current.endedAt ??= now;
    current.outcome ??= this.outcome();
  }

  snapshot(): CallSnapshot {
    return {
      callSid: this.input.callSid,
      agent: this.agent,
      organizationId: this.organization ? Number(this.organization.id) : undefined,
      contactId: this.contact ? Number(this.contact.id) : undefined,
      ticketId: this.ticketId ? Number(this.ticketId) : undefined,
      brain: this.brain,
      escalated: this.escalated,
      ended: this.ended !== undefined,
      transcript: this.transcript,
    };
  }
}
