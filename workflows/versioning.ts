import type { VersioningBehavior } from '@temporalio/common';
import { setWorkflowOptions, workflowInfo } from '@temporalio/workflow';

/**
 * How a workflow type moves between worker deployment versions (README, "Rolling out a new
 * version"). The behaviour is declared on versioned workers only: Temporal refuses one from an
 * unversioned worker (the tests' workers, `TEMPORAL_WORKER_VERSIONING=false`), whose version the
 * SDK reports with an empty deployment name. A versioned worker's version is known from the first
 * task of every run it starts, so the declaration never changes mid-run.
 */
export function declareVersioning<A extends unknown[], R>(behavior: VersioningBehavior, workflow: (...args: A) => Promise<R>): void {
  setWorkflowOptions(() => (workflowInfo().currentDeploymentVersion?.deploymentName ? { versioningBehavior: behavior } : {}), workflow);
}
