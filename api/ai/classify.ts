import { z } from 'zod';
import { agentCatalog } from '../../domain/agents/catalog';
import { SPECIALIST_NAMES } from '../../domain/agents/names';
import { KB_CATEGORIES } from '../../domain/kb/categories';
import { classifyUtterance, readProblem } from '../../domain/language/classify';
import { routeWithKbEvidence, type ScoredArticle } from '../../domain/language/kb-evidence';
import { TICKET_PRIORITIES } from '../../domain/tickets/codes';
import type { AiUsageRecord } from '../../domain/calls/call-record';
import type { JsonModel } from './model';

/** What `/ai/classify` answers: each judgement with its confidence (0..1), and which brain judged. */
export interface Classification {
  specialist: { value: ReturnType<typeof classifyUtterance>['agent']; confidence: number };
  category: { value: ReturnType<typeof classifyUtterance>['category']; confidence: number };
  priority: { value: ReturnType<typeof classifyUtterance>['priority']; confidence: number };
  sentiment: { value: 'positive' | 'neutral' | 'negative'; score: number; frustration: number; confidence: number };
  brain: 'rules' | 'model';
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The rules give a score, not a probability: the further the score from the other labels, the
 * surer the label (neutral surest at 0, positive and negative surest at ±1).
 */
function sentimentConfidence(label: 'positive' | 'neutral' | 'negative', score: number): number {
  const magnitude = Math.min(1, Math.abs(score));
  return round(label === 'neutral' ? 1 - magnitude / 2 : 0.5 + magnitude / 2);
}

export function rulesClassification(text: string): Classification {
  const rules = classifyUtterance(text);
  return {
    specialist: { value: rules.agent, confidence: rules.confidence.agent },
    // The rules read the category from the same topic scores as the route: as sure as the route, unless nothing matched.
    category: { value: rules.category, confidence: rules.category === 'general' ? 0.2 : rules.confidence.agent },
    priority: { value: rules.priority, confidence: rules.confidence.priority },
    sentiment: {
      value: rules.sentiment.label,
      score: rules.sentiment.score,
      frustration: rules.sentiment.frustration,
      confidence: sentimentConfidence(rules.sentiment.label, rules.sentiment.score),
    },
    brain: 'rules',
  };
}

/** A route the knowledge base decided: surer than the service desk by default, less than clear words. */
const KB_ROUTE_CONFIDENCE = 0.5;

/**
 * The rules' classification with the knowledge base's evidence, as the rules brain's triage uses
 * it: when the words name no system, a strong match to one specialist's articles routes there.
 */
export async function rulesClassificationWithKb(
  text: string,
  search: (query: string) => Promise<readonly ScoredArticle[]>,
): Promise<Classification> {
  const classification = rulesClassification(text);
  const { analysis } = readProblem(text);
  if (analysis.wantsHuman || analysis.route !== null) return classification;
  const evidence = routeWithKbEvidence(analysis, await search(text));
  if (evidence === null) return classification;
  const { assessment } = readProblem(text, evidence.category);
  return {
    ...classification,
    specialist: { value: evidence.specialist, confidence: KB_ROUTE_CONFIDENCE },
    category: { value: evidence.category, confidence: KB_ROUTE_CONFIDENCE },
    priority: { value: assessment.priority, confidence: round(assessment.confidence) },
  };
}

const confidence = z.number().min(0).max(1);
const ZModelClassification = z.object({
  specialist: z.object({ value: z.enum([...SPECIALIST_NAMES, 'human']), confidence }),
  category: z.object({ value: z.enum(KB_CATEGORIES), confidence }),
  priority: z.object({ value: z.enum(TICKET_PRIORITIES), confidence }),
  sentiment: z.object({
    value: z.enum(['positive', 'neutral', 'negative']),
    score: z.number().min(-1).max(1),
    frustration: z.number().min(0).max(1),
    confidence,
  }),
});

const specialists = SPECIALIST_NAMES.map((name) => `- ${name}: ${agentCatalog[name].handoffDescription}`).join('\n');

export const CLASSIFY_INSTRUCTIONS = `You classify what a caller said to an IT-support phone line. Reply with JSON only:
{"specialist": {"value": one of ${[...SPECIALIST_NAMES, 'human'].join('|')}, "confidence": 0..1},
 "category": {"value": one of ${KB_CATEGORIES.join('|')}, "confidence": 0..1},
 "priority": {"value": one of ${TICKET_PRIORITIES.join('|')}, "confidence": 0..1},
 "sentiment": {"value": "positive|neutral|negative", "score": -1..1, "frustration": 0..1, "confidence": 0..1}}
Specialists:
${specialists}
- human: the caller explicitly asks for a person.
Priority: critical = business-wide outage or active security incident; high = one user fully blocked or many degraded;
medium = one user degraded or a workaround exists; low = a question, how-to, cosmetic or routine request.`;

export async function modelClassification(
  model: JsonModel,
  text: string,
): Promise<{ classification: Classification; usage: AiUsageRecord }> {
  const { value, usage } = await model.complete({
    purpose: 'classify',
    system: CLASSIFY_INSTRUCTIONS,
    user: text,
    schema: ZModelClassification,
  });
  return { classification: { ...value, brain: 'model' }, usage };
}
