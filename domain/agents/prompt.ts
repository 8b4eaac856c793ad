import { agentCatalog, type AgentName } from './catalog';

/**
 * What a model brain is told on an agent's behalf: the agent's instructions, what the call has
 * established so far, and that it speaks on a phone line. The text and realtime brains share it,
 * so an agent behaves the same whichever model carries the call.
 */
export function agentPrompt(agent: AgentName, facts: readonly string[]): string {
  const spec = agentCatalog[agent];
  const known = facts.length > 0 ? `\n\nWhat we know about this call:\n- ${facts.join('\n- ')}` : '';
  return `${spec.instructions}${known}\n\nYou are speaking on a phone line: answer in one to three short spoken sentences, no lists or markdown.`;
}
