/**
 * Prints the instant the test process and a fresh time-skipping server each take for "now".
 * scripts/at-times.sh runs it under a faked clock to show that the fake reaches both.
 */
import { startTimeSkippingServer } from './temporal';

const inNewYork = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function describe(instant: number): string {
  return `${new Date(instant).toISOString()}  (${inNewYork.format(instant)} in New York)`;
}

const env = await startTimeSkippingServer();
try {
  console.log(`  test process now:         ${describe(Date.now())}`);
  console.log(`  time-skipping server now: ${describe(await env.currentTimeMs())}`);
} finally {
  await env.teardown();
}
