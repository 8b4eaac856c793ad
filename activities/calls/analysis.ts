import OpenAI from 'openai';
import { z } from 'zod';
import type { CallAnalysis, CallOutcome, TranscriptLine } from '../../domain/calls/call-record';
import { analyzeConversation } from '../../domain/post-call/analysis';
import { redactTranscript } from '../../domain/privacy/redact-values';
import { KB_CATEGORIES, type KbCategory } from '../../domain/kb/categories';
import { tokenCostUsd } from '../../domain/pricing';
import type { TextBrainSettings } from '../brains/text-brain';

export interface AnalyzeCallInput {
  transcript: TranscriptLine[];
  outcome: CallOutcome;
  category?: KbCategory;
}

const ZModelAnalysis = z.object({
  summary: z.string().min(1).max(1200),
  category: z.enum(KB_CATEGORIES),
  sentiment: z.enum(['positive', 'neutral', 'negative']),
  sentimentScore: z.number().min(-1).max(1),
  intent: z.string().max(80),
  topics: z.array(z.string().max(40)).max(8),
});

const INSTRUCTIONS = `You analyse IT-support phone calls. Reply with JSON only:
{"summary": "2-3 sentences: problem, what was tried, outcome", "category": one of ${KB_CATEGORIES.join('|')},
"sentiment": "positive|neutral|negative", "sentimentScore": -1..1, "intent": "short label", "topics": ["..."]}`;

function localAnalysis(input: AnalyzeCallInput): CallAnalysis {
  return analyzeConversation(input.transcript, { outcome: input.outcome, category: input.category });
}

async function modelAnalysis(client: OpenAI, model: string, input: AnalyzeCallInput, local: CallAnalysis): Promise<CallAnalysis> {
  const transcript = input.transcript.map((line) => `${line.role}: ${line.text}`).join('\n');
  const completion = await client.chat.completions.create({
    model,
    temperature: 0,
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: INSTRUCTIONS },
      { role: 'user', content: `Outcome: ${input.outcome}\nTranscript:\n${transcript}` },
    ],
  });
  const parsed = ZModelAnalysis.parse(JSON.parse(completion.choices[0]?.message.content ?? '{}'));
  const promptTokens = completion.usage?.prompt_tokens ?? 0;
  const completionTokens = completion.usage?.completion_tokens ?? 0;
  return {
    ...parsed,
    keywords: local.keywords,
    ...(local.frustration === undefined ? {} : { frustration: local.frustration }),
    usage: {
      provider: 'openai',
      model: completion.model || model,
      purpose: 'summary',
      promptTokens,
      completionTokens,
      costUsd: tokenCostUsd(completion.model || model, promptTokens, completionTokens),
    },
  };
}

/** Summary, category and sentiment: from the model when one is configured, computed locally otherwise. */
export function createCallAnalysisActivities(settings: TextBrainSettings) {
  const client = settings.apiKey
    ? new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: 1 })
    : undefined;
  return {
    async analyzeCall(said: AnalyzeCallInput): Promise<CallAnalysis> {
      // The summary and the model's prompt are made from the transcript without its secrets.
      const input = { ...said, transcript: redactTranscript(said.transcript) };
      const local = localAnalysis(input);
      if (!client || input.transcript.length === 0) return local;
      // A model failure must not hold up the call record: the local analysis stands in.
      return modelAnalysis(client, settings.model, input, local).catch(() => local);
    },
  };
}
