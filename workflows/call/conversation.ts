import type { ToolCall } from '../../domain/agents/tools';
import { factsFromTool, type ToolOutcome } from '../../domain/calls/facts';
import { classifyUtterance } from '../../domain/language/classify';
import type { CallSession } from './session';
import { runTool } from './tools';

/** What a brain decides for one caller turn. */
export interface BrainReply {
  say: string[];
  next: 'gather' | 'transfer' | 'hangup' | 'stream';
}

/**
 * Runs tools for either brain: records each call in the agent's interaction and folds its result
 * into the call's facts, so whichever brain asks next knows what the tool found.
 */
export class ToolRunner {
  constructor(private readonly session: CallSession) {}

  async run(call: ToolCall): Promise<unknown> {
    const { session } = this;
    if (call.name === 'handoff') {
      session.handOff(call.args.to, call.args.reason, Date.now());
      session.toolCalled(call.name, call.args, true, Date.now());
      return { to: call.args.to };
    }
    if (call.name === 'classify') {
      // Pure and deterministic: answered in the workflow, recorded like any tool.
      const result = classifyUtterance(call.args.text);
      session.toolCalled(call.name, call.args, true, Date.now());
      session.learn(factsFromTool(session.facts, { ...call, result }, Date.now()));
      return result;
    }
    try {
      const result = await runTool(call, session.toolContext());
      session.toolCalled(call.name, call.args, true, Date.now());
      session.learn(factsFromTool(session.facts, { ...call, result } as ToolOutcome, Date.now()));
      return result;
    } catch (error) {
      session.toolCalled(call.name, call.args, false, Date.now());
      throw error;
    }
  }
}
