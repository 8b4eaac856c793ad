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

function linesOf(article: SearchableArticle, field: SnippetField): readonly string[] {
  return field === 'title' ? [article.title] : article[field];
}

function shorten(text: string): string {
  return text.length <= MAX_SNIPPET_CHARS ? text : `${text.slice(0, MAX_SNIPPET_CHARS - 1).trimEnd()}…`;
}

export function snippetFor(article: SearchableArticle, matchedTerms: readonly string[]): KbSnippet {
  const wanted = new Set(matchedTerms);
  let best: { field: SnippetField; text: string; hits: number } = { field: 'title', text: article.title, hits: 0 };
  for (const field of FIELD_ORDER) {
    for (const line of linesOf(article, field)) {
      const hits = new Set(searchTerms(line).filter((term) => wanted.has(term))).size;
      if (hits > best.hits) best = { field, text: line, hits };
    }
  }
  return { field: best.field, text: shorten(best.text) };
}
