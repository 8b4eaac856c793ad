import express, { Router } from 'express';
import type { z } from 'zod';
import { authorize } from '../auth/middleware';
import { AppError } from '../errors';
import { AI_LIMITS, ZClassifyRequest, ZSearchKbRequest, ZSuggestRequest, ZSummarizeRequest } from './schemas';
import type { AiService } from './service';

/**
 * A field over its size limit is a 413 like an oversized body, so a client can tell "too much"
 * from "wrong"; every other problem is a 400 naming the field.
 */
export function parseAiRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const tooLong = findTooLong(result.error.issues, []);
  if (tooLong) throw new AppError('PAYLOAD_TOO_LARGE', tooLong);
  throw result.error;
}

/** The first text or list over its limit, looking inside unions (a transcript is text or a list of turns). */
function findTooLong(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[]): string | undefined {
  for (const issue of issues) {
    const path = [...at, ...issue.path];
    if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
      const unit = issue.origin === 'string' ? 'characters' : 'items';
      return `${path.join('.') || 'body'} is over its limit of ${String(issue.maximum)} ${unit}`;
    }
    if (issue.code === 'invalid_union') {
      const nested = issue.errors.map((branch) => findTooLong(branch, path)).find((found) => found !== undefined);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** Its own JSON parser, so its smaller body limit applies before the app-wide one. */
export const aiBodyParser = express.json({ limit: AI_LIMITS.bodyBytes });

/**
 * `/ai/*` answers questions and changes nothing the panel lists, so every role may ask
 * (the policy's read access), though the requests are POSTs with bodies.
 */
export function aiRouter(ai: AiService): Router {
  const router = Router();
  router.use('/ai', authorize('ai', 'read'));
  router.post('/ai/classify', async (request, response) => {
    response.json(await ai.classify(parseAiRequest(ZClassifyRequest, request.body)));
  });
  router.post('/ai/summarize', async (request, response) => {
    response.json(await ai.summarize(parseAiRequest(ZSummarizeRequest, request.body)));
  });
  router.post('/ai/suggest', async (request, response) => {
    response.json(await ai.suggest(parseAiRequest(ZSuggestRequest, request.body)));
  });
  router.post('/ai/search-kb', async (request, response) => {
    response.json(await ai.searchKb(parseAiRequest(ZSearchKbRequest, request.body)));
  });
  return router;
}
