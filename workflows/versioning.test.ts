import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as workflows from './index';

test('every workflow type declares how it moves between worker deployment versions', () => {
  const undeclared = Object.entries(workflows)
    .filter(([, workflow]) => typeof (workflow as { workflowDefinitionOptions?: unknown }).workflowDefinitionOptions !== 'function')
    .map(([name]) => name);
  assert.deepEqual(undeclared, [], 'add it to the declarations in workflows/index.ts');
  assert.ok(Object.keys(workflows).length >= 8);
});
