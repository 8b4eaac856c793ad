import type { ToolName } from '../agents/tools';
import { onOrganizationFound } from './identify';
import { onDevices, onTicketStatus } from './lookup';
import { onCallbackScheduled, onEscalation } from './people';
import { onKbResults, onTriageResults } from './problem';
import { onPriorityChanged, onTicketSaved } from './tickets';
import type { RulesPhase, RulesState, RulesStep, ToolResultInput } from './types';

/*
 * Tool results, matched to the phase that asked for them. A result for another tool (a late
 * retry, a duplicate) is ignored; a failed tool takes the same path as "nothing found".
 */

const EXPECTED: Partial<Record<RulesPhase, readonly ToolName[]>> = {
  finding_organization: ['identify_organization'],
  triaging: ['search_kb'],
  searching_kb: ['search_kb'],
  creating_ticket: ['create_ticket', 'add_ticket_note'],
  checking_ticket: ['get_ticket_status'],
  changing_priority: ['change_ticket_priority'],
  listing_devices: ['list_devices'],
  escalating: ['escalate_to_human'],
  scheduling_callback: ['schedule_callback'],
};

function onFailure(state: RulesState, name: ToolName): RulesStep {
  switch (name) {
    case 'identify_organization':
      return onOrganizationFound(state, null);
    case 'search_kb':
      return state.phase === 'triaging' ? onTriageResults(state, null) : onKbResults(state, null);
    case 'create_ticket':
    case 'add_ticket_note':
      return onTicketSaved(state, null, name === 'add_ticket_note');
    case 'get_ticket_status':
      return onTicketStatus(state, null, true);
    case 'change_ticket_priority':
      return onPriorityChanged(state, null);
    case 'list_devices':
      return onDevices(state, null);
    case 'escalate_to_human':
      return onEscalation(state, null);
    default:
      return onCallbackScheduled(state, null);
  }
}

function onSuccess(state: RulesState, input: Extract<ToolResultInput, { kind: 'tool_result' }>): RulesStep {
  switch (input.name) {
    case 'identify_organization':
      return onOrganizationFound(state, input.result);
    case 'search_kb':
      return state.phase === 'triaging' ? onTriageResults(state, input.result) : onKbResults(state, input.result);
    case 'create_ticket':
      return onTicketSaved(state, input.result, false);
    case 'add_ticket_note':
      return onTicketSaved(state, input.result, true);
    case 'get_ticket_status':
      return onTicketStatus(state, input.result, false);
    case 'change_ticket_priority':
      return onPriorityChanged(state, input.result);
    case 'list_devices':
      return onDevices(state, input.result);
    case 'escalate_to_human':
      return onEscalation(state, input.result);
    case 'schedule_callback':
      return onCallbackScheduled(state, input.result);
    default:
      return { state, actions: [] };
  }
}

export function onToolInput(state: RulesState, input: ToolResultInput): RulesStep {
  if (!(EXPECTED[state.phase] ?? []).includes(input.name)) return { state, actions: [] };
  return input.kind === 'tool_error' ? onFailure(state, input.name) : onSuccess(state, input);
}
