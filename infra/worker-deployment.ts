import { createHash } from 'node:crypto';
import type { Connection } from '@temporalio/client';
import type { WorkerDeploymentVersion } from '@temporalio/common';

const GRPC_NOT_FOUND = 5;
const GRPC_FAILED_PRECONDITION = 9;

function grpcCode(error: unknown): number | undefined {
  return (error as { code?: number }).code;
}

/**
 * The build id of a worker whose operator did not name one: a digest of the workflow bundle it
 * runs. Two workers with the same workflow code join the same deployment version (a restarted or
 * scaled-out worker needs no coordination), and any change to workflow code makes a new version,
 * so a call is never handed to code it did not start on.
 */
export function bundleBuildId(bundleCode: string): string {
  return `wf-${createHash('sha256').update(bundleCode).digest('hex').slice(0, 12)}`;
}

export function versionName(version: WorkerDeploymentVersion): string {
  return `${version.deploymentName}.${version.buildId}`;
}

/** The version new workflows (and unversioned or auto-upgrading ones) are routed to; undefined when none is set. */
export async function currentVersion(
  connection: Connection,
  namespace: string,
  deploymentName: string,
): Promise<WorkerDeploymentVersion | undefined> {
  try {
    const described = await connection.workflowService.describeWorkerDeployment({ namespace, deploymentName });
    const current = described.workerDeploymentInfo?.routingConfig?.currentDeploymentVersion;
    return current?.buildId ? { deploymentName, buildId: current.buildId } : undefined;
  } catch (error) {
    if (grpcCode(error) === GRPC_NOT_FOUND) return undefined;
    throw error;
  }
}

export interface SetCurrentOptions {
  /** How long to wait for the server to see this version's pollers (a worker registers on its first poll). */
  timeoutMs?: number;
  identity?: string;
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_EVERY_MS = 250;

/**
 * Makes `version` the deployment's current version: new calls and tickets start on it, and
 * auto-upgrading workflows move to it on their next task, while pinned workflows (calls in
 * progress) finish on the version they started on. The server refuses a version it has not seen
 * poll yet, so this retries until the version's worker has polled or `timeoutMs` passes.
 * Returns false when the version already was current.
 */
export async function setCurrentVersion(
  connection: Connection,
  namespace: string,
  version: WorkerDeploymentVersion,
  options: SetCurrentOptions = {},
): Promise<boolean> {
  const { timeoutMs = 30_000, identity = 'urackit', sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const before = await currentVersion(connection, namespace, version.deploymentName);
      if (before?.buildId === version.buildId) return false;
      await connection.workflowService.setWorkerDeploymentCurrentVersion({
        namespace,
        deploymentName: version.deploymentName,
        buildId: version.buildId,
        identity,
      });
      return true;
    } catch (error) {
      const notYetSeen = grpcCode(error) === GRPC_NOT_FOUND || grpcCode(error) === GRPC_FAILED_PRECONDITION;
      if (!notYetSeen || Date.now() >= deadline) {
        throw new Error(`could not make ${versionName(version)} the current version: ${(error as Error).message}`, { cause: error });
      }
      await sleep(RETRY_EVERY_MS);
    }
  }
}

export type PromoteMode = 'always' | 'if-none' | 'never';
export type PromoteOutcome = 'promoted' | 'already current' | 'left as it is';

/**
 * What a worker does with its version once it polls: `always` makes it current (a single worker, as
 * `npm start` runs it); `if-none` only when the deployment has no current version (the first
 * deployment); `never` leaves it to an operator's `temporal worker deployment set-current-version`.
 */
export async function promoteAtStart(
  connection: Connection,
  namespace: string,
  version: WorkerDeploymentVersion,
  mode: PromoteMode,
  options: SetCurrentOptions = {},
): Promise<PromoteOutcome> {
  if (mode === 'never') return 'left as it is';
  if (mode === 'if-none') {
    const current = await currentVersion(connection, namespace, version.deploymentName);
    if (current) return current.buildId === version.buildId ? 'already current' : 'left as it is';
  }
  return (await setCurrentVersion(connection, namespace, version, options)) ? 'promoted' : 'already current';
}
