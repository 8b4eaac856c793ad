import type { ContactDto, OrganizationDto, TicketDto, ToolCall, ToolName } from '../../domain/agents/tools';
import { FIXTURE_ARTICLES } from './kb-fixtures';
import { rankArticles } from '../../domain/kb/search';
import { rulesStep } from '../../domain/rules-brain/brain';
import type { BrainAction, CallerInput, RulesStep, ToolResultInput } from '../../domain/rules-brain/types';

/*
 * The one test double for the rules brain's tool boundary: an in-memory organisation, contact,
 * knowledge base and ticket desk, plus a driver that plays a call the way the workflow does
 * (run each tool, feed the result back). Deterministic, so tests and replays agree.
 */

export const FAKE_ORGANIZATION: OrganizationDto = { id: '7', name: 'Acme Dental', ueCode: 'UE-1042' };
export const FAKE_CONTACT: ContactDto = {
  id: '31',
  name: 'Dana Reyes',
  phone: '+15551230001',
  email: 'dana@acme.test',
  organization: FAKE_ORGANIZATION,
};
export const FIRST_TICKET_ID = 10042;

export interface FakeToolOptions {
  /** Tools that fail (the workflow reports a tool_error). */
  failing?: readonly ToolName[];
  /** Whether a technician picks up an escalation. */
  humansAvailable?: boolean;
  /** Existing tickets by number. */
  tickets?: readonly TicketDto[];
}

export function createFakeTools(options: FakeToolOptions = {}) {
  const tickets = new Map<string, TicketDto>((options.tickets ?? []).map((ticket) => [ticket.id, ticket]));
  let nextId = FIRST_TICKET_ID;
  const calls: ToolCall[] = [];

  function result(call: ToolCall): ToolResultInput {
    switch (call.name) {
      case 'identify_organization':
        return { kind: 'tool_result', name: call.name, result: call.args.ueCode === FAKE_ORGANIZATION.ueCode ? FAKE_ORGANIZATION : null };
      case 'find_contact_by_phone':
        return { kind: 'tool_result', name: call.name, result: call.args.phone === FAKE_CONTACT.phone ? FAKE_CONTACT : null };
      case 'search_kb': {
        const ranked = rankArticles(call.args.query, FIXTURE_ARTICLES, { category: call.args.category, limit: 3 });
        return { kind: 'tool_result', name: call.name, result: ranked.map((hit) => hit.article) };
      }
      case 'create_ticket': {
        const ticket: TicketDto = { id: String(nextId++), status: 'open', priority: call.args.priority, subject: call.args.subject };
        tickets.set(ticket.id, ticket);
        return { kind: 'tool_result', name: call.name, result: ticket };
      }
      case 'add_ticket_note':
        return { kind: 'tool_result', name: call.name, result: tickets.get(call.args.ticketId) ?? null };
      case 'get_ticket_status':
        return { kind: 'tool_result', name: call.name, result: tickets.get(call.args.ticketId) ?? null };
      case 'list_devices':
        return { kind: 'tool_result', name: call.name, result: [] };
      case 'get_device':
        return { kind: 'tool_result', name: call.name, result: null };
      case 'escalate_to_human': {
        const accepted = options.humansAvailable ?? true;
        return { kind: 'tool_result', name: call.name, result: { accepted, destination: accepted ? '+15550100999' : null } };
      }
      case 'schedule_callback':
        return { kind: 'tool_result', name: call.name, result: { scheduled: true, when: call.args.when ?? null } };
      case 'handoff':
        return { kind: 'tool_result', name: call.name, result: { to: call.args.to } };
    }
  }

  return {
    calls,
    tickets,
    run(call: ToolCall): ToolResultInput {
      calls.push(call);
      if (options.failing?.includes(call.name)) return { kind: 'tool_error', name: call.name, message: 'fake failure' };
      return result(call);
    },
  };
}

export type FakeTools = ReturnType<typeof createFakeTools>;

export interface PlayedCall {
  /** Every step's result, in order, including those answering tool results. */
  steps: RulesStep[];
  actions: BrainAction[];
  /** What the caller heard, one entry per say. */
  heard: string[];
  last: RulesStep;
}

/** Feeds tool results back until the brain waits for the caller (or the call ends). */
export function settle(first: RulesStep, tools: FakeTools, steps: RulesStep[]): RulesStep {
  let step = first;
  steps.push(step);
  for (let guard = 0; guard < 20; guard += 1) {
    const tool = step.actions.at(-1);
    if (tool?.type !== 'tool') return step;
    step = rulesStep(step.state, tools.run(tool.call));
    steps.push(step);
  }
  throw new Error('tool loop did not settle');
}

/** Plays a whole call: the start step, then each caller input. */
export function playCall(start: RulesStep, inputs: readonly CallerInput[], tools: FakeTools): PlayedCall {
  const steps: RulesStep[] = [];
  let step = settle(start, tools, steps);
  for (const input of inputs) step = settle(rulesStep(step.state, input), tools, steps);
  const actions = steps.flatMap((played) => played.actions);
  const heard = actions.flatMap((action) => (action.type === 'say' ? [action.text] : []));
  return { steps, actions, heard, last: step };
}

export const speech = (text: string): CallerInput => ({ kind: 'speech', text });
export const keys = (digits: string): CallerInput => ({ kind: 'dtmf', digits });
export const silence: CallerInput = { kind: 'silence' };
