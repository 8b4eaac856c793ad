/**
 * Empty means "same origin": in production the API serves this panel, and in development
 * Vite proxies the API paths. Set VITE_API_URL to talk to an API elsewhere.
 */
export const apiUrl: string = (import.meta.env.VITE_API_URL ?? '').replace(/\/$/, '');

/** `WS /events`; with `since`, the API replays the events that came after that event id. */
export function eventsUrl(token: string, since?: string): string {
  const url = new URL('/events', apiUrl || window.location.origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);
  if (since !== undefined) url.searchParams.set('since', since);
  return url.toString();
}
