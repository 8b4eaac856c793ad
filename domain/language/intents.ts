import type { SpecialistName } from '../agents/names';
import type { KbCategory } from '../kb/categories';
import { answerOf, answerScore, asksForHuman, moveScores, type Answer } from './conversation-moves';
import { analyzeText, compileLexicon, matchLexicon, scoreMatches, type Lexicon } from './lexicon';
import { extractTicketNumber } from './ticket-number';
import { PROBLEM_TOPICS, TOPIC_CATEGORY, TOPIC_SPECIALIST, TOPIC_TERMS, TOPIC_TIE_ORDER, TOPICS, type Topic } from './topic-lexicons';

export { extractTicketNumber } from './ticket-number';
export type { Answer } from './conversation-moves';
export type { Topic } from './topic-lexicons';

/*
 * Deterministic intent routing for the rules brain: which specialist a caller's words point
 * to, plus the conversational moves (a person, yes/no, goodbye, call back). Every field is
 * computed independently; the brain decides which matters in the state it is in.
 */

export interface IntentAnalysis {
  /** The specialist the words point to, or null when nothing points anywhere clearly. */
  route: SpecialistName | null;
  /** 0..1: how far the winning topic is ahead of the runner-up. */
  routeConfidence: number;
  topicScores: Record<Topic, number>;
  /** The KB category of the problem described, ignoring requests about records. */
  problemCategory: KbCategory | null;
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

const topicLexicons = Object.fromEntries(TOPICS.map((topic) => [topic, compileLexicon(TOPIC_TERMS[topic])])) as Record<Topic, Lexicon>;

const MIN_ROUTE_SCORE = 2.5;
const MIN_CATEGORY_SCORE = 2;
const MOVE_THRESHOLD = { callback: 4, goodbye: 3, hold: 3, repeat: 4, dontKnow: 3 } as const;

function rankTopics(scores: Record<Topic, number>, among: readonly Topic[]): Topic[] {
  return [...among].sort((a, b) => scores[b] - scores[a] || TOPIC_TIE_ORDER.indexOf(a) - TOPIC_TIE_ORDER.indexOf(b));
}

function routeOf(scores: Record<Topic, number>): { route: SpecialistName | null; confidence: number } {
  const [best, second] = rankTopics(scores, TOPICS);
  const top = best === undefined ? 0 : scores[best];
  if (best === undefined || top < MIN_ROUTE_SCORE) return { route: null, confidence: 0 };
  const runnerUp = second === undefined ? 0 : scores[second];
  return { route: TOPIC_SPECIALIST[best], confidence: (top - runnerUp) / top };
}

function categoryOf(scores: Record<Topic, number>): KbCategory | null {
  const [best] = rankTopics(scores, PROBLEM_TOPICS);
  return best !== undefined && scores[best] >= MIN_CATEGORY_SCORE ? TOPIC_CATEGORY[best] : null;
}

const MENTIONS_TICKET = /\b(ticket|case|incident|request|reference|job)\b/;

export function analyzeUtterance(text: string): IntentAnalysis {
  const tokens = analyzeText(text);
  const topicScores = Object.fromEntries(
    TOPICS.map((topic) => [topic, scoreMatches(matchLexicon(tokens, topicLexicons[topic]), 'ignore')]),
  ) as Record<Topic, number>;
  const { route, confidence } = routeOf(topicScores);
  const moves = moveScores(tokens);
  const score = answerScore(tokens);
  const ticketNumber = extractTicketNumber(text);
  const aboutTicket = ticketNumber !== null || MENTIONS_TICKET.test(text.toLowerCase());
  return {
    route,
    routeConfidence: confidence,
    topicScores,
    problemCategory: categoryOf(topicScores),
    wantsHuman: asksForHuman(tokens),
    wantsCallback: moves.callback >= MOVE_THRESHOLD.callback,
    wantsTicket: topicScores.ticket >= 4 && topicScores.ticket > topicScores.lookup,
    asksTicketStatus: aboutTicket && topicScores.lookup >= 3 && topicScores.lookup >= topicScores.ticket,
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
