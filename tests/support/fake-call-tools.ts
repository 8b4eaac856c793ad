import type { ContactDto, OrganizationDto, TicketSummary, ToolCall, ToolName } from '../../domain/agents/tools';
import { FIXTURE_ARTICLES } from './kb-fixtures';
import { rankArticles } from '../../domain/kb/search';
import { classifyUtterance } from '../../domain/language/classify';
import { rulesStart, rulesStep } from '../../domain/rules-brain/brain';
import type { UeCodePattern } from '../../domain/language/ue-code';
import type {
  BrainAction,
  CallerInput,
  RulesFacts,
  RulesMemory,
  RulesState,
  RulesTurn,
  ToolResultInput,
} from '../../domain/rules-brain/types';

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
/** The organisation's own support line. */
export const FAKE_SUPPORT_LINE = '+15550117777';
export const FAKE_CALLBACK_READ_BACK = 'tomorrow, Thursday, at 9 a.m.';

export interface FakeToolOptions {
  /** Tools that fail (the workflow reports a tool_error). */
  failing?: readonly ToolName[];
  /** Whether a technician picks up an escalation. */
  humansAvailable?: boolean;
  /** Existing tickets by number. */
  tickets?: readonly TicketSummary[];
}

export function createFakeTools(options: FakeToolOptions = {}) {
  const tickets = new Map<string, TicketSummary>((options.tickets ?? []).map((ticket) => [ticket.id, ticket]));
  let nextId = FIRST_TICKET_ID;
  const calls: ToolCall[] = [];

  function result(call: ToolCall): ToolResultInput {
    switch (call.name) {
      case 'identify_organization':
        return { kind: 'tool_result', name: call.name, result: call.args.ueCode === FAKE_ORGANIZATION.ueCode ? FAKE_ORGANIZATION : null };
      case 'identify_organization_by_line':
        return { kind: 'tool_result', name: call.name, result: call.args.supportNumber === FAKE_SUPPORT_LINE ? FAKE_ORGANIZATION : null };
      case 'find_contact_by_phone':
        return { kind: 'tool_result', name: call.name, result: call.args.phone === FAKE_CONTACT.phone ? FAKE_CONTACT : null };
      case 'search_kb': {
        const ranked = rankArticles(call.args.query, FIXTURE_ARTICLES, { category: call.args.category, limit: 3 });
        return { kind: 'tool_result', name: call.name, result: ranked.map((hit) => ({ ...hit.article, score: hit.score })) };
      }
      case 'create_ticket': {
        const ticket: TicketSummary = { id: String(nextId++), status: 'open', priority: call.args.priority, subject: call.args.subject };
        tickets.set(ticket.id, ticket);
        return { kind: 'tool_result', name: call.name, result: ticket };
      }
      case 'add_ticket_note':
        return { kind: 'tool_result', name: call.name, result: tickets.get(call.args.ticketId) ?? null };
      case 'change_ticket_priority': {
        const ticket = tickets.get(call.args.ticketId);
        if (ticket === undefined) return { kind: 'tool_result', name: call.name, result: null };
        const changed = { ...ticket, priority: call.args.priority };
        tickets.set(changed.id, changed);
        return { kind: 'tool_result', name: call.name, result: changed };
      }
      case 'classify':
        return { kind: 'tool_result', name: call.name, result: classifyUtterance(call.args.text) };
      case 'get_ticket_status':
        return { kind: 'tool_result', name: call.name, result: tickets.get(call.args.ticketId) ?? null };
      case 'get_caller_history':
        return { kind: 'tool_result', name: call.name, result: [] };
      case 'list_devices':
        return { kind: 'tool_result', name: call.name, result: [] };
      case 'get_device':
        return { kind: 'tool_result', name: call.name, result: null };
      case 'escalate_to_human': {
        const accepted = options.humansAvailable ?? true;
        const ticket: TicketSummary = { id: String(nextId++), status: 'open', priority: 'medium', subject: call.args.reason };
        return { kind: 'tool_result', name: call.name, result: { accepted, destination: accepted ? '+15550100999' : null, ticket } };
      }
      case 'schedule_callback':
        // Like the tool: a time said back, when the caller gave one.
        return { kind: 'tool_result', name: call.name, result: { scheduled: true, when: call.args.when ? FAKE_CALLBACK_READ_BACK : null } };
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

/** A step as the workflow sees it, with the call's facts after it: `state` merges both, for assertions. */
export interface PlayedStep {
  memory: RulesMemory;
  facts: RulesFacts;
  state: RulesState;
  actions: BrainAction[];
}

export interface PlayedCall {
  /** Every step's result, in order, including those answering tool results. */
  steps: PlayedStep[];
  actions: BrainAction[];
  /** What the caller heard, one entry per say. */
  heard: string[];
  last: PlayedStep;
}

export interface CallStart {
  /** The number the call comes from; the workflow looks it up before the brain's first word. */
  callerPhone: string | null;
  /** The number dialled: an organisation's own support line names it first. */
  dialled?: string;
  pattern?: UeCodePattern;
  /** What the workflow learnt about the caller's previous call. */
  lastCall?: RulesFacts['lastCall'];
}

/** Plays a whole call the way the CallWorkflow does: phone lookup, the brain's start, each input, each tool. */
export function playCall(start: CallStart, inputs: readonly CallerInput[], tools: FakeTools): PlayedCall {
  let facts: RulesFacts = {
    callerPhone: start.callerPhone ?? '',
    organization: null,
    contact: null,
    problem: null,
    category: null,
    priority: null,
    ticket: null,
    resolved: false,
    lastCall: start.lastCall ?? null,
  };
  if (start.dialled) {
    const line = tools.run({ name: 'identify_organization_by_line', args: { supportNumber: start.dialled } });
    if (line.kind === 'tool_result' && line.name === 'identify_organization_by_line' && line.result)
      facts = { ...facts, organization: line.result };
  }
  if (start.callerPhone) {
    const found = tools.run({ name: 'find_contact_by_phone', args: { phone: start.callerPhone } });
    if (found.kind === 'tool_result' && found.name === 'find_contact_by_phone' && found.result) {
      facts = { ...facts, contact: found.result, organization: facts.organization ?? found.result.organization };
    }
  }
  const steps: PlayedStep[] = [];
  const record = (turn: RulesTurn): PlayedStep => {
    facts = { ...facts, ...turn.facts };
    const step = { memory: turn.memory, facts, state: { ...turn.memory, ...facts }, actions: turn.actions };
    steps.push(step);
    return step;
  };
  /** Feeds tool results back until the brain waits for the caller (or the call ends). */
  const settle = (first: RulesTurn): PlayedStep => {
    let step = record(first);
    for (let guard = 0; guard < 20; guard += 1) {
      const tool = step.actions.at(-1);
      if (tool?.type !== 'tool') return step;
      step = record(rulesStep(step.memory, facts, tools.run(tool.call)));
    }
    throw new Error('tool loop did not settle');
  };
  let step = settle(rulesStart(facts, { pattern: start.pattern }));
  for (const input of inputs) step = settle(rulesStep(step.memory, facts, input));
  const actions = steps.flatMap((played) => played.actions);
  const heard = actions.flatMap((action) => (action.type === 'say' ? [action.text] : []));
  return { steps, actions, heard, last: step };
}

export const speech = (text: string): CallerInput => ({ kind: 'speech', text });
export const keys = (digits: string): CallerInput => ({ kind: 'dtmf', digits });
export const silence: CallerInput = { kind: 'silence' };
