import type { IndexedKbArticle, KbIndexService } from '../../activities/calls/kb-index';
import type { KbCategory } from '../../domain/kb/categories';
import type { RankedArticle } from '../../domain/kb/search';
import { snippetFor, type KbSnippet } from '../../domain/kb/snippet';

/** One ranked article: enough of it for a list row, its score, and the line that matched. */
export interface KbSearchHit {
  id: number;
  slug: string;
  title: string;
  category: KbCategory;
  keywords: readonly string[];
  steps: readonly string[];
  escalateWhen: string;
  updatedAt: string;
  score: number;
  /** The query's (stemmed) terms the article matched. */
  matchedTerms: string[];
  snippet: KbSnippet;
}

export function toSearchHit({ article, score, matchedTerms }: RankedArticle<IndexedKbArticle>): KbSearchHit {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    category: article.category,
    keywords: article.keywords,
    steps: article.steps,
    escalateWhen: article.escalateWhen,
    updatedAt: article.updatedAt.toISOString(),
    score: Math.round(score * 1000) / 1000,
    matchedTerms,
    snippet: snippetFor(article, matchedTerms),
  };
}

/** The same ranking the calls' search_kb tool uses (BM25 over title, keywords, symptoms, steps, with synonyms). */
export async function searchKnowledgeBase(
  kb: KbIndexService,
  input: { query: string; category?: KbCategory; limit: number },
): Promise<{ results: KbSearchHit[] }> {
  const ranked = await kb.rank(input.query, { category: input.category, limit: input.limit });
  return { results: ranked.map(toSearchHit) };
}
