import { ms } from './format';
import type { RunFigures, RunResult } from './result';

/** Plain statements read off the numbers of this run, for the report's "Bottlenecks observed". */
export function bottleneckNotes(result: RunResult, figures: RunFigures): string {
  return [latenessStage(result), cpuShares(figures), startOverlap(result), workflowThread(result, figures), cacheEvictions(result, figures)]
    .filter((line): line is string => line !== null)
    .join('\n');
}

function latenessStage(result: RunResult): string | null {
  const { breakdown } = result.timers;
  const stages = [
    ['the wake-up (server timer + workflow task)', breakdown.wake.p99],
    ['the activity queue (scheduled → running)', breakdown.queue.p99],
    ['the activity writes', breakdown.exec.p99],
  ] as const;
  const worst = [...stages].sort((a, b) => b[1] - a[1])[0];
  if (!worst) return null;
  const others = stages
    .filter((s) => s !== worst)
    .map((s) => `${ms(s[1])} ms`)
    .join(', ');
  return `- At p99 most of the lateness is in ${worst[0]}: ${ms(worst[1])} ms (the others: ${others}).`;
}

function cpuShares({ cpu }: RunFigures): string {
  const busiest = [
    ['the Temporal dev server', cpu.server],
    ['the worker', cpu.worker],
    ['the benchmark process', cpu.bench],
    ['PostgreSQL', cpu.postgres],
  ] as const;
  const sorted = [...busiest].sort((a, b) => b[1] - a[1]);
  return `- CPU: the machine was ${((cpu.machine / cpu.capacity) * 100).toFixed(0)} % busy over the window; ${sorted.map(([name, s]) => `${name} ${s.toFixed(0)} s`).join(', ')}.`;
}

function startOverlap({ timers }: RunResult): string | null {
  if (timers.duringStarts.n === 0 || timers.afterStarts.n === 0) return null;
  return `- Timers due while tickets were still being opened: p99 ${timers.duringStarts.p99} ms; due after: p99 ${timers.afterStarts.p99} ms.`;
}

function workflowThread(result: RunResult, { cpu }: RunFigures): string | null {
  const threads = result.resources.workerThreads;
  const [busiestThread] = threads.filter((t) => !t.main);
  if (!busiestThread) return null;
  return (
    `- In the worker, the busiest thread besides the main one (${busiestThread.comm} ${busiestThread.tid}; a thread named node is presumably the SDK's single JS workflow thread, which runs every workflow activation) ` +
    `used ${busiestThread.cpu.toFixed(0)} CPU-seconds, ${((busiestThread.cpu / cpu.window) * 100).toFixed(0)} % of the window; ` +
    `the main thread (activities, Prisma, SDK) ${threads.find((t) => t.main)?.cpu.toFixed(0) ?? '?'} s.`
  );
}

function cacheEvictions(result: RunResult, { opened }: RunFigures): string | null {
  const cached = result.memory.end.cachedWorkflows;
  if (cached >= opened) return null;
  return `- The worker's sticky cache held ${cached} of ${opened} open workflows at the end (SDK default, from the heap limit): evicted workflows replay their history on every wake-up.`;
}
