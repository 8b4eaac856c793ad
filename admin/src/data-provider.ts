import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type GetListParams, type GetListResult } from 'react-admin';
import { apiUrl } from './config';
import { readSession } from './session';
import type { CostsReport, KbSearchHit, Suggestions } from './types';

/** fetchJson plus the session's bearer token; every API call of the panel goes through it. */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const session = readSession();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: session ? { authenticated: true, token: `Bearer ${session.token}` } : undefined,
  });
}

/** For the API's action routes (`POST /tickets/:id/assign`…), which are not CRUD. */
export async function postJson<T>(path: string, body: object): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
}

export async function getJson<T>(path: string): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`);
  return json as T;
}

/** Marmelab's simple REST provider: the API speaks its dialect. */
const restProvider = simpleRestProvider(apiUrl, httpClient);

/** The most ranked articles a search lists; past that, a better query helps more than another page. */
const MAX_SEARCH_RESULTS = 50;

function searchKb(input: { query: string; category?: string; limit?: number }): Promise<{ results: KbSearchHit[] }> {
  return postJson('/ai/search-kb', input);
}

/**
 * The knowledge base's search box is the ranked search the calls use (`POST /ai/search-kb`),
 * best match first, not a substring filter; the other filters narrow its results.
 */
async function searchKbList(params: GetListParams): Promise<GetListResult> {
  const filter = params.filter as { q: string; category?: string; keyword?: string };
  const { results } = await searchKb({ query: filter.q, category: filter.category, limit: MAX_SEARCH_RESULTS });
  const matching = results.filter(
    (hit) =>
      (!filter.category || hit.category === filter.category) && (!filter.keyword || hit.keywords.includes(filter.keyword.toLowerCase())),
  );
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  return { data: matching.slice((page - 1) * perPage, page * perPage), total: matching.length };
}

const isKbSearch = (resource: string, params: GetListParams) =>
  resource === 'kb-articles' && typeof params.filter?.q === 'string' && params.filter.q.trim() !== '';

/** The REST provider plus the panel's own calls (the AI API, the costs report), used through useDataProvider. */
export const dataProvider = {
  ...restProvider,
  getList: ((resource, params) =>
    isKbSearch(resource, params) ? searchKbList(params) : restProvider.getList(resource, params)) as DataProvider['getList'],
  searchKb,
  /** Next best actions for a ticket or a call, citing knowledge-base articles. */
  suggestNextSteps: (subject: { ticketId: number } | { callId: number }) => postJson<Suggestions>('/ai/suggest', subject),
  /** The costs page's month: days and customers from the rollups. */
  getCosts: (month: string) => getJson<CostsReport>(`/dashboard/costs?month=${encodeURIComponent(month)}`),
};

export type AppDataProvider = typeof dataProvider;
