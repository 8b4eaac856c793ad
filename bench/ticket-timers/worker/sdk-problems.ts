import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';

/** The kind of trouble an SDK or Core warning reports, or null when it repeats one already counted. */
function problemKind(message: string): string | null {
  if (message.includes('TMPRL1104')) return 'workflow tasks slower than 5 s (TMPRL1104)';
  if (message.includes('Task not found when completing')) return 'workflow tasks already timed out on the server when completed';
  if (message.includes('Failed to process Workflow Activation')) return 'workflow activations that failed';
  if (message.includes('Failing workflow task')) return null; // the same incident as the line above
  return 'other SDK warnings and errors';
}

/**
 * Installs the SDK runtime with warnings counted by kind (the report lists them); the first three
 * of each kind are printed. Returns the live counts.
 */
export function installRuntimeCountingProblems(): Record<string, number> {
  const problems: Record<string, number> = {};
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      const kind = problemKind(entry.message);
      if (kind === null) return;
      problems[kind] = (problems[kind] ?? 0) + 1;
      if ((problems[kind] ?? 0) <= 3) {
        const cause = (entry.meta?.error as Error | undefined)?.message;
        console.error(`[worker] ${entry.level} ${entry.message.slice(0, 200)}${cause ? `: ${cause}` : ''}`);
      }
    }),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }), forward: {} } },
  });
  return problems;
}
