import type { TicketSummary } from '../agents/tools';
import type { KbCategory } from '../kb/categories';
import { analyzeUtterance } from '../language/intents';
import { ticketPriority } from '../language/priority';
import { ask, callTool, handOff, hangUp, sayAction, then } from './core';
import { say } from './phrases';
import { startEscalation } from './people';
import type { RulesState, RulesStep } from './types';

/* Opening tickets (or adding to the call's ticket) and what happens once one exists. */

const CATEGORY_TITLES: Record<KbCategory, string> = {
  printer: 'Printer',
  email: 'Email',
  network: 'Network',
  computer: 'Computer',
  phone: 'Phone',
  security: 'Security',
  device: 'Device',
  account: 'Account',
  general: 'General',
};

const SUBJECT_LIMIT = 120;

function subjectFor(category: KbCategory, problem: string): string {
  const prefix = `${CATEGORY_TITLES[category]}: `;
  const room = SUBJECT_LIMIT - prefix.length;
  const text = problem.trim().replace(/\s+/g, ' ');
  return prefix + (text.length > room ? `${text.slice(0, room - 3)}...` : text);
}

function callerLine(state: RulesState): string {
  if (state.contact) return `Caller: ${state.contact.name} (${state.contact.phone}).`;
  return `Caller: unidentified${state.callerPhone ? `, calling from ${state.callerPhone}` : ''}.`;
}

function triedLine(state: RulesState): string {
  const article = state.article;
  if (article === null) return 'No knowledge-base steps were tried.';
  const reached = Math.min(state.stepIndex + 1, article.steps.length);
  return `Tried KB "${article.title}" (${article.slug}), steps 1-${reached} of ${article.steps.length}: not fixed.`;
}

/** The ticket body a technician reads first: what was said, who said it, what was tried. */
function describe(state: RulesState, problem: string): string {
  const organization = state.organization ? `${state.organization.name} (${state.organization.ueCode})` : 'not identified on the call';
  const lines = [`Caller reported: ${problem}`, callerLine(state), `Organisation: ${organization}.`, triedLine(state)];
  return [...lines, 'Logged by the URackIT rules assistant.'].join('\n');
}

/**
 * Opens the call's ticket, or adds a note to it if this call already has one. Asks for a
 * description first when the caller has not given one.
 */
export function createTicket(state: RulesState, lead: readonly string[] = [say.openingTicket()]): RulesStep {
  const problem = state.problem?.trim() ?? '';
  if (problem.length < 3)
    return ask(state, 'asking_ticket_details', say.askTicketDetails(), lead.filter((line) => line !== say.openingTicket()).map(sayAction));
  const category = state.category ?? analyzeUtterance(problem).problemCategory ?? 'general';
  const description = describe(state, problem);
  const before = lead.map(sayAction);
  const next = { ...state, category };
  if (state.ticket !== null) {
    return callTool(next, 'creating_ticket', { name: 'add_ticket_note', args: { ticketId: state.ticket.id, note: description } }, before);
  }
  const args = {
    subject: subjectFor(category, problem),
    description,
    category,
    priority: ticketPriority(problem, category),
    ...(state.organization ? { organizationId: state.organization.id } : {}),
    ...(state.contact ? { contactId: state.contact.id } : {}),
  };
  return callTool(next, 'creating_ticket', { name: 'create_ticket', args }, before);
}

/** "Just open a ticket": with the problem said in the same breath, or asked for next. */
export function startTicketRequest(state: RulesState, text: string): RulesStep {
  const analysis = analyzeUtterance(text);
  const moved = handOff({ ...state, unclear: 0 }, 'ticket', 'Caller asked for a ticket');
  if (analysis.problemCategory === null && state.problem === null) {
    return then(moved, (next) => ask(next, 'asking_ticket_details', say.askTicketDetails()));
  }
  const problem = analysis.problemCategory === null ? state.problem : text;
  return then(moved, (next) => createTicket({ ...next, problem, category: analysis.problemCategory ?? next.category }));
}

export function onTicketDetails(state: RulesState, text: string): RulesStep {
  return createTicket({ ...state, problem: text, category: analyzeUtterance(text).problemCategory ?? state.category });
}

/**
 * A ticket came back from create_ticket (or add_ticket_note, `asNote`). `null` means the tool
 * failed or found nothing: a person takes over rather than leaving the caller with nothing.
 */
export function onTicketSaved(state: RulesState, ticket: TicketSummary | null, asNote: boolean): RulesStep {
  if (ticket === null) return startEscalation(state, 'Could not open a ticket for the caller', [say.ticketFailed()]);
  const next = { ...state, ticket };
  const told = asNote ? say.noteAdded(ticket) : say.ticketOpened(ticket);
  if (state.escalateAfterTicket) {
    const reason = `Critical: ${state.problem ?? 'security incident'}`;
    return startEscalation({ ...next, escalateAfterTicket: false }, reason, [told, say.connectingNow()]);
  }
  if (state.hangUpAfterTicket) return hangUp({ ...next, hangUpAfterTicket: false }, [told, say.goodbye()]);
  return ask(next, 'anything_else', say.anythingElse(), [sayAction(told)]);
}
