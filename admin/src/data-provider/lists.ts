import type { DataProvider, GetListParams, GetListResult, GetManyReferenceParams, RaRecord } from 'react-admin';
import { apiUrl } from '../config';
import { httpClient } from './http';

/**
 * What a list's `meta` says when the API stopped counting (calls and tickets past 1,000 rows, a
 * search past 100): more rows than `totalMoreThan` matched. The pagination shows it as "1,000+".
 */
export interface PartialTotalMeta {
  totalMoreThan: number;
}

export function partialTotal(meta: unknown): number | undefined {
  const value = (meta as Partial<PartialTotalMeta> | undefined)?.totalMoreThan;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

type ListParams = Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>;

/**
 * The list request ra-data-simple-rest sends (`sort`, `range`, `filter` as JSON), read the way the
 * API answers it: a total in `Content-Range`, and `X-Total-Count-Exact: false` when that total is
 * a lower bound or an estimate. Such a total is not a page count to offer ("1–25 of 1001" with
 * 41 pages); react-admin's partial pagination (`pageInfo`) pages on without one.
 */
async function fetchList(resource: string, params: ListParams): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
  const [start, end] = [(page - 1) * perPage, page * perPage - 1];
  const query = new URLSearchParams({
    sort: JSON.stringify([field, order]),
    range: JSON.stringify([start, end]),
    filter: JSON.stringify(params.filter ?? {}),
  });
  const { headers, json } = await httpClient(`${apiUrl}/${resource}?${query.toString()}`, {
    headers: new Headers({ Range: `${resource}=${start}-${end}` }),
    signal: params.signal,
  });
  const data = json as RaRecord[];
  const total = Number.parseInt(headers.get('content-range')?.split('/').pop() ?? '', 10);
  const moreThan = Number.parseInt(headers.get('x-total-count-more-than') ?? '', 10);
  if (headers.get('x-total-count-exact') !== 'false' || Number.isNaN(moreThan)) return { data, total };
  const meta: PartialTotalMeta = { totalMoreThan: moreThan };
  // A full page may have a successor; a short one is the last.
  return { data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: data.length === perPage }, meta };
}

/** getList and getManyReference (a record's calls or tickets) with partial totals. */
export const listMethods: Pick<DataProvider, 'getList' | 'getManyReference'> = {
  getList: ((resource: string, params: GetListParams) => fetchList(resource, params)) as DataProvider['getList'],
  getManyReference: ((resource: string, params: GetManyReferenceParams) =>
    fetchList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })) as DataProvider['getManyReference'],
};
