import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BenchConfigError } from '../shared/settings';
import { DEFAULT_RESULTS_FILE, commandLine, parseTicketTimersConfig } from './config';

/** The variables a printed command sets, as an environment. */
function environmentOf(command: string): Record<string, string> {
  return Object.fromEntries([...command.matchAll(/(BENCH_\w+)=(\S+)/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

test('an empty environment gives the documented run: 10,000 tickets, targets spread over 9–32 min', () => {
  const config = parseTicketTimersConfig({});
  assert.equal(config.tickets, 10_000);
  assert.equal(config.startConcurrency, 20);
  assert.deepEqual(config.spread, { from: 9, to: 32 });
  assert.equal(config.maxMinutes, 55);
  assert.equal(config.graceSeconds, 900);
  assert.equal(config.temporalDb, 'memory');
  assert.deepEqual(config.workerNodeArgs, []);
  assert.equal(config.resultsFile, DEFAULT_RESULTS_FILE);
  assert.match(DEFAULT_RESULTS_FILE, /bench\/results\/ticket-timers\.md$/);
});

test('the burst has no spread and a shorter hard stop, unless one is given', () => {
  const burst = parseTicketTimersConfig({ BENCH_SPREAD_MIN: 'none' });
  assert.equal(burst.spread, null);
  assert.equal(burst.maxMinutes, 22);
  assert.equal(parseTicketTimersConfig({ BENCH_SPREAD_MIN: 'none', BENCH_MAX_MINUTES: '5' }).maxMinutes, 5);
});

test('the knobs of a short run are read', () => {
  const config = parseTicketTimersConfig({
    BENCH_TICKETS: '300',
    BENCH_SPREAD_MIN: '1-3',
    BENCH_GRACE_S: '0',
    BENCH_TEMPORAL_DB: 'sqlite',
    BENCH_WORKER_NODE_ARGS: ' --cpu-prof  --cpu-prof-dir=/tmp/prof ',
    BENCH_RESULTS_FILE: '/tmp/short.md',
  });
  assert.equal(config.tickets, 300);
  assert.deepEqual(config.spread, { from: 1, to: 3 });
  assert.equal(config.graceSeconds, 0);
  assert.equal(config.temporalDb, 'sqlite');
  assert.deepEqual(config.workerNodeArgs, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']);
  assert.equal(config.resultsFile, '/tmp/short.md');
});

test('bad settings are all reported at once, by name', () => {
  assert.throws(
    () => parseTicketTimersConfig({ BENCH_TICKETS: 'many', BENCH_SPREAD_MIN: '32-9', BENCH_TEMPORAL_DB: 'postgres' }),
    (error: unknown) =>
      error instanceof BenchConfigError &&
      ['BENCH_TICKETS', 'BENCH_SPREAD_MIN', 'BENCH_TEMPORAL_DB'].every((key) => error.issues.some((issue) => issue.startsWith(key))) &&
      error.issues.some((issue) => issue.includes('from-to minutes or none')),
  );
  assert.throws(() => parseTicketTimersConfig({ BENCH_SPREAD_MIN: '0-5' }), BenchConfigError);
});

test("the report's command reproduces the run, the burst included", () => {
  for (const env of [{}, { BENCH_SPREAD_MIN: 'none' }, { BENCH_TICKETS: '300', BENCH_SPREAD_MIN: '1-3', BENCH_TEMPORAL_DB: 'sqlite' }]) {
    const config = parseTicketTimersConfig(env);
    const again = parseTicketTimersConfig(environmentOf(commandLine(config)));
    assert.deepEqual(again, config);
  }
});
