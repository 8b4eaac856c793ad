import type { KbArticleDto } from '../../domain/agents/tools';
import { isKbCategory, type KbCategory } from '../../domain/kb/categories';
import { indexArticles, rankArticles, type KbIndex, type SearchableArticle } from '../../domain/kb/search';
import type { PrismaClient } from '../../infra/db';

const CACHE_MS = 30_000;
const MAX_RESULTS = 3;

function toKbCategory(value: string): KbCategory {
  return isKbCategory(value) ? value : 'general';
}

/**
 * The knowledge base is small and read on almost every call, so it is ranked in memory over a
 * snapshot refreshed every 30 s (edits in the panel show up within that).
 */
export function createKbIndex(prisma: PrismaClient) {
  let snapshot: { loadedAt: number; index: KbIndex } | undefined;

  async function currentIndex(): Promise<KbIndex> {
    if (snapshot && Date.now() - snapshot.loadedAt < CACHE_MS) return snapshot.index;
    const rows = await prisma.kbArticle.findMany({ where: { active: true }, orderBy: { slug: 'asc' } });
    const loaded = rows.map((row): SearchableArticle => ({
      slug: row.slug,
      title: row.title,
      category: toKbCategory(row.category),
      steps: row.steps,
      escalateWhen: row.escalateWhen ?? 'the steps do not fix it',
      keywords: row.keywords,
      symptoms: row.symptoms,
    }));
    snapshot = { loadedAt: Date.now(), index: indexArticles(loaded) };
    return snapshot.index;
  }

  return {
    async search(query: string, category?: KbCategory): Promise<KbArticleDto[]> {
      const ranked = rankArticles(query, await currentIndex(), { category, limit: MAX_RESULTS });
      return ranked.map(({ article }) => ({
        slug: article.slug,
        title: article.title,
        category: article.category,
        steps: article.steps,
        escalateWhen: article.escalateWhen,
      }));
    },
  };
}
