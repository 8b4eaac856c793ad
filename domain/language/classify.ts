import type { SpecialistName } from '../agents/names';
import type { KbCategory } from '../kb/categories';
import type { TicketPriority } from '../tickets/codes';
import { analyzeUtterance, type IntentAnalysis } from './intents';
import { assessPriority, type PriorityAssessment } from './priority';
import { utteranceSentiment, type UtteranceSentiment } from './sentiment';
import type { Topic } from './topic-lexicons';

/*
 * The one classifier every caller of understanding shares: the rules brain, the text brain's
 * `classify` tool, post-call analysis and `POST /ai/classify`. Pure and deterministic, so
 * workflow code may call it.
 */

export interface UtteranceClassification {
  /** Who should take it, by the rubric: a person when one is asked for, else a specialist. */
  agent: SpecialistName | 'human';
  category: KbCategory;
  priority: TicketPriority;
  sentiment: UtteranceSentiment;
  /** 0..1 each: how clearly the words decided the agent and the priority. */
  confidence: { agent: number; priority: number };
}

/** What the classification rests on, for callers that act on more than the labels (the rules brain). */
export interface ProblemReading {
  analysis: IntentAnalysis;
  assessment: PriorityAssessment;
}

/** Topics whose problems go to a KB category of their own; the others fall back to the specialist's. */
const SPECIALIST_CATEGORY: Record<SpecialistName, KbCategory> = {
  email: 'email',
  computer: 'computer',
  network: 'network',
  printer: 'printer',
  phone: 'phone',
  security: 'security',
  device: 'device',
  lookup: 'general',
  ticket: 'general',
  servicedesk: 'account',
};

/** A person's core tools: out, they cannot work. Peripherals, phones and printers have stand-ins. */
const CORE_TOOLS: ReadonlySet<Topic> = new Set(['computer', 'network', 'email', 'account', 'security']);

const CORE_CATEGORIES: ReadonlySet<KbCategory> = new Set(['computer', 'network', 'email', 'account']);

/** For a ticket follow-up or a request for a person, the problem's own category decides. */
function coreTool(analysis: IntentAnalysis): boolean {
  if (analysis.topic !== null && CORE_TOOLS.has(analysis.topic)) return true;
  return analysis.problemCategory !== null && CORE_CATEGORIES.has(analysis.problemCategory);
}

/**
 * `routedTo`: the KB category the call was routed to by other evidence (the knowledge base's)
 * when the words named no system: a locked-out account is a core tool however it was described.
 */
export function readProblem(text: string, routedTo?: KbCategory): ProblemReading {
  const analysis = analyzeUtterance(text);
  const assessment = assessPriority(text, {
    security: analysis.route === 'security' || routedTo === 'security',
    coreTool: coreTool(analysis) || (routedTo !== undefined && CORE_CATEGORIES.has(routedTo)),
    printing: analysis.topic === 'printer' || analysis.problemCategory === 'printer' || routedTo === 'printer',
    // Records and billing are asked about, not broken.
    lookup: analysis.route === 'lookup' || analysis.topic === 'admin',
  });
  return { analysis, assessment };
}

/** The KB category of what was said: security for a security concern, else the problem's, else the specialist's. */
export function categoryOf(analysis: IntentAnalysis): KbCategory {
  if (analysis.route === 'security') return 'security';
  if (analysis.problemCategory !== null) return analysis.problemCategory;
  return analysis.route === null ? 'general' : SPECIALIST_CATEGORY[analysis.route];
}

/** Nothing points anywhere: the service desk takes general questions, with little confidence. */
const FALLBACK_CONFIDENCE = 0.2;

/** Asking for a person without describing anything wrong: no problem told, medium by the rubric. */
function personRequestPriority(reading: ProblemReading): TicketPriority {
  const { analysis, assessment } = reading;
  const described = analysis.fault >= 2 || assessment.carriesUrgency || analysis.route === 'security';
  return described ? assessment.priority : 'medium';
}

export function classifyUtterance(text: string): UtteranceClassification {
  const reading = readProblem(text);
  const { analysis, assessment } = reading;
  const agent = analysis.wantsHuman ? 'human' : (analysis.route ?? 'servicedesk');
  const agentConfidence = analysis.wantsHuman
    ? 0.9
    : analysis.route === null
      ? FALLBACK_CONFIDENCE
      : Math.max(0.3, analysis.routeConfidence);
  return {
    agent,
    category: categoryOf(analysis),
    priority: analysis.wantsHuman ? personRequestPriority(reading) : assessment.priority,
    sentiment: utteranceSentiment(text),
    confidence: { agent: round(agentConfidence), priority: round(assessment.confidence) },
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
