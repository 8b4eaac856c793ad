import { useEffect, useRef } from 'react';
import { useRefresh } from 'react-admin';
import type { LiveEvent } from '../types';
import { useLiveEvents } from './use-live-events';

/** Entities whose changes show on the panel's lists, the dashboard and open records. */
const WATCHED = new Set(['ticket', 'call', 'callback', '*']);
/** A burst of events (a call ending writes several rows) becomes one refetch. */
const DEBOUNCE_MS = 400;

export function LiveRefresh() {
  const refresh = useRefresh();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvents((event: LiveEvent) => {
    if (!WATCHED.has(event.entity)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, DEBOUNCE_MS);
  });
  return null;
}
