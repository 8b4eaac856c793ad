import type { DeviceDto, TicketSummary } from '../agents/tools';
import { extractTicketNumber } from '../language/intents';
import { ask, callTool, handOff, sayAction, then } from './core';
import { say } from './phrases';
import type { RulesState, RulesStep } from './types';

/* The lookup specialist's side of the call: ticket status and the organisation's devices. */

const MAX_TICKET_NUMBER_ATTEMPTS = 2;

function checkTicket(state: RulesState, ticketId: string): RulesStep {
  const next = { ...state, lookupTicketId: ticketId };
  return callTool(next, 'checking_ticket', { name: 'get_ticket_status', args: { ticketId } }, [sayAction(say.checkingTicket(ticketId))]);
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

export function onTicketStatus(state: RulesState, ticket: TicketSummary | null, failed: boolean): RulesStep {
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
