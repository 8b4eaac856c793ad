import { rulesStart, rulesStep } from '../../domain/rules-brain/brain';
import type { RulesInput, RulesMemory, RulesTurn } from '../../domain/rules-brain/types';
import { parseUeCodePattern, type UeCodePattern } from '../../domain/language/ue-code';
import type { BrainReply, ToolRunner } from './conversation';
import type { BrainTurn } from './brains';
import type { CallSession } from './session';

/** A runaway exchange of tool calls without a word to the caller is cut off here. */
const MAX_STEPS_PER_TURN = 12;

function callerInput(turn: Exclude<BrainTurn, { kind: 'start' }>): RulesInput {
  if (turn.kind === 'speech') return { kind: 'speech', text: turn.text };
  if (turn.kind === 'dtmf') return { kind: 'dtmf', digits: turn.digits };
  return { kind: 'silence' };
}

/**
 * Drives the pure rules brain: feeds it the caller's turns, the call's facts and the results of
 * the tools it asks for (run as activities), until it has something to say and waits for the
 * caller again. The brain's memory stays here; the facts it changes go to the session.
 */
export class RulesDriver {
  private memory: RulesMemory | undefined;
  private readonly pattern: UeCodePattern;
  /** Supervisor notes already seen: each is weighed once, before the caller's next words. */
  private notesSeen = 0;

  constructor(
    private readonly session: CallSession,
    private readonly tools: ToolRunner,
  ) {
    this.pattern = parseUeCodePattern(session.input.ueCodePattern);
  }

  turn(turn: BrainTurn): Promise<BrainReply> {
    if (turn.kind === 'start' || !this.memory) return this.play(rulesStart(this.session.facts, { pattern: this.pattern }));
    const noted = this.supervisorNote(this.memory);
    if (noted) return this.play(noted);
    return this.play(rulesStep(this.memory!, this.session.facts, callerInput(turn)));
  }

  /** A new supervisor note that changes what happens now (a hand-over), or undefined to carry on. */
  private supervisorNote(memory: RulesMemory): RulesTurn | undefined {
    const notes = this.session.facts.whispers;
    let current = memory;
    for (; this.notesSeen < notes.length; this.notesSeen++) {
      const step = rulesStep(current, this.session.facts, { kind: 'supervisor_note', text: notes[this.notesSeen]! });
      if (step.actions.length > 0) {
        this.notesSeen += 1;
        return step;
      }
      current = step.memory;
    }
    this.memory = current;
    return undefined;
  }

  /**
   * Takes over mid-call from the text brain, starting from what the call already established:
   * the caller and organisation, and the problem as first described (so "still broken" has context).
   */
  resume(turn: BrainTurn): Promise<BrainReply> {
    if (turn.kind === 'start') return this.turn(turn);
    // Started as if the problem were still to be told, then told it together with what the caller says now.
    const { problem } = this.session.facts;
    const untold = { ...this.session.facts, problem: null };
    const start = rulesStart(untold, { pattern: this.pattern });
    this.memory = start.memory;
    const input =
      turn.kind === 'speech' && problem && problem !== turn.text
        ? { kind: 'speech' as const, text: `${problem}. ${turn.text}` }
        : callerInput(turn);
    return this.play(rulesStep(start.memory, { ...untold, ...start.facts }, input));
  }

  private async play(first: RulesTurn): Promise<BrainReply> {
    const say: string[] = [];
    let step = first;
    for (let round = 0; round < MAX_STEPS_PER_TURN; round++) {
      this.memory = step.memory;
      this.session.learn(step.facts);
      let next: RulesTurn | undefined;
      for (const action of step.actions) {
        if (action.type === 'say') say.push(action.text);
        else if (action.type === 'handoff') this.session.handOff(action.to, action.reason, Date.now());
        else if (action.type === 'gather') return { say, next: 'gather' };
        else if (action.type === 'hangup') return { say, next: 'hangup' };
        else if (action.type === 'transfer') return { say, next: this.session.escalated ? 'transfer' : 'gather' };
        else {
          next = await this.runTool(step.memory, action.call);
          break;
        }
      }
      if (!next) return { say, next: 'gather' };
      step = next;
    }
    say.push('Let me get a technician to help you with this.');
    return { say, next: 'gather' };
  }

  private async runTool(memory: RulesMemory, call: Parameters<ToolRunner['run']>[0]): Promise<RulesTurn> {
    try {
      const result = await this.tools.run(call);
      return rulesStep(memory, this.session.facts, { kind: 'tool_result', name: call.name, result } as RulesInput);
    } catch (error) {
      return rulesStep(memory, this.session.facts, { kind: 'tool_error', name: call.name, message: (error as Error).message });
    }
  }
}
