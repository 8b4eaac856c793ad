import { useEffect, useRef } from 'react';
import { useRefresh } from 'react-admin';
import type { LiveEvent } from '../types';
import { useLiveEvent } from './LiveEventsProvider';

/** Entities whose changes show on the panel's lists, the dashboard and open records. */
const WATCHED = new Set(['ticket', 'call', 'callback', '*']);
/** Said on every turn of every call: LiveCallUpdates refetches just the calls on screen instead of everything. */
const HANDLED_ELSEWHERE = new Set(['call.turn', 'call.transferring']);
/** A burst of events (a call ending writes several rows) becomes one refetch. */
const DEBOUNCE_MS = 400;

export function LiveRefresh() {
  const refresh = useRefresh();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvent((event: LiveEvent) => {
    if (!WATCHED.has(event.entity) || HANDLED_ELSEWHERE.has(event.type)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, DEBOUNCE_MS);
  });
  return null;
}
