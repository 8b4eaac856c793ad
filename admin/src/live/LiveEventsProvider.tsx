import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { eventsUrl } from '../config';
import { readSession } from '../session';
import type { LiveEvent } from '../types';
import { openLiveSocket } from './live-socket';

type Listener = (event: LiveEvent) => void;

/** What the API itself sends when its database listener reconnected: refetch everything. */
const RESYNC: LiveEvent = { type: 'resync', entity: '*', id: 0 };

class LiveEventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  publish(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('live event listener failed', error);
      }
    }
  }
}

const LiveEventsContext = createContext<LiveEventHub | undefined>(undefined);

/** One socket per signed-in panel, shared by every view that follows live events. */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [hub] = useState(() => new LiveEventHub());
  useEffect(
    () =>
      openLiveSocket({
        url: (since) => {
          const session = readSession();
          return session ? eventsUrl(session.token, since) : undefined;
        },
        onEvent: (event) => hub.publish(event),
        onMissed: () => hub.publish(RESYNC),
      }),
    [hub],
  );
  return <LiveEventsContext.Provider value={hub}>{children}</LiveEventsContext.Provider>;
}

/** Calls `onEvent` for every live event while the component is mounted (inside LiveEventsProvider). */
export function useLiveEvent(onEvent: Listener): void {
  const hub = useContext(LiveEventsContext);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => hub?.subscribe((event) => handler.current(event)), [hub]);
}
