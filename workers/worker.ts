import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

const repoFile = (relative: string): string => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/**
 * Pure, stateless domain modules the workflows import. In the SDK's reused V8 context every
 * workflow run otherwise evaluates its own copy of each bundled module: the rules brain's
 * lexicons and zod's schemas cost ~8 ms and ~2 MiB per workflow instance, paid again on every
 * replay after a cache eviction. Preloaded modules are evaluated once per worker and frozen,
 * so they must hold no per-workflow state (bench/results/ticket-timers.md has the figures).
 */
export const sharedWorkflowModules: readonly string[] = [
  'domain/analytics/periods.ts',
  'domain/callbacks/status.ts',
  'domain/calls/briefing.ts',
  'domain/calls/facts.ts',
  'domain/calls/lines.ts',
  'domain/language/intents.ts',
  'domain/rules-brain/brain.ts',
  'domain/language/ue-code.ts',
  'domain/pricing.ts',
  'domain/sla/calendar.ts',
  'domain/sla/clock.ts',
  'domain/sla/policy.ts',
  'domain/tickets/lifecycle.ts',
  'domain/tickets/notices.ts',
  'domain/tickets/sla-bridge.ts',
].map(repoFile);

export interface WorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A prebuilt bundle (tests build one per suite; WORKFLOW_BUNDLE names a file); otherwise the worker bundles at start. */
  workflowBundle?: WorkflowBundleOption;
}

export function createWorker(options: WorkerOptions): Promise<Worker> {
  const workflows = options.workflowBundle
    ? { workflowBundle: options.workflowBundle }
    : { workflowsPath, bundlerOptions: { preloadModules: [...sharedWorkflowModules] } };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities(options.deps),
    ...workflows,
  });
}
