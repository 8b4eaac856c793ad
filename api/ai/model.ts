import OpenAI from 'openai';
import type { z } from 'zod';
import { CircuitBreaker, type TextBrainSettings } from '../../activities/brains/text-brain';
import type { AiUsageRecord } from '../../domain/calls/call-record';
import { tokenCostUsd } from '../../domain/pricing';

/**
 * The model behind `/ai/*` when one is configured: any OpenAI-compatible chat endpoint
 * (`OPENAI_BASE_URL`), asked for JSON and held to a zod schema. Callers fall back to the rules
 * brain on any failure, and after repeated failures the breaker skips the model for a while so
 * requests do not each wait out a timeout.
 */
export interface JsonModel {
  complete<T>(request: JsonRequest<T>): Promise<{ value: T; usage: AiUsageRecord }>;
}

export interface JsonRequest<T> {
  purpose: 'summary' | 'classify' | 'suggest';
  system: string;
  user: string;
  schema: z.ZodType<T>;
}

export class ModelUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

export function createJsonModel(settings: TextBrainSettings): JsonModel | undefined {
  if (!settings.apiKey) return undefined;
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: 0 });
  const breaker = new CircuitBreaker();
  return {
    async complete<T>(request: JsonRequest<T>) {
      if (breaker.open) throw new ModelUnavailableError('model circuit open after repeated failures');
      try {
        const completion = await client.chat.completions.create({
          model: settings.model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user },
          ],
        });
        const value = request.schema.parse(JSON.parse(completion.choices[0]?.message.content ?? '{}'));
        breaker.succeeded();
        const model = completion.model || settings.model;
        const promptTokens = completion.usage?.prompt_tokens ?? 0;
        const completionTokens = completion.usage?.completion_tokens ?? 0;
        return {
          value,
          usage: {
            provider: 'openai',
            model,
            purpose: request.purpose,
            promptTokens,
            completionTokens,
            costUsd: tokenCostUsd(model, promptTokens, completionTokens),
          },
        };
      } catch (error) {
        breaker.failed();
        throw new ModelUnavailableError(`model answer unusable: ${(error as Error).message}`);
      }
    },
  };
}
