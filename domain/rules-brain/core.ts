import { agentCatalog, canHandOff, canUseTool } from '../agents/catalog';
import { ENTRY_AGENT, type AgentName } from '../agents/names';
import type { ToolCall, ToolName } from '../agents/tools';
import type { BrainAction, RulesMemory, RulesPhase, RulesStartOptions, RulesState, RulesStep } from './types';
import { DEFAULT_UE_CODE_PATTERN } from '../language/ue-code';

/*
 * The building blocks every phase handler uses, so that each of them keeps the brain's
 * promises: a question always ends in say + gather, a tool always runs under an agent that
 * is allowed to call it, and a handoff always follows the catalog.
 */

export function initialRulesMemory(options: RulesStartOptions): RulesMemory {
  return {
    phase: 'asking_problem',
    agent: ENTRY_AGENT,
    pattern: options.pattern ?? DEFAULT_UE_CODE_PATTERN,
    heardUeCode: null,
    ueFailures: 0,
    keypadOffered: false,
    article: null,
    stepIndex: 0,
    escalateAfterTicket: false,
    incident: false,
    hangUpAfterTicket: false,
    ticketNumberAttempts: 0,
    lookupTicketId: null,
    pendingNote: null,
    lastPrompt: '',
    silences: 0,
    unclear: 0,
  };
}

export const sayAction = (text: string): BrainAction => ({ type: 'say', text });

/** Say the lines, then ask `prompt` and wait for the caller in `phase`. */
export function ask(state: RulesState, phase: RulesPhase, prompt: string, before: readonly BrainAction[] = []): RulesStep {
  return {
    state: { ...state, phase, lastPrompt: prompt },
    actions: [...before, sayAction(prompt), { type: 'gather' }],
  };
}

/** Hand the call over, through triage when the catalog has no direct route. */
export function handOff(state: RulesState, to: AgentName, reason: string): RulesStep {
  if (state.agent === to) return { state, actions: [] };
  const path: AgentName[] = canHandOff(state.agent, to) ? [to] : [ENTRY_AGENT, to];
  const actions = path.map((agent): BrainAction => ({ type: 'handoff', to: agent, reason }));
  return { state: { ...state, agent: to }, actions };
}

/** Who takes over when the current agent may not call a tool. */
const TOOL_OWNERS: Record<ToolName, AgentName> = {
  identify_organization: 'triage',
  identify_organization_by_line: 'triage',
  find_contact_by_phone: 'triage',
  classify: 'triage',
  list_devices: 'lookup',
  get_device: 'lookup',
  search_kb: 'servicedesk',
  create_ticket: 'ticket',
  add_ticket_note: 'ticket',
  change_ticket_priority: 'ticket',
  get_ticket_status: 'lookup',
  get_caller_history: 'lookup',
  escalate_to_human: 'triage',
  schedule_callback: 'triage',
  handoff: 'triage',
};

/** Run a tool and wait for its result in `phase`, handing off first if this agent may not call it. */
export function callTool(state: RulesState, phase: RulesPhase, call: ToolCall, before: readonly BrainAction[] = []): RulesStep {
  const owner = canUseTool(state.agent, call.name) ? state.agent : TOOL_OWNERS[call.name];
  const moved = handOff(state, owner, `${agentCatalog[owner].title} handles ${call.name.replace(/_/g, ' ')}`);
  return {
    state: { ...moved.state, phase },
    actions: [...before, ...moved.actions, { type: 'tool', call }],
  };
}

export function hangUp(state: RulesState, lines: readonly string[]): RulesStep {
  return { state: { ...state, phase: 'ended' }, actions: [...lines.map(sayAction), { type: 'hangup' }] };
}

/** Joins two steps: the second starts from the first's state and its actions follow. */
export function then(first: RulesStep, next: (state: RulesState) => RulesStep): RulesStep {
  const second = next(first.state);
  return { state: second.state, actions: [...first.actions, ...second.actions] };
}
