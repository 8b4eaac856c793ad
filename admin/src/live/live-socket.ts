import type { LiveEvent } from '../types';

const MAX_DELAY_MS = 30_000;
/** Enough to recognise a replayed event the socket already delivered live (the API replays at most 500). */
const REMEMBERED_IDS = 1000;

export interface LiveSocketOptions {
  /** Where to (re)connect, asking for the events after `since` when known; undefined once signed out. */
  url(since: string | undefined): string | undefined;
  onEvent(event: LiveEvent): void;
  /** Reconnected with no event id to resume from: whatever the panel shows may have missed changes. */
  onMissed(): void;
}

/**
 * One socket on `WS /events`, reconnected with backoff. Events that carry an `eventId` (the API's
 * event log) let a reconnect resume after the newest one seen (`?since=`); the API then replays what
 * was missed while live events already flow, so an event seen twice is delivered once. Without an
 * id, the panel is told it missed something and refetches. Returns the function that closes it for good.
 */
export function openLiveSocket(options: LiveSocketOptions): () => void {
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;
  let opened = false;
  let lastEventId: number | undefined;
  const seen = new Set<number>();

  /** False for an event already delivered; remembers the newest id to resume from. */
  const firstTime = (eventId: LiveEvent['eventId']): boolean => {
    if (eventId === undefined) return true;
    const id = Number(eventId);
    if (seen.has(id)) return false;
    seen.add(id);
    if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as number);
    lastEventId = Math.max(lastEventId ?? id, id);
    return true;
  };

  const receive = (message: MessageEvent) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(String(message.data)) as LiveEvent;
    } catch {
      return; // A malformed frame is not worth breaking the panel for.
    }
    if (firstTime(event.eventId)) options.onEvent(event);
  };

  const connect = () => {
    const url = options.url(lastEventId === undefined ? undefined : String(lastEventId));
    if (stopped || !url) return;
    socket = new WebSocket(url);
    socket.onopen = () => {
      attempt = 0;
      if (opened && lastEventId === undefined) options.onMissed();
      opened = true;
    };
    socket.onmessage = receive;
    socket.onclose = () => {
      if (stopped) return;
      timer = setTimeout(connect, Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt));
      attempt += 1;
    };
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close();
  };
}
