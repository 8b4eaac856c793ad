import type { AgentName } from '../agents/names';
import type { CheckedToolCall } from '../agents/chat-tools';
import type { ToolName } from '../agents/tools';

/** Serialisable chat history the CallWorkflow keeps for the text brain (OpenAI message shapes). */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface TextBrainRequest {
  agent: AgentName;
  /** Facts the workflow already established, appended to the agent's instructions. */
  facts: string[];
  messages: ChatMessage[];
}

export interface TextBrainReply {
  message: { content: string | null; tool_calls: ChatToolCall[] };
  /** `message.tool_calls`, one for one, validated by the activity: the boundary where model output enters. */
  checkedToolCalls: CheckedToolCall[];
  model: string;
  promptTokens: number;
  completionTokens: number;
}

export type { ToolName };
