import type { KbArticleDto } from '../agents/dtos';
import type { KbCategory } from './categories';
import { searchTerms, synonymsOf } from './synonyms';

/*
 * Knowledge-base ranking: a BM25F variant over several fields (title, keywords, symptoms, slug,
 * and the steps a little), with synonym expansion, a bonus for query word pairs that an article
 * also has together, and a factor for how much of the article's title the caller named. Pure, so
 * the activity can run it over a cached snapshot of kb_articles.
 */

export interface SearchableArticle extends KbArticleDto {
  keywords: readonly string[];
  symptoms: readonly string[];
  /**
   * The article's whole text, when there is one. Only counted for how common a word is across the
   * knowledge base: a word in one article's symptom list but in half the articles' text ("morning",
   * "restart") tells articles apart less than its short fields suggest.
   */
  body?: string | undefined;
}

export interface RankOptions {
  /** Articles in this category score higher; others still appear (the caller may be mis-routed). */
  category?: KbCategory | undefined;
  /** At most this many results (default 5). */
  limit?: number;
  /** Drop results scoring below this (default 1). */
  minScore?: number;
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
/** An article whose title the caller named in full scores up to this much more (times 1 + this). */
const TITLE_COVERAGE_WEIGHT = 1;

type Indexed = {
  article: SearchableArticle;
  fields: Record<Field, string[]>;
  /** Every term of the article, body included: what document frequency counts. */
  all: Set<string>;
  /** Adjacent term pairs inside one title, keyword or symptom ("paper jam", "not print"). */
  pairs: Set<string>;
  /** The title's alternatives ("Blue screen or unexpected restart" is two), as terms. */
  titleParts: string[][];
};

function adjacentPairs(phrases: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const terms of phrases.map(searchTerms)) {
    for (let index = 0; index + 1 < terms.length; index += 1) pairs.add(`${terms[index]} ${terms[index + 1]}`);
  }
  return pairs;
}

function indexArticle(article: SearchableArticle): Indexed {
  const fields: Record<Field, string[]> = {
    title: searchTerms(article.title),
    keywords: searchTerms(article.keywords.join(' . ')),
    symptoms: searchTerms(article.symptoms.join(' . ')),
    slug: searchTerms(article.slug.replace(/-/g, ' ')),
    steps: searchTerms(article.steps.join(' . ')),
  };
  const background = article.body === undefined ? [] : searchTerms(article.body);
  return {
    article,
    fields,
    all: new Set([...FIELDS.flatMap((field) => fields[field]), ...background]),
    pairs: adjacentPairs([article.title, ...article.keywords, ...article.symptoms]),
    titleParts: article.title
      .split(/\bor\b/i)
      .map(searchTerms)
      .filter((terms) => terms.length > 0),
  };
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

function inverseDocumentFrequency(containing: number, corpusSize: number): number {
  return Math.log(1 + (corpusSize - containing + 0.5) / (containing + 0.5));
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

/**
 * Query word pairs that an article also has side by side in one phrase, weighted by how rare the
 * pair is across articles: "not print" is telling even though "not" alone is in almost every one.
 */
function pairBonus(query: PreparedQuery, doc: Indexed): number {
  let bonus = 0;
  for (const pair of query.pairs) if (doc.pairs.has(pair)) bonus += PAIR_BONUS * query.pairIdf(pair);
  return bonus;
}

/**
 * The share of the best-matched title alternative the caller named, by IDF weight (synonyms at their
 * discount). A title names the thing an article is about ("VPN will not connect"); an article that
 * scores on a side symptom ("drops") but whose subject the caller never named ("Wi-Fi") is weaker.
 */
function titleCoverage(query: PreparedQuery, doc: Indexed): number {
  let best = 0;
  for (const terms of doc.titleParts) {
    let total = 0;
    let named = 0;
    for (const term of new Set(terms)) {
      total += query.idf(term);
      named += (query.variantWeights.get(term) ?? 0) * query.idf(term);
    }
    if (total > 0) best = Math.max(best, named / total);
  }
  return best;
}

interface PreparedQuery {
  concepts: Array<Map<string, number>>;
  /** Each variant's best weight over all concepts. */
  variantWeights: Map<string, number>;
  pairs: string[];
  idf: (term: string) => number;
  pairIdf: (pair: string) => number;
}

function memoize(compute: (key: string) => number): (key: string) => number {
  const cache = new Map<string, number>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** Query terms, synonym weights and IDFs are worked out once per query, not once per article. */
function prepareQuery(query: string, corpus: readonly Indexed[]): PreparedQuery {
  const concepts = queryConcepts(query);
  const variantWeights = new Map<string, number>();
  for (const variants of concepts) {
    for (const [term, weight] of variants) variantWeights.set(term, Math.max(weight, variantWeights.get(term) ?? 0));
  }
  const terms = searchTerms(query);
  const pairs = [...new Set(terms.slice(1).map((second, index) => `${terms[index] ?? ''} ${second}`))];
  const idf = memoize((term) => inverseDocumentFrequency(corpus.filter((doc) => doc.all.has(term)).length, corpus.length));
  const pairIdf = memoize((pair) => inverseDocumentFrequency(corpus.filter((doc) => doc.pairs.has(pair)).length, corpus.length));
  return { concepts, variantWeights, pairs, idf, pairIdf };
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
  const evidence = score + pairBonus(query, doc);
  return { score: evidence * (1 + TITLE_COVERAGE_WEIGHT * titleCoverage(query, doc)), matchedTerms };
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
  return index.corpus
    .map((doc, position) => {
      const { score, matchedTerms } = scoreDoc(doc, prepared, index.averages);
      const boosted = category !== undefined && doc.article.category === category ? score * CATEGORY_BOOST : score;
      return { article: index.articles[position] as T, score: boosted, matchedTerms };
    })
    .filter((ranked) => ranked.score >= minScore && ranked.matchedTerms.length > 0)
    .sort((a, b) => b.score - a.score || compareText(a.article.slug, b.article.slug))
    .slice(0, Math.max(0, limit));
}
