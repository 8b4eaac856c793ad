import type { KbArticleDto } from '../agents/dtos';
import { rankLabels } from '../language/model/naive-bayes';
import { ARTICLE_MODEL } from '../language/model/trained-models.generated';
import type { KbCategory } from './categories';
import { searchTerms, synonymsOf } from './synonyms';

/*
 * Knowledge-base ranking: a BM25 variant over several fields (title, keywords, symptoms, slug,
 * and the steps a little), with synonym expansion and a bonus for query word pairs that appear
 * together, plus what a model trained on labelled calls says the caller means (`npm run train`):
 * callers describe symptoms in words no article has, and the model has heard many of them.
 * Pure, so the activity can run it over a cached snapshot of kb_articles.
 */

export interface SearchableArticle extends KbArticleDto {
  keywords: readonly string[];
  symptoms: readonly string[];
}

export interface RankOptions {
  /** Articles in this category score higher; others still appear (the caller may be mis-routed). */
  category?: KbCategory | undefined;
  /** At most this many results (default 5). */
  limit?: number;
  /** Drop results scoring below this (default 1). */
  minScore?: number;
  /**
   * Slug → probability that the caller means that article; by default the trained model's
   * (`learnedArticleOdds`), `null` for the word match alone. An article the model never saw (added
   * in the panel) gets nothing from it and competes on its words.
   */
  learned?: ReadonlyMap<string, number> | null;
}

export interface RankedArticle<T extends SearchableArticle = SearchableArticle> {
  article: T;
  score: number;
  /** Query terms (stemmed) that matched, for explaining a result. */
  matchedTerms: string[];
}

const FIELD_WEIGHTS = { title: 2, keywords: 2.5, symptoms: 1.5, slug: 1.5, steps: 0.25 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

const K1 = 1.2;
const B = 0.75;
const SYNONYM_WEIGHT = 0.5;
const PAIR_BONUS = 0.5;
/** The brains pass the category the rubric routed to; routing is right far more often than a close score, so it weighs. */
const CATEGORY_BOOST = 2.5;
/** The model's probability counts this share of the best word-match score: certain, it doubles an article's. */
const LEARNED_WEIGHT = 1;
const NOTHING_LEARNED: ReadonlyMap<string, number> = new Map();

/** Slug → how likely the caller means that article, by the model trained on labelled calls. */
export function learnedArticleOdds(query: string): ReadonlyMap<string, number> {
  return new Map(rankLabels(ARTICLE_MODEL, query).map((prediction) => [prediction.label, prediction.probability]));
}

type Indexed = { article: SearchableArticle; fields: Record<Field, string[]>; all: Set<string> };

function indexArticle(article: SearchableArticle): Indexed {
  const fields: Record<Field, string[]> = {
    title: searchTerms(article.title),
    keywords: searchTerms(article.keywords.join(' . ')),
    symptoms: searchTerms(article.symptoms.join(' . ')),
    slug: searchTerms(article.slug.replace(/-/g, ' ')),
    steps: searchTerms(article.steps.join(' . ')),
  };
  return { article, fields, all: new Set(FIELDS.flatMap((field) => fields[field])) };
}

/**
 * Each word said is one concept: the word itself at weight 1, its synonyms at a discount. A concept
 * scores once, by its best-matching variant, so a word with many synonyms ("sound": audio, mic,
 * headset, speaker…) does not outweigh the other words said because an article uses several of them.
 */
function queryConcepts(query: string): Array<Map<string, number>> {
  const said = [...new Set(searchTerms(query))];
  return said.map((term) => {
    const variants = new Map<string, number>([[term, 1]]);
    for (const synonym of synonymsOf(term)) if (!said.includes(synonym)) variants.set(synonym, SYNONYM_WEIGHT);
    return variants;
  });
}

function inverseDocumentFrequency(term: string, corpus: readonly Indexed[]): number {
  const containing = corpus.filter((doc) => doc.all.has(term)).length;
  return Math.log(1 + (corpus.length - containing + 0.5) / (containing + 0.5));
}

function averageLengths(corpus: readonly Indexed[]): Record<Field, number> {
  const averages = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const total = corpus.reduce((sum, doc) => sum + doc.fields[field].length, 0);
    averages[field] = Math.max(1, total / Math.max(1, corpus.length));
  }
  return averages;
}

function weightedFrequency(term: string, doc: Indexed, averages: Record<Field, number>): number {
  let frequency = 0;
  for (const field of FIELDS) {
    const words = doc.fields[field];
    const count = words.filter((word) => word === term).length;
    if (count > 0) frequency += (FIELD_WEIGHTS[field] * count) / (1 - B + (B * words.length) / averages[field]);
  }
  return frequency;
}

function adjacent(words: readonly string[], first: string, second: string): boolean {
  return words.some((word, index) => word === first && words[index + 1] === second);
}

/** Query word pairs ("paper jam") that also sit together in a title, keyword or symptom. */
function pairBonus(queryTerms: readonly string[], doc: Indexed, idf: (term: string) => number): number {
  let bonus = 0;
  for (let index = 0; index + 1 < queryTerms.length; index += 1) {
    const [first, second] = [queryTerms[index] ?? '', queryTerms[index + 1] ?? ''];
    const together = (['title', 'keywords', 'symptoms'] as const).some((field) => adjacent(doc.fields[field], first, second));
    if (together) bonus += PAIR_BONUS * Math.min(idf(first), idf(second));
  }
  return bonus;
}

interface PreparedQuery {
  concepts: Array<Map<string, number>>;
  terms: string[];
  idf: (term: string) => number;
}

/** Query terms, synonym weights and IDFs are worked out once per query, not once per article. */
function prepareQuery(query: string, corpus: readonly Indexed[]): PreparedQuery {
  const idfCache = new Map<string, number>();
  const idf = (term: string) => idfCache.get(term) ?? idfCache.set(term, inverseDocumentFrequency(term, corpus)).get(term) ?? 0;
  return { concepts: queryConcepts(query), terms: searchTerms(query), idf };
}

function scoreDoc(doc: Indexed, query: PreparedQuery, averages: Record<Field, number>) {
  let score = 0;
  const matchedTerms: string[] = [];
  for (const variants of query.concepts) {
    let best = 0;
    for (const [term, weight] of variants) {
      const frequency = weightedFrequency(term, doc, averages);
      if (frequency === 0) continue;
      best = Math.max(best, weight * query.idf(term) * ((frequency * (K1 + 1)) / (frequency + K1)));
      matchedTerms.push(term);
    }
    score += best;
  }
  return { score: score + pairBonus(query.terms, doc, query.idf), matchedTerms };
}

/** Code-point order: unlike localeCompare it cannot differ between machines. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Articles tokenised once, to rank many queries against (the knowledge base changes rarely). */
export interface KbIndex<T extends SearchableArticle = SearchableArticle> {
  articles: readonly T[];
  corpus: readonly Indexed[];
  averages: Record<Field, number>;
}

export function indexArticles<T extends SearchableArticle>(articles: readonly T[]): KbIndex<T> {
  const corpus = articles.map(indexArticle);
  return { articles, corpus, averages: averageLengths(corpus) };
}

/**
 * Ranks articles for what the caller said, best first. Ties keep a stable order (by slug), so
 * the same question always gets the same answer. Pass an index from `indexArticles` to skip
 * re-tokenising the articles on every query.
 */
export function rankArticles<T extends SearchableArticle>(
  query: string,
  articles: readonly T[] | KbIndex<T>,
  options: RankOptions = {},
): RankedArticle<T>[] {
  const { category, limit = 5, minScore = 1 } = options;
  const index = 'corpus' in articles ? articles : indexArticles(articles);
  const prepared = prepareQuery(query, index.corpus);
  const matched = index.corpus.map((doc, position) => {
    const { score, matchedTerms } = scoreDoc(doc, prepared, index.averages);
    const boosted = category !== undefined && doc.article.category === category ? score * CATEGORY_BOOST : score;
    return { article: index.articles[position] as T, score: boosted, matchedTerms };
  });
  const learned = options.learned === undefined ? learnedArticleOdds(query) : (options.learned ?? NOTHING_LEARNED);
  const best = Math.max(1, ...matched.map((ranked) => ranked.score));
  return matched
    .map((ranked) => ({ ...ranked, score: ranked.score + LEARNED_WEIGHT * best * (learned.get(ranked.article.slug) ?? 0) }))
    .filter((ranked) => ranked.score >= minScore && ranked.matchedTerms.length > 0)
    .sort((a, b) => b.score - a.score || compareText(a.article.slug, b.article.slug))
    .slice(0, Math.max(0, limit));
}
