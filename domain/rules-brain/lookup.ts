import type { DeviceDto, TicketSummary } from '../agents/tools';
import type { ProblemReading } from '../language/classify';
import { extractTicketNumber } from '../language/intents';
import { TICKET_PRIORITIES, type TicketPriority } from '../tickets/codes';
import { ask, callTool, handOff, sayAction, then } from './core';
import { say } from './phrases';
import { addPendingNote, createTicket, handleCritical } from './tickets';
import type { RulesState, RulesStep } from './types';

/*
 * Calls about records: a ticket the caller names (the ticket agent reads its status and adds
 * what they say to it, raising its priority if that is now worse), the status of tickets
 * asked after without a number, and the organisation's devices (the lookup agent).
 */

const MAX_TICKET_NUMBER_ATTEMPTS = 2;

function checkTicket(state: RulesState, ticketId: string): RulesStep {
  const next = { ...state, lookupTicketId: ticketId };
  return callTool(next, 'checking_ticket', { name: 'get_ticket_status', args: { ticketId } }, [sayAction(say.checkingTicket(ticketId))]);
}

/** Said with the number: more than "any news?", so worth adding to the ticket. */
const NOTE_WORTHY_FAULT = 2;

/** "Ticket 10042, the printer is still jamming": the ticket agent takes it, finds it, then updates it. */
export function startTicketFollowUp(state: RulesState, text: string, reading: ProblemReading): RulesStep {
  const { fault } = reading.analysis;
  const noteWorthy = fault >= NOTE_WORTHY_FAULT || reading.assessment.carriesUrgency;
  const followUp = {
    ...state,
    unclear: 0,
    ticketNumberAttempts: 0,
    pendingNote: noteWorthy ? text : null,
    problem: noteWorthy ? text : state.problem,
  };
  const moved = handOff(followUp, 'ticket', 'Caller named a ticket');
  return then(moved, (next) => checkTicket(next, reading.analysis.ticketNumber ?? ''));
}

export function startTicketStatus(state: RulesState, ticketNumber: string | null): RulesStep {
  const moved = handOff({ ...state, unclear: 0, ticketNumberAttempts: 0 }, 'lookup', 'Caller asked about a ticket');
  return then(moved, (next) =>
    ticketNumber === null ? ask(next, 'asking_ticket_number', say.askTicketNumber()) : checkTicket(next, ticketNumber),
  );
}

/** A number said ("one zero zero four two") or keyed; two misses and the call moves on. */
export function onTicketNumber(state: RulesState, heard: string): RulesStep {
  const ticketNumber = extractTicketNumber(heard) ?? (/^\d{3,10}$/.test(heard.replace(/[*#]/g, '')) ? heard.replace(/[*#]/g, '') : null);
  if (ticketNumber !== null) return checkTicket(state, ticketNumber);
  const attempts = state.ticketNumberAttempts + 1;
  if (attempts >= MAX_TICKET_NUMBER_ATTEMPTS) {
    return ask({ ...state, ticketNumberAttempts: attempts }, 'anything_else', say.anythingElse(), [sayAction(say.noTicketNumber())]);
  }
  return ask({ ...state, ticketNumberAttempts: attempts }, 'asking_ticket_number', say.askTicketNumberAgain());
}

const rank = (priority: TicketPriority) => TICKET_PRIORITIES.indexOf(priority);

/** The named ticket, found: its status, then a raised priority and the caller's words, if they brought any. */
function followUp(state: RulesState, ticket: TicketSummary): RulesStep {
  const status = say.ticketStatus(ticket);
  const raise = state.pendingNote !== null && state.priority !== null && rank(state.priority) > rank(ticket.priority);
  if (raise && state.priority !== null) {
    const args = { ticketId: ticket.id, priority: state.priority, reason: `Caller: "${state.pendingNote}"` };
    return callTool(state, 'changing_priority', { name: 'change_ticket_priority', args }, [sayAction(status)]);
  }
  return addPendingNote({ ...state, ticket: state.ticket ?? ticket }, [status]);
}

/** A ticket named but not found, with a problem told: the problem is not dropped, it gets its own ticket. */
function notFoundWithProblem(state: RulesState, lead: string): RulesStep {
  const problem = state.pendingNote ?? '';
  const next = { ...state, pendingNote: null, problem };
  if (state.priority === 'critical') return handleCritical(next, problem, false);
  return createTicket(next, [lead, say.openingTicket()]);
}

export function onTicketStatus(state: RulesState, ticket: TicketSummary | null, failed: boolean): RulesStep {
  if (ticket !== null && state.agent === 'ticket') return followUp(state, ticket);
  if (ticket === null && state.agent === 'ticket' && state.pendingNote !== null) {
    return notFoundWithProblem(state, failed ? say.ticketSystemDown() : say.ticketNotFound(state.lookupTicketId ?? ''));
  }
  if (ticket !== null) return ask(state, 'anything_else', say.anythingElse(), [sayAction(say.ticketStatus(ticket))]);
  const lead = sayAction(failed ? say.ticketSystemDown() : say.ticketNotFound(state.lookupTicketId ?? ''));
  const attempts = state.ticketNumberAttempts + 1;
  if (failed || attempts >= MAX_TICKET_NUMBER_ATTEMPTS)
    return ask({ ...state, ticketNumberAttempts: attempts }, 'anything_else', say.anythingElse(), [lead]);
  return ask({ ...state, ticketNumberAttempts: attempts }, 'asking_ticket_number', say.askTicketNumber(), [lead]);
}

export function startDeviceLookup(state: RulesState): RulesStep {
  const organization = state.organization;
  if (organization === null) return ask(state, 'anything_else', say.anythingElse(), [sayAction(say.cannotListDevices())]);
  const moved = handOff({ ...state, unclear: 0 }, 'lookup', 'Caller asked about their devices');
  const args = state.contact ? { organizationId: organization.id, contactId: state.contact.id } : { organizationId: organization.id };
  return then(moved, (next) => callTool(next, 'listing_devices', { name: 'list_devices', args }, [sayAction(say.checkingDevices())]));
}

export function onDevices(state: RulesState, devices: readonly DeviceDto[] | null): RulesStep {
  const told = devices === null ? say.deviceSystemDown() : say.devices(devices);
  return ask(state, 'anything_else', say.anythingElse(), [sayAction(told)]);
}
