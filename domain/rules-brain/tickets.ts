import type { TicketSummary } from '../agents/tools';
import type { KbCategory } from '../kb/categories';
import { readProblem } from '../language/classify';
import { analyzeUtterance } from '../language/intents';
import { problemSubject } from '../language/subject';
import { ask, callTool, handOff, hangUp, sayAction, then } from './core';
import { say } from './phrases';
import { startEscalation } from './people';
import type { RulesState, RulesStep } from './types';

/* Opening tickets (or adding to the call's ticket) and what happens once one exists. */

function callerLine(state: RulesState): string {
  if (state.contact) return `Caller: ${state.contact.name} (${state.contact.phone}).`;
  return `Caller: unidentified${state.callerPhone ? `, calling from ${state.callerPhone}` : ''}.`;
}

function triedLine(state: RulesState): string {
  const article = state.article;
  if (article === null) return 'No knowledge-base steps were tried.';
  if (state.incident) return `Critical: no steps tried on the call. Suggested KB "${article.title}" (${article.slug}).`;
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
  const reading = readProblem(problem);
  const category: KbCategory = state.category ?? reading.analysis.problemCategory ?? 'general';
  const priority = state.priority ?? reading.assessment.priority;
  const description = describe(state, problem);
  const before = lead.map(sayAction);
  const next = { ...state, category, priority };
  if (state.ticket !== null) {
    return callTool(next, 'creating_ticket', { name: 'add_ticket_note', args: { ticketId: state.ticket.id, note: description } }, before);
  }
  const args = {
    subject: problemSubject(problem, reading),
    description,
    category,
    priority,
    ...(state.organization ? { organizationId: state.organization.id } : {}),
    ...(state.contact ? { contactId: state.contact.id } : {}),
  };
  return callTool(next, 'creating_ticket', { name: 'create_ticket', args }, before);
}

/** Incidents on a machine (isolate it) as opposed to on an account (stop using it). */
const INFECTION = /(ransom|encrypt|virus|malware|infect|spreading|trojan|extension|locked files|control|moving)/;

/**
 * A critical problem gets no troubleshooting script: contain it, find the article a technician
 * will want (attached, not read out), open the ticket, then a person.
 */
export function handleCritical(state: RulesState, text: string, security: boolean): RulesStep {
  const containment = !security
    ? say.outageForEveryone()
    : INFECTION.test(text.toLowerCase())
      ? say.isolateComputer()
      : say.stopUsingAccount();
  const incident = { ...state, escalateAfterTicket: true, incident: true, article: null, stepIndex: 0 };
  const search = { name: 'search_kb', args: { query: text, ...(state.category ? { category: state.category } : {}) } } as const;
  return callTool(incident, 'searching_kb', search, [sayAction(containment)]);
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
  const reading = readProblem(text);
  return createTicket({
    ...state,
    problem: text,
    category: reading.analysis.problemCategory ?? state.category,
    priority: reading.assessment.priority,
  });
}

/** After a ticket is saved or changed: a person for a critical one, goodbye for a caller leaving, else "anything else?". */
function afterTicket(state: RulesState, told: string): RulesStep {
  if (state.escalateAfterTicket) {
    const reason = `Critical: ${state.problem ?? 'security incident'}`;
    return startEscalation({ ...state, escalateAfterTicket: false }, reason, [told, say.connectingNow()]);
  }
  if (state.hangUpAfterTicket) return hangUp({ ...state, hangUpAfterTicket: false }, [told, say.goodbye()]);
  return ask(state, 'anything_else', say.anythingElse(), [sayAction(told)]);
}

/**
 * A ticket came back from create_ticket (or add_ticket_note, `asNote`). `null` means the tool
 * failed or found nothing: a person takes over rather than leaving the caller with nothing.
 */
export function onTicketSaved(state: RulesState, ticket: TicketSummary | null, asNote: boolean): RulesStep {
  // A note that could not be added loses nothing the ticket had: say so and carry on.
  if (ticket === null && asNote && !state.escalateAfterTicket) {
    return ask({ ...state, pendingNote: null }, 'anything_else', say.anythingElse(), [sayAction(say.noteFailed())]);
  }
  if (ticket === null) return startEscalation(state, 'Could not open a ticket for the caller', [say.ticketFailed()]);
  const next = { ...state, ticket, pendingNote: null, incident: false };
  return afterTicket(next, asNote ? say.noteAdded(ticket) : say.ticketOpened(ticket));
}

/** Adds what the caller said about their ticket, if anything is waiting to be added. */
export function addPendingNote(state: RulesState, lead: readonly string[]): RulesStep {
  if (state.ticket === null || state.pendingNote === null) return afterTicket(state, lead.join(' '));
  const note = `Caller added on a call: ${state.pendingNote}\n${callerLine(state)}`;
  return callTool(state, 'creating_ticket', { name: 'add_ticket_note', args: { ticketId: state.ticket.id, note } }, lead.map(sayAction));
}

/** The ticket's workflow took the new priority (or the ticket could not be found): say so, then carry on. */
export function onPriorityChanged(state: RulesState, ticket: TicketSummary | null): RulesStep {
  if (ticket === null) {
    // The ticket could not take it, but a critical problem still gets a person now.
    if (state.priority === 'critical')
      return startEscalation(state, `Critical: ${state.problem ?? 'reported on a call'}`, [say.priorityNotChanged(), say.connectingNow()]);
    return ask(state, 'anything_else', say.anythingElse(), [sayAction(say.priorityNotChanged())]);
  }
  const next = { ...state, ticket, escalateAfterTicket: state.escalateAfterTicket || ticket.priority === 'critical' };
  return addPendingNote(next, [say.priorityChanged(ticket)]);
}
