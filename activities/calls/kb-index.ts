import type { KbArticleDto } from '../../domain/agents/tools';
import { isKbCategory, type KbCategory } from '../../domain/kb/categories';
import { indexArticles, rankArticles, type KbIndex, type RankedArticle, type SearchableArticle } from '../../domain/kb/search';
import type { PrismaClient } from '../../infra/db';

const CACHE_MS = 30_000;
const MAX_RESULTS = 3;

function toKbCategory(value: string): KbCategory {
  return isKbCategory(value) ? value : 'general';
}

/** An active article as the index holds it: what ranking reads, plus what a search result shows. */
export interface IndexedKbArticle extends SearchableArticle {
  id: number;
  updatedAt: Date;
}

export interface KbIndexOptions {
  /**
   * 'ttl' (calls): a snapshot serves for 30 s, so edits show within that. 'version' (the API):
   * each search first asks whether any article changed (count and latest update, one cheap
   * query), so an article saved in the panel is searchable at once.
   */
  freshness?: 'ttl' | 'version';
}

async function loadArticles(prisma: PrismaClient): Promise<IndexedKbArticle[]> {
  const rows = await prisma.kbArticle.findMany({ where: { active: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    category: toKbCategory(row.category),
    steps: row.steps,
    escalateWhen: row.escalateWhen ?? 'the steps do not fix it',
    keywords: row.keywords,
    symptoms: row.symptoms,
    updatedAt: row.updatedAt,
  }));
}

async function articlesVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<Array<{ version: string }>>`
    SELECT count(*)::text || '/' || coalesce(max(updated_at)::text, '') AS version FROM kb_articles`;
  return row?.version ?? '';
}

/**
 * The knowledge base is small and read on almost every call, so it is ranked in memory over a
 * snapshot of kb_articles (see KbIndexOptions for how fresh it is kept).
 */
export function createKbIndex(prisma: PrismaClient, options: KbIndexOptions = {}) {
  const freshness = options.freshness ?? 'ttl';
  let snapshot: { loadedAt: number; version: string; index: KbIndex<IndexedKbArticle> } | undefined;

  async function isFresh(current: NonNullable<typeof snapshot>): Promise<{ fresh: boolean; version: string }> {
    if (freshness === 'ttl') return { fresh: Date.now() - current.loadedAt < CACHE_MS, version: '' };
    const version = await articlesVersion(prisma);
    return { fresh: version === current.version, version };
  }

  async function currentIndex(): Promise<KbIndex<IndexedKbArticle>> {
    let version = '';
    if (snapshot) {
      const check = await isFresh(snapshot);
      if (check.fresh) return snapshot.index;
      version = check.version;
    } else if (freshness === 'version') {
      version = await articlesVersion(prisma);
    }
    snapshot = { loadedAt: Date.now(), version, index: indexArticles(await loadArticles(prisma)) };
    return snapshot.index;
  }

  return {
    async search(query: string, category?: KbCategory): Promise<KbArticleDto[]> {
      const ranked = rankArticles(query, await currentIndex(), { category, limit: MAX_RESULTS });
      return ranked.map(({ article, score }) => ({
        slug: article.slug,
        title: article.title,
        category: article.category,
        steps: article.steps,
        escalateWhen: article.escalateWhen,
        score: Math.round(score * 100) / 100,
      }));
    },

    /** Ranked articles with their scores and matched terms, best first. */
    async rank(query: string, rankOptions: { category?: KbCategory; limit: number }): Promise<RankedArticle<IndexedKbArticle>[]> {
      return rankArticles(query, await currentIndex(), rankOptions);
    },
  };
}

export type KbIndexService = ReturnType<typeof createKbIndex>;
