import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Call, LiveEvent } from '../types';
import { useLiveEvent } from './LiveEventsProvider';

/** Turns replayed after a reconnect arrive together: one refetch per call for the lot. */
const BATCH_MS = 150;

/**
 * Every answered turn of a call (`call.turn`, keyed by CallSid) refetches that call's record where
 * it is on screen (its page, its row in the live calls view), which the API reads from the call's
 * workflow: no polling, and no refresh of every open view per sentence said. Lists need nothing: a
 * call's row changes only when it starts and ends (`call.started`, `call.completed`, see LiveRefresh).
 */
export function LiveCallUpdates() {
  const queryClient = useQueryClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = () => {
    const callSids = pending.current;
    pending.current = new Set();
    const spoke = (query: Query) =>
      query.queryKey[0] === 'calls' &&
      query.queryKey[1] === 'getOne' &&
      callSids.has((query.state.data as Call | undefined)?.callSid ?? '');
    // Only queries someone is looking at are refetched; the others are just marked stale.
    void queryClient.invalidateQueries({ predicate: spoke });
  };

  useLiveEvent((event: LiveEvent) => {
    if (event.type !== 'call.turn') return;
    pending.current.add(String(event.id));
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, BATCH_MS);
  });
  return null;
}
