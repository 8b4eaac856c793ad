import { useEffect, useRef } from 'react';
import { eventsUrl } from '../config';
import { readSession } from '../session';
import type { LiveEvent } from '../types';

const MAX_DELAY_MS = 30_000;

/**
 * Keeps one socket on `WS /events` while mounted and hands each event to `onEvent`.
 * Reconnects with backoff; stops when the session is gone (the API closes expired sockets).
 */
export function useLiveEvents(onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      const session = readSession();
      if (stopped || !session) return;
      socket = new WebSocket(eventsUrl(session.token));
      socket.onopen = () => (attempt = 0);
      socket.onmessage = (message) => {
        try {
          handler.current(JSON.parse(String(message.data)) as LiveEvent);
        } catch {
          // A malformed frame is not worth breaking the panel for.
        }
      };
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
  }, []);
}
