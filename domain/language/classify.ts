import type { SpecialistName } from '../agents/names';
import type { KbCategory } from '../kb/categories';
import type { TicketPriority } from '../tickets/codes';
import { analyzeUtterance } from './intents';
import { ticketPriority } from './priority';
import { scoreSentiment, type SentimentLabel } from './sentiment';

/*
 * One caller utterance read the way the rules brain reads it: who should take it, what it is
 * about, how urgent it is and how the caller feels. A thin layer over today's intent routing,
 * priority and sentiment lexicons (the rubric work of issue 12 replaces this file with a
 * classifier of the same signature); `/ai/classify` and `/ai/suggest` are built on it.
 */

export interface UtteranceClassification {
  agent: SpecialistName | 'human';
  category: KbCategory;
  priority: TicketPriority;
  sentiment: { label: SentimentLabel; score: number; frustration: number };
  /** 0..1 each. */
  confidence: { agent: number; priority: number };
}

/** Where nothing points anywhere, the service desk takes the call (the catalog's catch-all). */
const FALLBACK_AGENT: SpecialistName = 'servicedesk';

function agentOf(text: string): { agent: SpecialistName | 'human'; confidence: number; category: KbCategory | null } {
  const analysis = analyzeUtterance(text);
  if (analysis.wantsHuman) return { agent: 'human', confidence: 0.9, category: analysis.problemCategory };
  if (analysis.ticketNumber !== null) return { agent: 'ticket', confidence: 0.8, category: analysis.problemCategory };
  if (analysis.route === null) return { agent: FALLBACK_AGENT, confidence: 0.2, category: analysis.problemCategory };
  // routeConfidence is the winner's lead over the runner-up: a clear lead is a confident route.
  return { agent: analysis.route, confidence: round(0.5 + 0.5 * analysis.routeConfidence), category: analysis.problemCategory };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function classifyUtterance(text: string): UtteranceClassification {
  const { agent, confidence, category } = agentOf(text);
  const priority = ticketPriority(text, category);
  const sentiment = scoreSentiment([text]);
  return {
    agent,
    category: category ?? 'general',
    priority,
    sentiment: {
      label: sentiment.label,
      score: sentiment.score,
      // Today's lexicon has no separate frustration scale: how negative the words are stands in for it.
      frustration: round(Math.max(0, -sentiment.score)),
    },
    // The priority lexicons give no strength; a cue that moved the priority off the default is worth more than none.
    confidence: { agent: confidence, priority: priority === 'medium' ? 0.4 : 0.6 },
  };
}
