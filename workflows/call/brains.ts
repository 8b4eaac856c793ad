import type { ChatMessage } from '../../domain/calls/chat';
import type { BrainReply, ToolRunner } from './conversation';
import type { CallerTurn } from './messages';
import { RulesDriver } from './rules-driver';
import type { CallSession } from './session';
import { textTurn } from './text-driver';

/** The turns a brain answers; redirects and transfer results are the workflow's own business. */
export type BrainTurn = Extract<CallerTurn, { kind: 'start' | 'speech' | 'dtmf' | 'silence' }>;

/** Which brain answers a caller's turn, and the switch to the rules brain when the model fails. */
export class Brains {
  private readonly rules: RulesDriver;
  private readonly chat: ChatMessage[] = [];
  /** The realtime model failed: the rules brain's next turn picks up from what the call knows. */
  private resumeRules = false;

  constructor(
    private readonly session: CallSession,
    private readonly tools: ToolRunner,
  ) {
    this.rules = new RulesDriver(session, tools);
  }

  async think(turn: BrainTurn): Promise<BrainReply> {
    const { session } = this;
    if (session.brain === 'realtime') {
      // The realtime model speaks over the media stream; any turn that still arrives by gather is the rules brain's.
      if (turn.kind === 'start') return { say: [], next: 'stream' };
      this.fellBack('realtime stream not connected');
    }
    if (this.resumeRules && turn.kind !== 'start') {
      this.resumeRules = false;
      session.rulesTurns += 1;
      return this.rules.resume(turn);
    }
    if (session.brain === 'text') {
      try {
        return await textTurn(session, this.chat, this.tools, turn);
      } catch {
        // Circuit breaker: the model failed mid-call, the rules brain carries on with what we know.
        session.brain = 'rules';
        session.note('model unavailable: the rules brain continues the call', Date.now());
        session.rulesTurns += 1;
        return this.rules.resume(turn);
      }
    }
    session.rulesTurns += 1;
    return this.rules.turn(turn);
  }

  /** The realtime model is gone: the call carries on in gather mode with the rules brain. */
  fellBack(reason: string): void {
    if (this.session.brain !== 'realtime') return;
    this.session.brain = 'rules';
    this.session.note(`${reason}: the rules brain continues the call`, Date.now());
    this.resumeRules = true;
  }
}
