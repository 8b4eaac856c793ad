import { fileURLToPath } from 'node:url';
import type { PayloadCodec, WorkerDeploymentVersion } from '@temporalio/common';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';
import { encryptingDataConverter } from '../infra/payload-codec';
import { workerTracingOptions, workflowTracingModule, type Tracing } from '../infra/tracing';

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
  /** Encrypts what the worker sends to Temporal and opens what it gets; the same keys as every client's. */
  payloadCodec: PayloadCodec;
  /** A prebuilt bundle (tests build one per suite); otherwise the worker bundles at start. */
  workflowBundle?: WorkflowBundle;
  /**
   * The deployment version this worker runs (Worker Versioning): it then gets only the tasks of
   * workflows on its version, and those the current version is routed. Unset: an unversioned worker.
   */
  deploymentVersion?: WorkerDeploymentVersion;
  /** Traces workflows and activities; a prebuilt bundle must then be made with `bundleWorkflows(entry, { tracing: true })`. */
  tracing?: Tracing;
}

/**
 * The workflow code as the worker runs it; its digest names the deployment version
 * (infra/worker-deployment.ts). Another entry module (a test's "next release") bundles the same way.
 */
export function bundleWorkflows(entry: string = workflowsPath, options: { tracing?: boolean } = {}): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath: entry,
    preloadModules: [...sharedWorkflowModules],
    workflowInterceptorModules: options.tracing ? [workflowTracingModule] : [],
    logger: quietBundlerLogger,
  });
}

const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

/**
 * Every workflow type declares how it moves between versions (workflows/index.ts: calls pinned,
 * tickets and callbacks auto-upgrading). The worker's default covers only runs begun on an
 * unversioned worker, before Worker Versioning was turned on: those (open tickets above all) move on
 * to the current version rather than being pinned to the first version that happens to pick them up.
 */
function deploymentOptions(version: WorkerDeploymentVersion | undefined) {
  if (!version) return {};
  return { workerDeploymentOptions: { version, useWorkerVersioning: true as const, defaultVersioningBehavior: 'AUTO_UPGRADE' as const } };
}

function tracingOptions(options: WorkerOptions) {
  if (!options.tracing) return {};
  const { interceptors, sinks } = workerTracingOptions(options.tracing);
  // A prebuilt bundle carries its workflow interceptors already (the SDK would ignore these with a warning).
  return { sinks, interceptors: options.workflowBundle ? { ...interceptors, workflowModules: [] } : interceptors };
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
    dataConverter: encryptingDataConverter(options.payloadCodec),
    ...workflows,
    ...deploymentOptions(options.deploymentVersion),
    ...tracingOptions(options),
  });
}
