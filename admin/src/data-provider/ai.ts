import type { DataProvider, GetListParams, GetListResult } from 'react-admin';
import type { ActivityGranularity, ActivityPoint, CostsReport, KbSearchHit, Suggestions } from '../types';
import { getJson, postJson } from './http';

/** The most ranked articles a search lists; past that, a better query helps more than another page. */
const MAX_SEARCH_RESULTS = 50;

/** The panel's use of the AI API and the rollups: ranked KB search, next steps, the costs report. */
export interface AiMethods {
  searchKb(input: { query: string; category?: string; limit?: number }): Promise<{ results: KbSearchHit[] }>;
  /** Next best actions for a ticket or a call, citing knowledge-base articles. */
  suggestNextSteps(subject: { ticketId: number } | { callId: number }): Promise<Suggestions>;
  /** The costs page's month: days and customers from the rollups. */
  getCosts(month: string): Promise<CostsReport>;
  /** The dashboard's charts: calls, outcomes and SLA per hour or per day over days given as YYYY-MM-DD (UTC). */
  getActivity(range: { from: string; to: string; granularity: ActivityGranularity }): Promise<ActivityPoint[]>;
}

export const aiMethods: AiMethods = {
  searchKb: (input) => postJson('/ai/search-kb', input),
  suggestNextSteps: (subject) => postJson<Suggestions>('/ai/suggest', subject),
  getCosts: (month) => getJson<CostsReport>(`/dashboard/costs?month=${encodeURIComponent(month)}`),
  getActivity: ({ from, to, granularity }) =>
    getJson<ActivityPoint[]>(`/dashboard/activity?${new URLSearchParams({ from, to, granularity }).toString()}`),
};

/**
 * The knowledge base's search box is the ranked search the calls use (`POST /ai/search-kb`),
 * best match first, not a substring filter; the other filters narrow its results.
 */
async function searchKbList(params: GetListParams): Promise<GetListResult> {
  const filter = params.filter as { q: string; category?: string; keyword?: string };
  const { results } = await aiMethods.searchKb({ query: filter.q, category: filter.category, limit: MAX_SEARCH_RESULTS });
  const matching = results.filter(
    (hit) =>
      (!filter.category || hit.category === filter.category) && (!filter.keyword || hit.keywords.includes(filter.keyword.toLowerCase())),
  );
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  return { data: matching.slice((page - 1) * perPage, page * perPage), total: matching.length };
}

const isKbSearch = (resource: string, params: GetListParams) =>
  resource === 'kb-articles' && typeof params.filter?.q === 'string' && params.filter.q.trim() !== '';

/** A provider's getList with the KB's ranked search in front of it. */
export function withRankedKbSearch(getList: DataProvider['getList']): DataProvider['getList'] {
  return ((resource, params) =>
    isKbSearch(resource, params) ? searchKbList(params) : getList(resource, params)) as DataProvider['getList'];
}
