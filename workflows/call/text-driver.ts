import { patched } from '@temporalio/workflow';
import type { CheckedToolCall } from '../../domain/agents/chat-tools';
import type { ChatMessage, TextBrainReply } from '../../domain/calls/chat';
import { analyzeUtterance } from '../../domain/language/intents';
import { tokenCostUsd } from '../../domain/pricing';
import type { CallerTurn } from './messages';
import { model } from './proxies';
import type { BrainReply, ToolRunner } from './conversation';
import type { CallSession } from './session';

const MAX_TOOL_ROUNDS = 6;

function callerMessage(turn: CallerTurn, session: CallSession): string {
  switch (turn.kind) {
    case 'start':
      return session.input.callback
        ? `(This is an outbound callback we placed about: ${session.input.callback.reason}. Greet the caller and continue.)`
        : '(The call has just connected. Greet the caller.)';
    case 'speech':
      return turn.text;
    case 'dtmf':
      return `(The caller pressed the keys ${turn.digits}.)`;
    case 'silence':
      return '(The caller said nothing.)';
  }
}

function facts(session: CallSession): string[] {
  const known: string[] = [`Caller's number: ${session.input.from}`];
  if (session.contact) known.push(`Caller identified by phone: ${session.contact.name} (contact id ${session.contact.id})`);
  if (session.organization)
    known.push(`Organisation: ${session.organization.name}, code ${session.organization.ueCode} (id ${session.organization.id})`);
  else known.push('Organisation not identified yet: ask for their U-E code.');
  if (session.ticketId) known.push(`Ticket ${session.ticketId} is open for this call.`);
  return known;
}

/**
 * The model's tool calls, validated by the activity. Histories recorded before it did so are
 * checked here as they were then; only they load the checker, which brings zod into this
 * workflow run (the modules workflows share avoid it: workers/worker.ts).
 */
async function checkedToolCalls(reply: TextBrainReply): Promise<CheckedToolCall[]> {
  if (patched('model-tool-calls-checked-in-activity') && reply.checkedToolCalls) return reply.checkedToolCalls;
  const { checkToolCall } = await import(/* webpackMode: "eager" */ '../../domain/agents/chat-tools');
  return reply.message.tool_calls.map((call) => checkToolCall(call.function.name, call.function.arguments));
}

/**
 * The text brain: an OpenAI-compatible chat model with tool calling. The chat history lives in
 * the workflow; each model call is an activity. Throws when the model fails (the caller of this
 * function falls back to the rules brain).
 */
export async function textTurn(session: CallSession, chat: ChatMessage[], tools: ToolRunner, turn: CallerTurn): Promise<BrainReply> {
  chat.push({ role: 'user', content: callerMessage(turn, session) });
  for (let round = 0; round < MAX_TOOL_ROUNDS; round++) {
    const reply = await model.textBrainTurn({ agent: session.agent, facts: facts(session), messages: chat });
    session.aiUsage.push({
      provider: 'openai',
      model: reply.model,
      purpose: 'turn',
      promptTokens: reply.promptTokens,
      completionTokens: reply.completionTokens,
      costUsd: tokenCostUsd(reply.model, reply.promptTokens, reply.completionTokens),
    });
    chat.push({
      role: 'assistant',
      content: reply.message.content,
      tool_calls: reply.message.tool_calls.length > 0 ? reply.message.tool_calls : undefined,
    });
    if (reply.message.tool_calls.length === 0) return finish(session, turn, reply.message.content);
    const checked = await checkedToolCalls(reply);
    for (const [index, call] of reply.message.tool_calls.entries()) {
      const check = checked[index] ?? { ok: false, error: 'the tool call was not checked' };
      const result = check.ok ? await tools.run(check.call).catch((error: Error) => ({ error: error.message })) : { error: check.error };
      chat.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
  return finish(session, turn, 'Let me get a technician to help you with this.');
}

function finish(session: CallSession, turn: CallerTurn, content: string | null): BrainReply {
  const say = content?.trim() ? [content.trim()] : ['Sorry, could you say that again?'];
  if (session.escalated) return { say, next: 'transfer' };
  const goodbye = turn.kind === 'speech' && analyzeUtterance(turn.text).goodbye;
  return { say, next: goodbye ? 'hangup' : 'gather' };
}
