import { agentCatalog, type AgentName } from './catalog';
import { chatCompletionTools, isToolName, parseToolArgs, type ChatCompletionFunctionTool, type ToolCall } from './tools';

/*
 * The model's side of the tool catalog: what a chat-completions request offers, and the check of
 * what comes back. Used by the text brain's activity, the boundary where model output enters.
 */

/** The `tools` array for a chat-completions request made on this agent's behalf. */
export function chatToolsForAgent(agent: AgentName): ChatCompletionFunctionTool[] {
  const spec = agentCatalog[agent];
  return chatCompletionTools(spec.tools, { handoffTargets: spec.handoffs });
}

/** A tool call the model asked for, validated; an invalid one carries the error to answer it with. */
export type CheckedToolCall = { ok: true; call: ToolCall } | { ok: false; error: string };

export function checkToolCall(name: string, rawArguments: string): CheckedToolCall {
  if (!isToolName(name)) return { ok: false, error: `unknown tool ${name}` };
  let args: unknown;
  try {
    args = JSON.parse(rawArguments || '{}');
  } catch {
    return { ok: false, error: 'arguments were not valid JSON' };
  }
  const parsed = parseToolArgs(name, args);
  return parsed.ok ? { ok: true, call: { name, args: parsed.args } as ToolCall } : { ok: false, error: parsed.error };
}
