import type { LiveEvent } from '../types';

const MAX_DELAY_MS = 30_000;

export interface LiveSocketOptions {
  /** Where to (re)connect, asking for the events after `since` when known; undefined once signed out. */
  url(since: string | undefined): string | undefined;
  onEvent(event: LiveEvent): void;
  /** Reconnected with no event id to resume from: whatever the panel shows may have missed changes. */
  onMissed(): void;
}

/**
 * One socket on `WS /events`, reconnected with backoff. Events that carry an `eventId` (the API's
 * events log) let a reconnect resume where the stream broke (`?since=`); without one, the panel is
 * told it missed something and refetches. Returns the function that closes it for good.
 */
export function openLiveSocket(options: LiveSocketOptions): () => void {
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;
  let opened = false;
  let lastEventId: string | undefined;

  const receive = (message: MessageEvent) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(String(message.data)) as LiveEvent;
    } catch {
      return; // A malformed frame is not worth breaking the panel for.
    }
    if (event.eventId !== undefined) lastEventId = String(event.eventId);
    options.onEvent(event);
  };

  const connect = () => {
    const url = options.url(lastEventId);
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
