import { readProblem } from '../language/classify';
import { TICKET_PRIORITIES, type TicketPriority } from '../tickets/codes';
import { ask, callTool, sayAction } from './core';
import { say } from './phrases';
import { createTicket, handleCritical } from './tickets';
import type { RulesState, RulesStep } from './types';

/*
 * A caller correcting how many people it hits or how badly ("no, it's the whole office", "and
 * now I can't work at all"): the problem is read again with what they added, and a changed
 * priority goes to the ticket's workflow, or decides what happens before there is a ticket.
 */

const rank = (priority: TicketPriority | null) => (priority === null ? -1 : TICKET_PRIORITIES.indexOf(priority));

/** The priority the problem has now, when what the caller just said changes it; null otherwise. */
export function correctionOf(state: RulesState, text: string): TicketPriority | null {
  if (state.problem === null) return null;
  // Only words about reach or urgency correct anything: "no, still broken" is just an answer.
  if (!readProblem(text).assessment.carriesUrgency) return null;
  const corrected = readProblem(`${state.problem}. ${text}`).assessment.priority;
  return corrected === state.priority ? null : corrected;
}

export function applyCorrection(state: RulesState, text: string, priority: TicketPriority): RulesStep {
  const problem = `${state.problem ?? ''}. ${text}`;
  const next = { ...state, problem, priority, unclear: 0 };
  if (state.ticket !== null) {
    const args = { ticketId: state.ticket.id, priority, reason: `Caller: "${text}"` };
    return callTool({ ...next, pendingNote: null }, 'changing_priority', { name: 'change_ticket_priority', args }, [
      sayAction(say.correctionNoted()),
    ]);
  }
  if (priority === 'critical')
    return handleCritical(next, problem, state.agent === 'security' || readProblem(problem).analysis.route === 'security');
  // More people, or a person now blocked: no more self-help steps, a technician takes it.
  if (rank(priority) > rank(state.priority)) return createTicket(next, [say.correctionNoted(), say.openingTicket()]);
  if (state.phase === 'troubleshooting' && state.article !== null) {
    const step = state.article.steps[state.stepIndex] ?? '';
    return ask(next, 'troubleshooting', say.stepAgain(step), [sayAction(say.correctionNoted())]);
  }
  return ask(next, 'anything_else', say.anythingElse(), [sayAction(say.correctionNoted())]);
}
