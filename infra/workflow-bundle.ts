import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';
import { sharedWorkflowModules, workflowsPath } from '../workers/worker';

/**
 * Bundles the workflow code once, into `file`, for workers started with WORKFLOW_BUNDLE: the same
 * bundle every worker would otherwise build for itself at each start (tens of seconds on a busy
 * machine), so a worker restarted after a crash polls again within seconds.
 */
export async function buildWorkflowBundle(file: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    preloadModules: [...sharedWorkflowModules],
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: console.warn,
      error: console.error,
    },
  });
  await writeFile(file, code);
  return file;
}
