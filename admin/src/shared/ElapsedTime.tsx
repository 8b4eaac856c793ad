import { useEffect, useState } from 'react';
import { formatDuration } from './format';

/** Re-renders once a second, only the component that shows it: a call's time on the line ticks. */
function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Time since `since` (an ISO instant) as m:ss, ticking. */
export function ElapsedTime({ since }: { since: string }) {
  const now = useNow();
  const seconds = Math.max(0, Math.floor((now - new Date(since).getTime()) / 1000));
  return (
    <span data-testid="elapsed-time" title={`since ${new Date(since).toLocaleTimeString()}`}>
      {formatDuration(seconds)}
    </span>
  );
}
