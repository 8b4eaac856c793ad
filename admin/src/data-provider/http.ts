import { fetchUtils } from 'react-admin';
import { apiUrl } from '../config';
import { readSession } from '../session';

/**
 * fetchJson plus the session's bearer token; every API call of the panel goes through it. A refusal
 * rejects with react-admin's HttpError whose message is the API's reason (its top-level `message`).
 */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const session = readSession();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: session ? { authenticated: true, token: `Bearer ${session.token}` } : undefined,
  });
}

/** For the API's action routes (`POST /tickets/:id/assign`, `POST /calls/:id/whisper`…), which are not CRUD. */
export async function postJson<T>(path: string, body: object): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
}

export async function getJson<T>(path: string): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`);
  return json as T;
}

/** An id in a path: react-admin ids may be strings. */
export function segment(id: string | number): string {
  return encodeURIComponent(String(id));
}
