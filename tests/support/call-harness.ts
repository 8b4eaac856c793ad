import type { CallResult } from '../../workflows/call/call-workflow';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { ActivityDeps } from '../../activities';
import { parseConfig, type Config } from '../../domain/config';
import { createLogger } from '../../infra/logger';
import { clientTracingInterceptors, type Tracing } from '../../infra/tracing';
import { seed } from '../../prisma/seed';
import { TwilioCaller } from '../../tools/twilio-caller';
import { closeVoiceServer, createVoiceServer } from '../../voice-edge/voice-server';
import { callWorkflowId, callSnapshotQuery, type CallSnapshot } from '../../workflows/call/messages';
import { createWorker } from '../../workers/worker';
import { createTestDatabase, type TestDatabase } from './database';
import {
  startDevServer,
  startTimeSkippingServer,
  tracedWorkflowBundle,
  workflowBundle,
  testDataConverter,
  testPayloadCodec,
} from './temporal';

export const AUTH_TOKEN = 'test-twilio-auth-token';
const TASK_QUEUE = 'calls-under-test';

/**
 * A whole call path on real parts: Temporal dev server, worker, seeded PostgreSQL and the voice
 * edge over HTTP. Tests talk to it only as Twilio would, through TwilioCaller.
 */
export interface CallHarness {
  db: TestDatabase;
  env: TestWorkflowEnvironment;
  config: Config;
  /** The worker's task queue, for starting workflows the calls will talk to. */
  taskQueue: string;
  voiceUrl: string;
  /** A Twilio caller from `from`, dialling `to` (the support line when omitted). */
  caller(from: string, to?: string): TwilioCaller;
  snapshot(callSid: string): Promise<CallSnapshot>;
  /** Waits for the CallWorkflow to finish its post-call work. */
  finished(callSid: string): Promise<CallResult>;
  close(): Promise<void>;
}

export interface CallHarnessOptions {
  env?: Record<string, string>;
  activities?: Partial<ActivityDeps>;
  /** Traces the edge's Temporal client, the workflows and the activities (start it before the harness, so queries are traced too). */
  tracing?: Tracing;
  /** Temporal's time-skipping test server instead of the dev server: the call's timers can be skipped through. */
  server?: 'dev' | 'time-skipping';
}

export async function startCallHarness(options: CallHarnessOptions = {}): Promise<CallHarness> {
  const [env, db] = await Promise.all([
    options.server === 'time-skipping' ? startTimeSkippingServer() : startDevServer(),
    createTestDatabase(),
  ]);
  await seed(db.prisma);
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    ...options.env,
  });
  const worker: Worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue: TASK_QUEUE,
    deps: { prisma: db.prisma, temporal: { client: env.client, taskQueue: TASK_QUEUE }, ...options.activities },
    workflowBundle: options.tracing ? await tracedWorkflowBundle() : await workflowBundle(),
    tracing: options.tracing,
  });
  const running = worker.run();
  const server: Server = createVoiceServer({
    config,
    temporal: {
      client: options.tracing
        ? new Client({
            connection: env.connection,
            namespace: env.namespace,
            interceptors: clientTracingInterceptors(options.tracing),
            dataConverter: testDataConverter,
          })
        : env.client,
      connection: env.connection,
    },
    logger: createLogger('voice', config),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const voiceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handle = (callSid: string) => env.client.workflow.getHandle(callWorkflowId(callSid));

  return {
    db,
    env,
    config,
    taskQueue: TASK_QUEUE,
    voiceUrl,
    caller: (from, to) => new TwilioCaller({ baseUrl: voiceUrl, authToken: AUTH_TOKEN, from, ...(to === undefined ? {} : { to }) }),
    snapshot: (callSid) => handle(callSid).query(callSnapshotQuery),
    finished: (callSid) => handle(callSid).result() as Promise<CallResult>,
    async close() {
      await closeVoiceServer(server);
      worker.shutdown();
      await running;
      await env.teardown();
      await db.drop();
    },
  };
}
