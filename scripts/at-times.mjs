#!/usr/bin/env node
// `npm run test:at-times [-- suite filters]`: the suites where business hours, weekends and holidays
// matter, run as if the machine's clock read each of three New York moments. The clock is faked with
// libfaketime (LD_PRELOAD, Debian's `faketime` package): it reaches this Node process, its children and
// Temporal's time-skipping test server (a dynamically linked binary), so that server starts at the
// faked instant exactly as it starts at the wall clock's instant in a normal run. It cannot reach the
// Temporal CLI's dev server (a statically linked Go binary that reads the kernel's clock directly):
// suites on the dev server keep the real time there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, say } from './bootstrap.mjs';

const DEFAULT_SUITES = ['tests/tickets/sla', 'tests/tickets/after-hours', 'tests/tickets/callbacks'];

// Fixed instants, so every run tests the same three; libfaketime moves the clock backwards as well as forwards.
const MOMENTS = [
  { name: 'Sunday 03:00', at: '2026-11-29T08:00:00Z' }, // 03:00 EST
  { name: 'Wednesday 12:00', at: '2026-12-02T17:00:00Z' }, // 12:00 EST
  { name: 'Christmas Eve 23:59', at: '2026-12-25T04:59:00Z' }, // Thursday 2026-12-24 23:59 EST, the eve of a desk holiday
];

const LIBRARY_CANDIDATES = [
  process.env.FAKETIME_LIB,
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/local/lib/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
];

const library = LIBRARY_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
if (!library) {
  console.error('test:at-times needs libfaketime: apt-get install -y faketime (or set FAKETIME_LIB to libfaketime.so.1)');
  process.exit(2);
}

/** The environment of a process whose realtime clock reads `at` now and then runs on. */
function fakedClockEnv(at) {
  const offsetSeconds = Math.round((Date.parse(at) - Date.now()) / 1000);
  return {
    ...process.env,
    LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(' '),
    // An offset, not a start instant: every process started later in the run reads the same clock.
    FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    // Timeouts and durations measure real time; only the calendar is moved.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    // The "monotonic fix" libfaketime turns on for this glibc makes timed condition waits wake late:
    // the time-skipping server then runs the suites 7 times slower (95 s instead of 14 s for the SLA suite).
    FAKETIME_FORCE_MONOTONIC_FIX: '0',
  };
}

/**
 * libfaketime shares its settings through /dev/shm and cleans up only when a process exits normally;
 * the test servers are killed at teardown. A stale file whose pid is reused makes that process fail.
 */
function removeStaleFaketimeFiles() {
  const shm = '/dev/shm';
  if (!existsSync(shm)) return;
  for (const name of readdirSync(shm)) {
    const pid = /^(?:sem\.)?faketime_(?:shm|sem)_(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(shm, name), { force: true });
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function lastCount(output, label) {
  const counts = [...output.matchAll(new RegExp(`^# ${label} (\\d+)$`, 'gm'))];
  return counts.length > 0 ? Number(counts[counts.length - 1][1]) : undefined;
}

const suites = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_SUITES;
const results = [];
for (const moment of MOMENTS) {
  say(`as if it were ${moment.name} in New York (${moment.at}): ${suites.join(' ')}`);
  const env = fakedClockEnv(moment.at);
  spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/clock-probe.ts'], { cwd: repoRoot, env, stdio: 'inherit' });
  const run = spawnSync(process.execPath, ['scripts/test.mjs', ...suites], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  const log = path.join(tmpdir(), `urackit-at-times-${moment.name.replace(/\W+/g, '-').toLowerCase()}.log`);
  writeFileSync(log, output);
  const pass = lastCount(output, 'pass');
  const fail = lastCount(output, 'fail');
  for (const line of output.split('\n').filter((text) => text.startsWith('not ok'))) console.log(`  ${line}`);
  console.log(`  pass ${pass ?? '?'}, fail ${fail ?? '?'} (exit ${run.status}); log: ${log}`);
  removeStaleFaketimeFiles();
  results.push({ moment, ok: run.status === 0 && fail === 0 && (pass ?? 0) > 0, pass, fail });
}

say('summary');
for (const { moment, ok, pass, fail } of results) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${moment.name.padEnd(20)} pass ${pass ?? '?'}, fail ${fail ?? '?'}`);
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
