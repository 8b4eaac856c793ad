/**
 * Agent names live apart from the catalog so the tool schemas (which name handoff targets)
 * and the catalog (which names tools) can both import them without a cycle.
 */
export const SPECIALIST_NAMES = [
  'email',
  'computer',
  'network',
  'printer',
  'phone',
  'security',
  'device',
  'lookup',
  'ticket',
  'servicedesk',
] as const;

export type SpecialistName = (typeof SPECIALIST_NAMES)[number];

export const ENTRY_AGENT = 'triage' as const;

export const AGENT_NAMES = [ENTRY_AGENT, ...SPECIALIST_NAMES] as const;

export type AgentName = (typeof AGENT_NAMES)[number];

export function isAgentName(value: unknown): value is AgentName {
  return typeof value === 'string' && (AGENT_NAMES as readonly string[]).includes(value);
}

export function isSpecialistName(value: unknown): value is SpecialistName {
  return typeof value === 'string' && (SPECIALIST_NAMES as readonly string[]).includes(value);
}
