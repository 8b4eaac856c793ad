import type { ChatMessage } from '../../domain/calls/chat';
import { analyzeUtterance } from '../../domain/language/intents';
import { tokenCostUsd } from '../../domain/pricing';
import type { BrainTurn } from './brains';
import { model } from './proxies';
import type { BrainReply, ToolRunner } from './conversation';
import type { CallSession } from './session';

const MAX_TOOL_ROUNDS = 6;

function callerMessage(turn: BrainTurn, session: CallSession): string {
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

/** What the call has established, for the model's instructions. */
export function knownFacts(session: CallSession): string[] {
  const { callerPhone, contact, organization, ticket, problem, priority } = session.facts;
  const known: string[] = [`Caller's number: ${callerPhone}`];
  if (contact) known.push(`Caller identified by phone: ${contact.name} (contact id ${contact.id})`);
  if (organization) known.push(`Organisation: ${organization.name}, code ${organization.ueCode} (id ${organization.id})`);
  else known.push('Organisation not identified yet: ask for their U-E code.');
  if (problem) known.push(`Problem as described: ${problem}`);
  if (priority) known.push(`Priority by the rubric so far: ${priority}`);
  for (const note of session.facts.whispers) known.push(`A supervisor's note on this call (follow it): ${note}`);
  if (ticket) known.push(`Ticket ${ticket.id} (${ticket.priority} priority) is this call's ticket: add to it, never open a second.`);
  const last = session.facts.lastCall;
  if (last) {
    const about = last.category ? ` about ${last.category}` : '';
    known.push(`The caller last called ${last.hoursBefore} hours ago${about}${last.ticketId ? ` (ticket ${last.ticketId})` : ''}.`);
  }
  return known;
}

/**
 * The text brain: an OpenAI-compatible chat model with tool calling. The chat history lives in
 * the workflow; each model call is an activity. Throws when the model fails (the caller of this
 * function falls back to the rules brain).
 */
export async function textTurn(session: CallSession, chat: ChatMessage[], tools: ToolRunner, turn: BrainTurn): Promise<BrainReply> {
  chat.push({ role: 'user', content: callerMessage(turn, session) });
  for (let round = 0; round < MAX_TOOL_ROUNDS; round++) {
    const reply = await model.textBrainTurn({ agent: session.agent, facts: knownFacts(session), messages: chat });
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
    for (const [index, call] of reply.message.tool_calls.entries()) {
      const check = reply.checkedToolCalls[index] ?? { ok: false, error: 'the tool call was not checked' };
      const result = check.ok ? await tools.run(check.call).catch((error: Error) => ({ error: error.message })) : { error: check.error };
      chat.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
  return finish(session, turn, 'Let me get a technician to help you with this.');
}

function finish(session: CallSession, turn: BrainTurn, content: string | null): BrainReply {
  const say = content?.trim() ? [content.trim()] : ['Sorry, could you say that again?'];
  if (session.escalated) return { say, next: 'transfer' };
  const goodbye = turn.kind === 'speech' && analyzeUtterance(turn.text).goodbye;
  return { say, next: goodbye ? 'hangup' : 'gather' };
}
