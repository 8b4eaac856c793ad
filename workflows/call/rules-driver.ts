import { patched } from '@temporalio/workflow';
import { rulesStep, startRules } from '../../domain/rules-brain/brain';
import type { RulesInput, RulesState, RulesStep } from '../../domain/rules-brain/types';
import { parseUeCodePattern } from '../../domain/language/ue-code';
import type { BrainReply, ToolRunner } from './conversation';
import type { CallerTurn } from './messages';
import type { CallSession } from './session';

/** A runaway exchange of tool calls without a word to the caller is cut off here. */
const MAX_STEPS_PER_TURN = 12;

function callerInput(turn: Exclude<CallerTurn, { kind: 'start' }>): RulesInput {
  if (turn.kind === 'speech') return { kind: 'speech', text: turn.text };
  if (turn.kind === 'dtmf') return { kind: 'dtmf', digits: turn.digits };
  return { kind: 'silence' };
}

/**
 * Drives the pure rules brain: feeds it the caller's turns and the results of the tools it asks
 * for (run as activities), until it has something to say and waits for the caller again.
 */
export class RulesDriver {
  private state: RulesState | undefined;

  constructor(
    private readonly session: CallSession,
    private readonly tools: ToolRunner,
  ) {}

  private begin(): RulesStep {
    return startRules({
      pattern: parseUeCodePattern(this.session.input.ueCodePattern),
      callerPhone: this.session.input.direction === 'inbound' ? this.session.input.from : this.session.input.to,
      contact: this.session.contact ?? null,
      organization: this.session.organization ?? null,
      ticketWhenLeavingUnfixed: patched('ticket-when-leaving-unfixed'),
    });
  }

  turn(turn: CallerTurn): Promise<BrainReply> {
    if (turn.kind === 'start' || !this.state) return this.play(this.begin());
    return this.play(rulesStep(this.state, callerInput(turn)));
  }

  /**
   * Takes over mid-call from the text brain, starting from what the call already established:
   * the caller and organisation, and the problem as first described (so "still broken" has context).
   */
  resume(turn: CallerTurn): Promise<BrainReply> {
    const start = this.begin();
    if (turn.kind === 'start') return this.play(start);
    this.state = start.state;
    const problem = this.session.problem;
    const input =
      turn.kind === 'speech' && problem && problem !== turn.text
        ? { kind: 'speech' as const, text: `${problem}. ${turn.text}` }
        : callerInput(turn);
    return this.play(rulesStep(start.state, input));
  }

  private async play(first: RulesStep): Promise<BrainReply> {
    const say: string[] = [];
    let step = first;
    for (let round = 0; round < MAX_STEPS_PER_TURN; round++) {
      this.state = step.state;
      this.syncFacts(step.state);
      let next: RulesStep | undefined;
      for (const action of step.actions) {
        if (action.type === 'say') say.push(action.text);
        else if (action.type === 'handoff') this.session.handOff(action.to, action.reason, Date.now());
        else if (action.type === 'gather') return { say, next: 'gather' };
        else if (action.type === 'hangup') return { say, next: 'hangup' };
        else if (action.type === 'transfer') return { say, next: this.session.escalated ? 'transfer' : 'gather' };
        else {
          next = await this.runTool(step.state, action.call);
          break;
        }
      }
      if (!next) return { say, next: 'gather' };
      step = next;
    }
    say.push('Let me get a technician to help you with this.');
    return { say, next: 'gather' };
  }

  private async runTool(state: RulesState, call: Parameters<ToolRunner['run']>[0]): Promise<RulesStep> {
    try {
      const result = await this.tools.run(call);
      return rulesStep(state, { kind: 'tool_result', name: call.name, result } as RulesInput);
    } catch (error) {
      return rulesStep(state, { kind: 'tool_error', name: call.name, message: (error as Error).message });
    }
  }

  private syncFacts(state: RulesState): void {
    this.session.resolved = state.resolved;
    if (state.problem) this.session.problem = state.problem;
    if (state.category) this.session.category = state.category;
  }
}
