import type { SearchableArticle } from './search';
import { searchTerms } from './synonyms';

/*
 * The line of an article that best shows why it matched a query: the symptom, step, keyword or
 * title that holds the most of the query's (stemmed) terms. Ranking already told us which terms
 * matched; this only picks where to quote them from.
 */

export type SnippetField = 'title' | 'symptoms' | 'keywords' | 'steps';

export interface KbSnippet {
  field: SnippetField;
  text: string;
}

const MAX_SNIPPET_CHARS = 200;

/** Earlier fields win ties: a symptom in the caller's words says more than a step. */
const FIELD_ORDER: readonly SnippetField[] = ['symptoms', 'title', 'keywords', 'steps'];

interface Line {
  field: SnippetField;
  text: string;
  terms: ReadonlySet<string>;
}

/**
 * Each article's lines with their search terms, worked out once per article object: the index
 * keeps its articles between searches, and tokenising every line again cost ten times the ranking.
 */
const linesByArticle = new WeakMap<SearchableArticle, readonly Line[]>();

function linesOf(article: SearchableArticle): readonly Line[] {
  const known = linesByArticle.get(article);
  if (known) return known;
  const lines = FIELD_ORDER.flatMap((field) =>
    (field === 'title' ? [article.title] : article[field]).map((text) => ({ field, text, terms: new Set(searchTerms(text)) })),
  );
  linesByArticle.set(article, lines);
  return lines;
}

function shorten(text: string): string {
  return text.length <= MAX_SNIPPET_CHARS ? text : `${text.slice(0, MAX_SNIPPET_CHARS - 1).trimEnd()}…`;
}

export function snippetFor(article: SearchableArticle, matchedTerms: readonly string[]): KbSnippet {
  let best: { field: SnippetField; text: string; hits: number } = { field: 'title', text: article.title, hits: 0 };
  for (const line of linesOf(article)) {
    const hits = matchedTerms.filter((term) => line.terms.has(term)).length;
    if (hits > best.hits) best = { field: line.field, text: line.text, hits };
  }
  return { field: best.field, text: shorten(best.text) };
}
