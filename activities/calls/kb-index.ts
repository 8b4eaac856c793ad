import type { KbArticleDto } from '../../domain/agents/tools';
import { isKbCategory, type KbCategory } from '../../domain/kb/categories';
import { rankArticles, type SearchableArticle } from '../../domain/kb/search';
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
  let snapshot: { loadedAt: number; articles: SearchableArticle[] } | undefined;

  async function articles(): Promise<SearchableArticle[]> {
    if (snapshot && Date.now() - snapshot.loadedAt < CACHE_MS) return snapshot.articles;
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
    snapshot = { loadedAt: Date.now(), articles: loaded };
    return loaded;
  }

  return {
    async search(query: string, category?: KbCategory): Promise<KbArticleDto[]> {
      const ranked = rankArticles(query, await articles(), { category, limit: MAX_RESULTS });
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
