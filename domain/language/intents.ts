import { isSpecialistName, type SpecialistName } from '../agents/names';
import type { KbCategory } from '../kb/categories';
import { answerOf, answerScore, asksForHuman, moveScores, type Answer } from './conversation-moves';
import { analyzeText, type AnalyzedToken } from './lexicon';
import { faultScore, isHowTo } from './priority';
import { rankLabels } from './model/naive-bayes';
import { ROUTING_MODEL } from './model/trained-models.generated';
import { extractTicketNumber, givesTicketNumber } from './ticket-number';
import { PROBLEM_TOPICS, TOPIC_CATEGORY, TOPIC_SPECIALIST, TOPIC_TIE_ORDER, TOPICS, type Topic } from './topic-lexicons';
import { topicScores } from './topic-scores';

export { extractTicketNumber } from './ticket-number';
export type { Answer } from './conversation-moves';
export type { Topic } from './topic-lexicons';

/*
 * Deterministic routing for the rules brain, in the rubric's order:
 *   1. an explicit request for a person (wantsHuman; idioms such as "my boss told me to talk to
 *      someone about the wifi" are not requests);
 *   2. a ticket number given → ticket; "my requests" without a number → lookup;
 *   3. signs of compromise → security;
 *   4. a how-to goes to the specialist of its system, else the service desk;
 *   5. the system at fault (topic lexicons);
 *   6. recorded information asked for when nothing is broken → lookup.
 * Plus the conversational moves (yes/no, goodbye, call back). Every field is computed
 * independently; the brain decides which matters in the state it is in.
 */

export type RouteRule = 'ticket-number' | 'ticket-request' | 'security' | 'lookup' | 'topic' | 'how-to' | 'model';

export interface IntentAnalysis {
  /** The specialist the words point to, or null when nothing points anywhere clearly. */
  route: SpecialistName | null;
  /** Which rubric rule chose the route. */
  routeRule: RouteRule | null;
  /** 0..1: how far the winning topic is ahead of the runner-up (1 for a rule that decides alone). */
  routeConfidence: number;
  topicScores: Record<Topic, number>;
  /** The topic that won, when one did. */
  topic: Topic | null;
  /** The KB category of the problem described, ignoring requests about records. */
  problemCategory: KbCategory | null;
  /** How strongly the words describe something wrong (as opposed to a question or a request). */
  fault: number;
  wantsHuman: boolean;
  wantsCallback: boolean;
  /** "Just open a ticket." */
  wantsTicket: boolean;
  /** "What's the status of ticket 10042?" */
  asksTicketStatus: boolean;
  ticketNumber: string | null;
  answer: Answer | null;
  /** Positive for yes, negative for no; magnitude is strength. */
  answerScore: number;
  goodbye: boolean;
  /** "Hold on, let me try that." */
  hold: boolean;
  /** "Can you say that again?" */
  repeat: boolean;
  /** "I don't know it." */
  dontKnow: boolean;
}

const MIN_ROUTE_SCORE = 2.5;
const MIN_CATEGORY_SCORE = 2;
/** Signs of compromise this strong win over the system they happen on (rubric rule 3). */
const SECURITY_PRECEDENCE = 5;
/** A request for records this clear, with nothing described as broken, is a lookup (rule 6). */
const LOOKUP_PRECEDENCE = 5;
const NOTHING_BROKEN = 3;
const MOVE_THRESHOLD = { callback: 4, goodbye: 3, hold: 3, repeat: 4, dontKnow: 3 } as const;

function rankTopics(scores: Record<Topic, number>, among: readonly Topic[]): Topic[] {
  return [...among].sort((a, b) => scores[b] - scores[a] || TOPIC_TIE_ORDER.indexOf(a) - TOPIC_TIE_ORDER.indexOf(b));
}

interface Route {
  route: SpecialistName | null;
  rule: RouteRule | null;
  topic: Topic | null;
  confidence: number;
}

const NO_ROUTE: Route = { route: null, rule: null, topic: null, confidence: 0 };

function byTopic(scores: Record<Topic, number>, among: readonly Topic[]): Route {
  const [best, second] = rankTopics(scores, among);
  const top = best === undefined ? 0 : scores[best];
  if (best === undefined || top < MIN_ROUTE_SCORE) return NO_ROUTE;
  const runnerUp = second === undefined ? 0 : scores[second];
  return { route: TOPIC_SPECIALIST[best], rule: 'topic', topic: best, confidence: (top - runnerUp) / top };
}

/** Rubric rules 2 to 6; rule 1 (a person) is `wantsHuman`, checked first by whoever acts on this. */
function routeOf(tokens: readonly AnalyzedToken[], text: string, scores: Record<Topic, number>, fault: number): Route {
  if (givesTicketNumber(text)) return { route: 'ticket', rule: 'ticket-number', topic: 'ticket', confidence: 1 };
  const nothingBroken = fault < NOTHING_BROKEN;
  if (scores.security >= SECURITY_PRECEDENCE) return { route: 'security', rule: 'security', topic: 'security', confidence: 0.9 };
  if (scores.lookup >= LOOKUP_PRECEDENCE && nothingBroken && scores.lookup >= scores.ticket) {
    return { route: 'lookup', rule: 'lookup', topic: 'lookup', confidence: 0.8 };
  }
  const ranked = byTopic(scores, nothingBroken ? TOPICS : TOPICS.filter((topic) => topic !== 'lookup'));
  if (ranked.route !== null) return ranked;
  // "How do I…" about nothing any specialist owns: the service desk answers general how-tos.
  if (isHowTo(tokens)) return { route: 'servicedesk', rule: 'how-to', topic: 'admin', confidence: 0.5 };
  return NO_ROUTE;
}

/*
 * The trained model speaks where the lexicons are unsure: no route, or a topic barely ahead of the
 * next. It needs enough known words to be more than a guess, and never decides the routes the
 * rubric gives to exact evidence (a person asked for, a ticket number said).
 */
const MODEL_MIN_PROBABILITY = 0.7;
const MODEL_MIN_WORDS = 3;
const UNSURE_TOPIC = 0.5;
/** The first topic listed for each specialist: what its problems fall under, for the priority context and the KB category. */
const SPECIALIST_TOPIC = new Map<SpecialistName, Topic>();
for (const topic of TOPICS) if (!SPECIALIST_TOPIC.has(TOPIC_SPECIALIST[topic])) SPECIALIST_TOPIC.set(TOPIC_SPECIALIST[topic], topic);

function modelRoute(text: string, rules: Route): Route {
  // A ticket topic is a request about tickets ("open a ticket, the wifi…"): its own rules act on it.
  const unsure = rules.route === null || (rules.rule === 'topic' && rules.route !== 'ticket' && rules.confidence < UNSURE_TOPIC);
  if (!unsure) return rules;
  const [best] = rankLabels(ROUTING_MODEL, text);
  if (best === undefined || best.probability < MODEL_MIN_PROBABILITY || best.knownWords < MODEL_MIN_WORDS) return rules;
  const route = best.label;
  // "human" is no specialist, and a ticket needs its number: neither is the model's to decide.
  if (!isSpecialistName(route) || route === 'ticket' || route === rules.route) return rules;
  return { route, rule: 'model', topic: SPECIALIST_TOPIC.get(route) ?? null, confidence: best.probability };
}

/** A model route names the system at fault, so it names the KB category the lexicons could not. */
function modelCategory(routed: Route): KbCategory | null {
  return routed.rule === 'model' && routed.topic !== null && PROBLEM_TOPICS.includes(routed.topic) ? TOPIC_CATEGORY[routed.topic] : null;
}

function categoryOf(scores: Record<Topic, number>): KbCategory | null {
  const [best] = rankTopics(scores, PROBLEM_TOPICS);
  return best !== undefined && scores[best] >= MIN_CATEGORY_SCORE ? TOPIC_CATEGORY[best] : null;
}

const MENTIONS_TICKET = /\b(ticket|case|incident|request|reference|job)\b/;

export function analyzeUtterance(text: string): IntentAnalysis {
  const tokens = analyzeText(text);
  const scores = topicScores(tokens);
  const fault = faultScore(tokens);
  const routed = modelRoute(text, routeOf(tokens, text, scores, fault));
  const moves = moveScores(tokens);
  const score = answerScore(tokens);
  const ticketNumber = extractTicketNumber(text);
  const aboutTicket = ticketNumber !== null || MENTIONS_TICKET.test(text.toLowerCase());
  return {
    route: routed.route,
    routeRule: routed.rule,
    routeConfidence: routed.confidence,
    topicScores: scores,
    topic: routed.topic,
    problemCategory: categoryOf(scores) ?? modelCategory(routed),
    fault,
    wantsHuman: asksForHuman(tokens),
    wantsCallback: moves.callback >= MOVE_THRESHOLD.callback,
    wantsTicket: scores.ticket >= 4 && scores.ticket > scores.lookup,
    asksTicketStatus: aboutTicket && scores.lookup >= 3 && scores.lookup >= scores.ticket,
    ticketNumber,
    answer: answerOf(score),
    answerScore: score,
    goodbye: moves.goodbye >= MOVE_THRESHOLD.goodbye,
    hold: moves.hold >= MOVE_THRESHOLD.hold,
    repeat: moves.repeat >= MOVE_THRESHOLD.repeat,
    dontKnow: moves.dontKnow >= MOVE_THRESHOLD.dontKnow,
  };
}

export type IntentName = SpecialistName | 'human' | 'callback' | 'goodbye' | 'affirm' | 'deny' | 'unknown';
