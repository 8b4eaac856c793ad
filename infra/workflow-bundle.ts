import { writeFile } from 'node:fs/promises';
import { bundleWorkflows } from '../workers/worker';

/**
 * Bundles the workflow code once, into `file`, for workers started with WORKFLOW_BUNDLE: the same
 * bundle every worker would otherwise build for itself at each start (tens of seconds on a busy
 * machine), so a worker restarted after a crash polls again within seconds. Same code, same
 * digest: the workers sharing it are one deployment version.
 */
export async function buildWorkflowBundle(file: string, options: { tracing?: boolean } = {}): Promise<string> {
  const { code } = await bundleWorkflows(undefined, options);
  await writeFile(file, code);
  return file;
}
