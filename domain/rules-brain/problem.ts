import { agentCatalog } from '../agents/catalog';
import type { SpecialistName } from '../agents/names';
import type { KbArticleDto } from '../agents/tools';
import type { KbCategory } from '../kb/categories';
import { readProblem, type ProblemReading } from '../language/classify';
import { analyzeUtterance } from '../language/intents';
import { routeWithKbEvidence } from '../language/kb-evidence';
import { ask, callTool, handOff, hangUp, sayAction, then } from './core';
import { applyCorrection, correctionOf } from './corrections';
import { startDeviceLookup, startTicketFollowUp, startTicketStatus } from './lookup';
import { say, TOPIC_LABELS } from './phrases';
import { createTicket, handleCritical, startTicketRequest } from './tickets';
import type { RulesState, RulesStep } from './types';

/* From "what's wrong?" to a fix: routing by the rubric, the knowledge base, one step at a time. */

export function askProblem(state: RulesState, lead: readonly string[] = []): RulesStep {
  return ask({ ...state, unclear: 0 }, 'asking_problem', say.askProblem(), lead.map(sayAction));
}

const DEVICE_LOOKUP =
  /\b(devices?|computers?|laptops?|desktops?|pcs?|serial|warranty|inventory|hostname|asset|machines?|model|operating system|name of)\b/;

function routeProblem(
  state: RulesState,
  text: string,
  specialist: SpecialistName,
  category: KbCategory | null,
  reading: ProblemReading,
): RulesStep {
  const kbCategory = specialist === 'security' ? 'security' : (category ?? agentCatalog[specialist].kbCategories[0] ?? 'general');
  const { priority } = reading.assessment;
  const fresh = { ...state, problem: text, category: kbCategory, priority, article: null, stepIndex: 0, unclear: 0 };
  const moved = handOff(fresh, specialist, `Caller reports ${TOPIC_LABELS[specialist] ?? 'a problem'}`);
  if (priority === 'critical') return then(moved, (next) => handleCritical(next, text, specialist === 'security'));
  // "It's the printer": the system, but not yet what is wrong with it. Ask once before searching.
  if (reading.assessment.urgency === 'none' && state.unclear === 0) {
    return then(moved, (next) => ask({ ...next, unclear: 1 }, 'asking_problem', say.askSymptom(TOPIC_LABELS[specialist] ?? 'got it')));
  }
  const search = { name: 'search_kb', args: { query: text, category: kbCategory } } as const;
  return then(moved, (next) => callTool(next, 'searching_kb', search, [sayAction(say.routing(TOPIC_LABELS[specialist] ?? 'got it'))]));
}

/** Acts on a problem statement; `reading` is of `text`. Returns null when nothing is clear yet. */
function actOnProblem(state: RulesState, text: string, reading: ProblemReading): RulesStep | null {
  const { analysis, assessment } = reading;
  const assessed = { ...state, priority: assessment.priority };
  if (analysis.routeRule === 'ticket-number' && analysis.ticketNumber !== null) return startTicketFollowUp(assessed, text, reading);
  if (analysis.asksTicketStatus) return startTicketStatus(assessed, analysis.ticketNumber);
  if (analysis.wantsTicket || analysis.route === 'ticket') return startTicketRequest(assessed, text);
  if (analysis.route === 'lookup') {
    return DEVICE_LOOKUP.test(text.toLowerCase()) ? startDeviceLookup(assessed) : startTicketStatus(assessed, analysis.ticketNumber);
  }
  if (analysis.route !== null) return routeProblem(assessed, text, analysis.route, analysis.problemCategory, reading);
  return null;
}

/** The caller describes the problem. Unclear to the words, the knowledge base is asked whose it is (onTriageResults). */
export function onProblem(state: RulesState, text: string): RulesStep {
  const combined = state.unclear > 0 && state.problem ? `${state.problem}. ${text}` : text;
  const reading = readProblem(combined);
  const acted = actOnProblem(state, combined, reading);
  if (acted !== null) return acted;
  const search = { name: 'search_kb', args: { query: combined } } as const;
  return callTool({ ...state, problem: combined }, 'triaging', search, [sayAction(say.checkingWhere())]);
}

/**
 * Articles belong to specialists, so a strong match to one specialist's articles routes the call
 * there (a soft vote with the words' own topic scores). Nothing strong: ask once more, then the
 * service desk takes it as it is.
 */
export function onTriageResults(state: RulesState, articles: readonly KbArticleDto[] | null): RulesStep {
  const text = state.problem ?? '';
  const { analysis } = readProblem(text);
  // Asked once already: the best evidence there is decides, rather than the service desk by default.
  const lastResort = state.unclear >= 1;
  const evidence = routeWithKbEvidence(analysis, articles ?? [], { lastResort });
  if (evidence !== null) return routeProblem(state, text, evidence.specialist, evidence.category, readProblem(text, evidence.category));
  if (lastResort) return routeProblem(state, text, 'servicedesk', 'general', readProblem(text));
  return ask({ ...state, unclear: state.unclear + 1 }, 'asking_problem', say.askProblemMore());
}

/** Identification over: route a problem already described, or ask for one. */
export function continueWithProblem(state: RulesState, lead: readonly string[]): RulesStep {
  if (state.problem === null) return askProblem(state, lead);
  const problem = state.problem;
  const routed = onProblem({ ...state, problem: null, unclear: 0 }, problem);
  return { state: routed.state, actions: [...lead.map(sayAction), ...routed.actions] };
}

function readStep(state: RulesState, article: KbArticleDto, index: number, lead: readonly string[]): RulesStep {
  const text = article.steps[index] ?? '';
  return ask({ ...state, article, stepIndex: index, unclear: 0 }, 'troubleshooting', say.step(index, text), lead.map(sayAction));
}

export function onKbResults(state: RulesState, articles: readonly KbArticleDto[] | null): RulesStep {
  const article = articles?.find((candidate) => candidate.steps.length > 0);
  if (state.incident) return createTicket({ ...state, article: article ?? null }, [say.openingTicket()]);
  if (article === undefined) return createTicket(state, [say.noGuide()]);
  return readStep(state, article, 0, [say.guideIntro(article)]);
}

const MAX_UNCLEAR_ANSWERS = 2;
/** How much fault an unanswering reply must describe to count as more detail. */
const REFINING_FAULT = 2;

/** After a step: fixed, not fixed (next step or a ticket), wait, a correction, or a new problem. */
export function onTroubleshooting(state: RulesState, text: string): RulesStep {
  const analysis = analyzeUtterance(text);
  const article = state.article;
  if (article === null) return onProblem(state, text);
  const correction = correctionOf(state, text);
  if (correction !== null) return applyCorrection(state, text, correction);
  if (analysis.hold) return { state, actions: [sayAction(say.takeYourTime()), { type: 'gather' }] };
  if (analysis.wantsTicket) return createTicket(state);
  // Leaving before it is fixed: a ticket keeps the problem from being lost with the call.
  if (analysis.goodbye && analysis.answer !== 'yes') {
    return createTicket({ ...state, hangUpAfterTicket: true }, [say.ticketBeforeGoodbye()]);
  }
  if (analysis.answer === 'yes') {
    const fixed = { ...state, resolved: true, article: null };
    return analysis.goodbye
      ? hangUp(fixed, [say.fixed(), say.goodbye()])
      : ask(fixed, 'anything_else', say.anythingElse(), [sayAction(say.fixed())]);
  }
  if (analysis.answer === 'no') {
    const next = state.stepIndex + 1;
    return next < article.steps.length ? readStep(state, article, next, []) : createTicket(state, [say.stepsRanOut()]);
  }
  // The model's guess does not move a call a specialist already has: an answer is not a new problem.
  const switched =
    analysis.route !== null && analysis.route !== state.agent && analysis.routeRule !== 'model' && analysis.routeConfidence >= 0.5;
  if (switched) return onProblem({ ...state, article: null, unclear: 0 }, text);
  // More detail instead of an answer ("it's the one by the kitchen, it keeps jamming"): search again with all of it.
  if (analysis.fault >= REFINING_FAULT && state.stepIndex === 0 && state.unclear === 0 && state.problem !== null) {
    return onProblem({ ...state, problem: null, article: null, unclear: 0 }, `${state.problem}. ${text}`);
  }
  if (state.unclear + 1 >= MAX_UNCLEAR_ANSWERS) return createTicket(state, [say.goingInCircles()]);
  return { state: { ...state, unclear: state.unclear + 1 }, actions: [sayAction(say.yesOrNo()), { type: 'gather' }] };
}

/** "Anything else?": a correction of the last problem, a new problem, or no (goodbye). */
export function onAnythingElse(state: RulesState, text: string): RulesStep {
  const analysis = analyzeUtterance(text);
  const correction = correctionOf(state, text);
  if (correction !== null) return applyCorrection(state, text, correction);
  const fresh = { ...state, problem: null, category: null, article: null, stepIndex: 0, unclear: 0 };
  if (analysis.goodbye && analysis.route === null) return hangUp(state, [say.goodbye()]);
  const acted = actOnProblem(fresh, text, readProblem(text));
  if (acted !== null) return acted;
  if (analysis.answer === 'no') return hangUp(state, [say.goodbye()]);
  if (analysis.answer === 'yes') return ask(fresh, 'asking_problem', say.whatElse());
  if (state.unclear >= 1) return hangUp(state, [say.goodbye()]);
  return ask({ ...state, unclear: state.unclear + 1 }, 'anything_else', say.anythingElse());
}
