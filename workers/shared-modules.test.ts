import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
import { workflowBundle } from '../tests/support/temporal';

/*
 * The worker's bundle as the SDK's reused V8 context loads it: modules evaluated while no
 * workflow is active (the preloaded ones) go to a cache shared by every workflow run; the rest
 * are evaluated afresh by each run. Shared modules are frozen by the SDK, and zod cannot parse
 * with frozen schemas, so zod must stay out of them.
 */
async function loadBundle() {
  const { code } = await workflowBundle();
  const shared = new Map<string, unknown>();
  let perRun: Map<string, unknown> | undefined;
  const moduleCache = new Proxy(
    {},
    {
      get: (_, id: string) => shared.get(id) ?? perRun?.get(id),
      set: (_, id: string, module) => {
        (perRun ?? shared).set(id, module);
        return true;
      },
    },
  );
  const context = vm.createContext({ __webpack_module_cache__: moduleCache });
  new vm.Script(code).runInContext(context);
  const entry = vm.runInContext('__TEMPORAL__', context) as { preloadModules(): void; importWorkflows(): Record<string, unknown> };
  entry.preloadModules();
  return {
    sharedIds: [...shared.keys()],
    /** The modules one workflow run evaluates for itself. */
    runOneWorkflow(): { ids: string[]; workflows: string[] } {
      perRun = new Map();
      const workflows = Object.keys(entry.importWorkflows());
      const ids = [...perRun.keys()];
      perRun = undefined;
      return { ids, workflows };
    },
  };
}

test('every domain module the workflows use is shared between workflow runs, and none of them loads zod', async () => {
  const bundle = await loadBundle();
  assert.ok(
    bundle.sharedIds.some((id) => id.includes('/domain/rules-brain/brain')),
    'the rules brain is shared',
  );
  assert.deepEqual(
    bundle.sharedIds.filter((id) => id.includes('node_modules/zod/')),
    [],
    'zod is not among the shared modules',
  );

  const run = bundle.runOneWorkflow();
  assert.ok(run.workflows.includes('ticketWorkflow') && run.workflows.includes('callWorkflow'));
  assert.deepEqual(
    run.ids.filter((id) => id.includes('/domain/') || id.includes('node_modules/zod/')),
    [],
    'a workflow run evaluates no domain module of its own: add it to sharedWorkflowModules in workers/worker.ts',
  );
});
