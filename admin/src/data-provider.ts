import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';
import { apiUrl } from './config';
import { readSession } from './session';

/** fetchJson plus the session's bearer token; every API call of the panel goes through it. */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const session = readSession();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: session ? { authenticated: true, token: `Bearer ${session.token}` } : undefined,
  });
}

/** Marmelab's simple REST provider, unchanged: the API speaks its dialect. */
export const dataProvider = simpleRestProvider(apiUrl, httpClient);

/** For the API's action routes (`POST /tickets/:id/assign`…), which are not CRUD. */
export async function postJson<T>(path: string, body: object): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
}

export async function getJson<T>(path: string): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`);
  return json as T;
}
