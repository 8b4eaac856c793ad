import type { TextBrainSettings } from '../../activities/brains/text-brain';
import { createCallAnalysisActivities } from '../../activities/calls/analysis';
import { createKbIndex, type KbIndexService } from '../../activities/calls/kb-index';
import type { AiUsageRecord } from '../../domain/calls/call-record';
import type { PrismaClient } from '../../infra/db';
import { modelClassification, rulesClassification, rulesClassificationWithKb, type Classification } from './classify';
import { createJsonModel, type JsonModel } from './model';
import type { TClassifyRequest, TSearchKbRequest, TSuggestRequest, TSummarizeRequest } from './schemas';
import { searchKnowledgeBase, type KbSearchHit } from './search-kb';
import { modelSuggestions, rankedArticles, rulesSuggestions, type Suggestions } from './suggest';
import { loadSuggestContext } from './suggest-context';
import { summarizeTranscript, type CallSummary } from './summarize';
import { redactPii } from '../../domain/privacy/redact';
import { redactTranscript } from '../../domain/privacy/redact-values';

/** The brains behind `/ai/*`: the rules always, the model on top when the calls use one. */
export interface AiService {
  classify(input: TClassifyRequest): Promise<Classification>;
  summarize(input: TSummarizeRequest): Promise<CallSummary>;
  suggest(input: TSuggestRequest): Promise<Suggestions>;
  searchKb(input: TSearchKbRequest): Promise<{ results: KbSearchHit[] }>;
}

export interface AiServiceDeps {
  prisma: PrismaClient;
  /** The model settings when the calls' brain is the model (effectiveBrain = text); otherwise undefined. */
  model: TextBrainSettings | undefined;
  kb?: KbIndexService;
  now?: () => Date;
}

const NO_MODEL: TextBrainSettings = { apiKey: undefined, baseUrl: undefined, model: 'none', timeoutMs: 1000 };

/** Model calls cost money: each is logged like a call's, so the cost rollups count it. */
async function logUsage(prisma: PrismaClient, usage: AiUsageRecord, links: { ticketId?: number; callLogId?: number } = {}): Promise<void> {
  await prisma.aiUsageLog.create({ data: { ...usage, ...links } });
}

async function withFallback<T>(
  model: JsonModel | undefined,
  viaModel: (model: JsonModel) => Promise<T>,
  viaRules: () => T | Promise<T>,
): Promise<T> {
  if (!model) return viaRules();
  // The model is an improvement, never a dependency: any failure gets the rules' answer.
  return viaModel(model).catch(() => viaRules());
}

export function createAiService(deps: AiServiceDeps): AiService {
  const { prisma } = deps;
  const model = createJsonModel(deps.model ?? NO_MODEL);
  const analyzer = createCallAnalysisActivities(deps.model ?? NO_MODEL);
  const kb = deps.kb ?? createKbIndex(prisma, { freshness: 'version' });
  const now = deps.now ?? (() => new Date());

  return {
    classify: ({ text }) =>
      withFallback(
        model,
        async (m) => {
          const { classification, usage } = await modelClassification(m, text);
          await logUsage(prisma, usage);
          return classification;
        },
        () => rulesClassificationWithKb(text, (query) => kb.search(query)),
      ),

    async summarize(said) {
      // A pasted transcript may hold what a caller read out; neither the model nor the summary gets it.
      const transcript = typeof said.transcript === 'string' ? redactPii(said.transcript) : redactTranscript(said.transcript);
      const { result, usage } = await summarizeTranscript(analyzer, { ...said, transcript });
      if (usage) await logUsage(prisma, usage);
      return result;
    },

    async suggest(input) {
      const context = await loadSuggestContext(prisma, input);
      const classification = rulesClassification(context.problem);
      const articles = await rankedArticles(kb, context, classification);
      const at = now();
      return withFallback(
        model,
        async (m) => {
          const { suggestions, usage } = await modelSuggestions(m, { context, classification, articles, now: at });
          await logUsage(prisma, usage, { ticketId: context.ticket?.id, callLogId: context.call?.id });
          return suggestions;
        },
        () => rulesSuggestions(context, classification, articles, at),
      );
    },

    searchKb: (input) => searchKnowledgeBase(kb, input),
  };
}
