import { ApplicationFailure } from '@temporalio/activity';
import OpenAI from 'openai';
import { agentPrompt } from '../../domain/agents/prompt';
import { chatToolsForAgent, checkToolCall } from '../../domain/agents/chat-tools';
import type { ChatMessage, ChatToolCall, TextBrainReply, TextBrainRequest } from '../../domain/calls/chat';
import { redactPii } from '../../domain/privacy/redact';

export interface TextBrainSettings {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
}

/**
 * After a few consecutive failures the model is skipped for a while, so every live call falls
 * back to the rules brain at once instead of each waiting out its own timeout.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  constructor(
    private readonly threshold = 3,
    private readonly coolDownMs = 30_000,
  ) {}
  get open(): boolean {
    return Date.now() < this.openUntil;
  }
  succeeded(): void {
    this.failures = 0;
  }
  failed(): void {
    this.failures += 1;
    if (this.failures >= this.threshold) this.openUntil = Date.now() + this.coolDownMs;
  }
}

/**
 * A secret the caller says is for the turn it is said in (a password read out to be reset): the
 * latest caller message goes to the model as said, earlier ones without their secrets.
 */
function redactEarlierTurns(messages: readonly ChatMessage[]): ChatMessage[] {
  const latest = messages.findLastIndex((message) => message.role === 'user');
  return messages.map((message, index) =>
    message.role === 'user' && index !== latest ? { ...message, content: redactPii(message.content) } : message,
  );
}

function toOpenAiMessages(request: TextBrainRequest): OpenAI.Chat.ChatCompletionMessageParam[] {
  const history: ChatMessage[] = [
    { role: 'system', content: agentPrompt(request.agent, request.facts) },
    ...redactEarlierTurns(request.messages),
  ];
  return history as OpenAI.Chat.ChatCompletionMessageParam[];
}

function functionCalls(calls: OpenAI.Chat.ChatCompletionMessageToolCall[] | undefined): ChatToolCall[] {
  return (calls ?? []).flatMap((call) =>
    call.type === 'function'
      ? [{ id: call.id, type: 'function' as const, function: { name: call.function.name, arguments: call.function.arguments } }]
      : [],
  );
}

export function createTextBrainActivities(settings: TextBrainSettings) {
  const client = settings.apiKey
    ? new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: 0 })
    : undefined;
  const breaker = new CircuitBreaker();

  return {
    /** One model turn for the current agent: speech for the caller and/or tool calls to run. */
    async textBrainTurn(request: TextBrainRequest): Promise<TextBrainReply> {
      if (!client) throw ApplicationFailure.nonRetryable('no OPENAI_API_KEY configured', 'BrainUnavailable');
      if (breaker.open) throw ApplicationFailure.nonRetryable('model circuit open after repeated failures', 'BrainUnavailable');
      try {
        const completion = await client.chat.completions.create({
          model: settings.model,
          messages: toOpenAiMessages(request),
          tools: chatToolsForAgent(request.agent),
          temperature: 0.3,
        });
        const choice = completion.choices[0];
        if (!choice) throw new Error('the model returned no choices');
        breaker.succeeded();
        const toolCalls = functionCalls(choice.message.tool_calls);
        return {
          message: { content: choice.message.content ?? null, tool_calls: toolCalls },
          checkedToolCalls: toolCalls.map((call) => checkToolCall(call.function.name, call.function.arguments)),
          model: completion.model || settings.model,
          promptTokens: completion.usage?.prompt_tokens ?? 0,
          completionTokens: completion.usage?.completion_tokens ?? 0,
        };
      } catch (error) {
        breaker.failed();
        throw ApplicationFailure.nonRetryable(`model call failed: ${(error as Error).message}`, 'BrainFailed');
      }
    },
  };
}
