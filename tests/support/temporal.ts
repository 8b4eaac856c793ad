import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { parsePayloadKeys } from '../../domain/config';
import { EncryptionCodec, encryptingDataConverter } from '../../infra/payload-codec';
import { ensureSearchAttributes } from '../../infra/search-attributes';
import { findTemporalCli, findTemporalTestServer } from '../../infra/temporal-cli';
import { bundleWorkflows } from '../../workers/worker';

const toolsDir = fileURLToPath(new URL('../../.tools', import.meta.url));

/**
 * An existing binary when we have one; otherwise let the SDK download its own
 * (works on a machine with internet access).
 */
function executable(found: string | undefined) {
  return found ? { type: 'existing-path' as const, path: found } : undefined;
}

/**
 * Tests encrypt Temporal's payloads as production does, with a fixed key, so recorded histories
 * replay (tests/replay) with the key they were recorded with. The setting's form is for a process
 * a test or bench starts (`TEMPORAL_PAYLOAD_KEYS`).
 */
export const TEST_PAYLOAD_KEYS_SETTING = 'test-1:3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
export const TEST_PAYLOAD_KEYS = parsePayloadKeys(TEST_PAYLOAD_KEYS_SETTING) ?? [];
export const testPayloadCodec = new EncryptionCodec(TEST_PAYLOAD_KEYS);
export const testDataConverter = encryptingDataConverter(testPayloadCodec);

/** A real Temporal dev server (the CLI) on a free port, in memory. */
export async function startDevServer(): Promise<TestWorkflowEnvironment> {
  const cli = await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir });
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: executable(cli), ui: false, extraArgs: ['--log-level', 'error'] },
    client: { dataConverter: testDataConverter },
  });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/** Temporal's time-skipping test server: hours of timers pass in seconds. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const binary = await findTemporalTestServer(process.env.TEMPORAL_TEST_SERVER, { toolsDir });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: executable(binary) },
    client: { dataConverter: testDataConverter },
  });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

let bundle: Promise<WorkflowBundle> | undefined;
/** The workflow bundle is built once per test process. */
export function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflows();
  return bundle;
}

let tracedBundle: Promise<WorkflowBundle> | undefined;
/** The same bundle plus the OpenTelemetry workflow interceptors, for tracing tests. */
export function tracedWorkflowBundle(): Promise<WorkflowBundle> {
  tracedBundle ??= bundleWorkflows(undefined, { tracing: true });
  return tracedBundle;
}

export const repoRoot = path.resolve(toolsDir, '..');
