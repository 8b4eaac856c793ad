import type { CallbackDto } from '../../domain/agents/tools';
import { lines } from '../../domain/calls/lines';
import { utteranceSentiment } from '../../domain/language/sentiment';
import type { Brains } from './brains';
import type { BrainReply, ToolRunner } from './conversation';
import type { CallerTurn, DialOutcome, TurnReply } from './messages';
import { setCurrentDetails } from '@temporalio/workflow';
import { CallerPhone, CurrentAgent, UeCode, keepSearchAttributes } from '../search-attributes';
import type { LiveFeed } from './live-feed';
import type { CallSession, RedirectReply } from './session';

/** What operators see in the Temporal UI: who is calling, the agent on the call, where it stands. */
export function describeCall(session: CallSession): void {
  const { facts } = session;
  keepSearchAttributes([
    [CallerPhone, facts.callerPhone],
    [UeCode, facts.organization?.ueCode],
    [CurrentAgent, session.agent],
  ]);
  const who = [facts.contact?.name, facts.organization?.name].filter(Boolean).join(', ') || 'caller not identified';
  const transfer = session.transfer
    ? `transfer to ${session.transfer.technician?.name ?? session.transfer.to}: ${session.transfer.status}`
    : null;
  setCurrentDetails(
    [
      `**${session.agent}** agent · ${who}`,
      `problem: ${facts.problem ?? 'not described yet'}`,
      facts.ticket ? `ticket ${facts.ticket.id}` : null,
      transfer,
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
}

/**
 * Answers one caller turn: a supervisor's redirect first, then the end of a transfer, else the
 * brain. Records what was said and tells the panel, without holding up the reply.
 */
export class CallTurns {
  constructor(
    private readonly session: CallSession,
    private readonly brains: Brains,
    private readonly tools: ToolRunner,
    private readonly feed: LiveFeed,
  ) {}

  async answer(turn: CallerTurn): Promise<TurnReply> {
    const { session } = this;
    const known = session.replyFor(turn.turn);
    if (known) return known;
    session.lastActivityAt = Date.now();
    const reply: RedirectReply = await this.replyTo(turn);
    if (turn.kind === 'start' && session.input.callback) reply.say.unshift(lines.returningYourCall());
    for (const line of reply.say) session.said(line, Date.now());
    if (reply.next === 'hangup') session.hungUp = true;
    const transferTo = reply.next === 'transfer' ? session.startTransfer(reply) : undefined;
    describeCall(session);
    this.feed.request();
    return session.remember({ turn: turn.turn, say: reply.say, next: reply.next, transferTo });
  }

  private async replyTo(turn: CallerTurn): Promise<RedirectReply> {
    const { session } = this;
    const redirected = session.takeRedirect();
    if (redirected) return redirected;
    if (turn.kind === 'redirect') return { say: [], next: 'gather' }; // a repeated redirect: keep listening
    if (turn.kind === 'dialResult') return this.transferEnded(turn.outcome);
    if (turn.kind === 'start') await this.identifyCaller();
    if (turn.kind === 'speech') session.heard(turn.text, Date.now(), utteranceSentiment(turn.text));
    if (turn.kind === 'dtmf') session.heard(`(keys ${turn.digits})`, Date.now());
    return this.brains.think(turn);
  }

  /**
   * Before the first word, for every brain: the line dialled names the organisation (MSPs give
   * each client its own), then the caller's number names the contact, within that organisation.
   */
  private async identifyCaller(): Promise<void> {
    const { facts, input } = this.session;
    if (facts.contact) return;
    if (input.direction === 'inbound' && facts.organization === null) {
      await this.tools.run({ name: 'identify_organization_by_line', args: { supportNumber: input.to } }).catch(() => undefined);
    }
    const organizationId = this.session.facts.organization?.id;
    const args = { phone: this.session.facts.callerPhone, ...(organizationId === undefined ? {} : { organizationId }) };
    await this.tools.run({ name: 'find_contact_by_phone', args }).catch(() => undefined);
    // A known caller's last call is one lookup away: the agent can pick up where it left off.
    if (this.session.facts.contact) await this.tools.run({ name: 'get_caller_history', args: {} }).catch(() => undefined);
  }

  /** The technician took the call (it is over now), or nobody did: then the caller is promised a call back. */
  private async transferEnded(outcome: DialOutcome): Promise<BrainReply> {
    const { session } = this;
    const connected = outcome === 'completed' || outcome === 'answered';
    session.endTransfer(connected, outcome, Date.now());
    if (connected) return { say: [], next: 'hangup' };
    const reason = `transfer not answered (${outcome}): ${session.facts.escalation?.reason ?? session.facts.problem ?? 'caller wanted a technician'}`;
    const booked = (await this.tools.run({ name: 'schedule_callback', args: { reason } }).catch(() => null)) as CallbackDto | null;
    return { say: [booked?.scheduled ? lines.transferNotAnswered(booked.when) : lines.transferFailedNoCallback()], next: 'hangup' };
  }
}
